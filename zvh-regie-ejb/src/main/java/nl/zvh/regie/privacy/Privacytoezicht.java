package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The processing log for the privacy officer: search, integrity check, records of a person. */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Privacytoezicht {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Privacytoezichtdienst dienst;

  public Zoekresultaat zoek(Zoekvraag vraag, int eerste, int aantal) {
    return dienst.zoek(huidigeGebruiker.vereist(), vraag, eerste, aantal);
  }

  public Integriteitsrapport controleerIntegriteit() {
    return dienst.controleerIntegriteit(huidigeGebruiker.vereist());
  }

  /**
   * The betrokkene records with this BSN, for an inzage request ("who processed my data"). Looking
   * a person up is itself a processing, and is logged as such.
   */
  public List<Long> betrokkenenMetBsn(String bsn) {
    return dienst.betrokkenenMetBsn(huidigeGebruiker.vereist(), bsn);
  }

  public List<Verwerkingsactiviteit> register() {
    return dienst.register();
  }

  public List<OrganisatieGegevens> organisaties() {
    return dienst.organisaties();
  }
}
