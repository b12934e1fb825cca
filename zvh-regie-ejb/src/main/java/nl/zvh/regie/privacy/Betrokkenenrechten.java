package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Data-subject requests, handled by the privacy officer: find the person, show and export all that
 * is held about them with who processed it (inzage), correct their details, or delete them. Every
 * one of these is itself a processing, and logged (ZVH-VA-05).
 */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Betrokkenenrechten {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Betrokkenenrechtendienst dienst;

  /** The records of a person, by BSN or by surname and date of birth; the search is logged. */
  public List<Gegevensoverzicht> zoek(String bsn, String achternaam, LocalDate geboortedatum) {
    return dienst.zoek(huidigeGebruiker.vereist(), bsn, achternaam, geboortedatum);
  }

  public byte[] exporteerJson(long betrokkeneId) {
    return dienst.exporteerJson(huidigeGebruiker.vereist(), betrokkeneId);
  }

  public byte[] exporteerPdf(long betrokkeneId) {
    return dienst.exporteerPdf(huidigeGebruiker.vereist(), betrokkeneId);
  }

  public void corrigeer(
      long betrokkeneId,
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres) {
    dienst.corrigeer(
        huidigeGebruiker.vereist(), betrokkeneId, voornamen, achternaam, geboortedatum, adres);
  }

  public void verwijder(long betrokkeneId) {
    dienst.verwijder(huidigeGebruiker.vereist(), betrokkeneId);
  }
}
