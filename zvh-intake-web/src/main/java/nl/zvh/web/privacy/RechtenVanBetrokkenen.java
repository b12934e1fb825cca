package nl.zvh.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.privacy.Betrokkenenrechten;
import nl.zvh.regie.privacy.Gegevensoverzicht;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Bestandsdownload;

/**
 * Data-subject requests: find a person, show what is held and who processed it, download it as JSON
 * or PDF, correct it, or delete it.
 */
@Named
@ViewScoped
public class RechtenVanBetrokkenen implements Serializable {

  @Inject private Betrokkenenrechten rechten;
  @Inject private Berichten berichten;
  @Inject private Bestandsdownload download;

  private String bsn;
  private String achternaam;
  private LocalDate geboortedatum;
  private List<Gegevensoverzicht> gevonden;

  private Gegevensoverzicht teCorrigeren;
  private String nieuweVoornamen;
  private String nieuweAchternaam;
  private LocalDate nieuweGeboortedatum;
  private String straat;
  private String huisnummer;
  private String postcode;
  private String woonplaats;

  public void zoek() {
    try {
      gevonden = rechten.zoek(bsn, achternaam, geboortedatum);
    } catch (DomeinRegelGeschonden e) {
      berichten.weigering(e);
    }
  }

  public void downloadJson(long id) throws IOException {
    download.lever("betrokkene-" + id + ".json", "application/json", rechten.exporteerJson(id));
  }

  public void downloadPdf(long id) throws IOException {
    download.lever("betrokkene-" + id + ".pdf", "application/pdf", rechten.exporteerPdf(id));
  }

  public void kiesCorrectie(Gegevensoverzicht overzicht) {
    teCorrigeren = overzicht;
    nieuweVoornamen = overzicht.voornamen();
    nieuweAchternaam = overzicht.achternaam();
    nieuweGeboortedatum = overzicht.geboortedatum();
    straat = null;
    huisnummer = null;
    postcode = null;
    woonplaats = null;
  }

  public void corrigeer() {
    try {
      rechten.corrigeer(
          teCorrigeren.betrokkeneId(),
          nieuweVoornamen,
          nieuweAchternaam,
          nieuweGeboortedatum,
          Adres.uitInvoer(straat, huisnummer, postcode, woonplaats));
      berichten.info("betrokkenen.gecorrigeerd");
      teCorrigeren = null;
      zoekOpnieuw();
    } catch (DomeinRegelGeschonden | NietGevonden e) {
      berichten.weigering(e);
    }
  }

  /** What deleting this person means, naming them and their case: asked before it happens. */
  public String verwijderingsvraag(Gegevensoverzicht overzicht) {
    return berichten.tekst(
        "betrokkenen.verwijderen.vraag",
        overzicht.voornamen() + " " + overzicht.achternaam(),
        overzicht.casusnummer());
  }

  /** Deletes the person, after the portal asked (the button's confirmation). */
  public void verwijder(Gegevensoverzicht overzicht) {
    try {
      teCorrigeren = null;
      rechten.verwijder(overzicht.betrokkeneId());
      berichten.info("betrokkenen.verwijderd");
      zoekOpnieuw();
    } catch (DomeinRegelGeschonden | NietGevonden e) {
      berichten.weigering(e);
    }
  }

  public void sluit() {
    teCorrigeren = null;
  }

  private void zoekOpnieuw() {
    gevonden = null;
    if (!leeg(bsn) || (!leeg(achternaam) && geboortedatum != null)) {
      zoek();
    }
  }

  private static boolean leeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }

  public List<Gegevensoverzicht> getGevonden() {
    return gevonden;
  }

  public Gegevensoverzicht getTeCorrigeren() {
    return teCorrigeren;
  }

  public String getBsn() {
    return bsn;
  }

  public void setBsn(String bsn) {
    this.bsn = bsn;
  }

  public String getAchternaam() {
    return achternaam;
  }

  public void setAchternaam(String achternaam) {
    this.achternaam = achternaam;
  }

  public LocalDate getGeboortedatum() {
    return geboortedatum;
  }

  public void setGeboortedatum(LocalDate geboortedatum) {
    this.geboortedatum = geboortedatum;
  }

  public String getNieuweVoornamen() {
    return nieuweVoornamen;
  }

  public void setNieuweVoornamen(String nieuweVoornamen) {
    this.nieuweVoornamen = nieuweVoornamen;
  }

  public String getNieuweAchternaam() {
    return nieuweAchternaam;
  }

  public void setNieuweAchternaam(String nieuweAchternaam) {
    this.nieuweAchternaam = nieuweAchternaam;
  }

  public LocalDate getNieuweGeboortedatum() {
    return nieuweGeboortedatum;
  }

  public void setNieuweGeboortedatum(LocalDate nieuweGeboortedatum) {
    this.nieuweGeboortedatum = nieuweGeboortedatum;
  }

  public String getStraat() {
    return straat;
  }

  public void setStraat(String straat) {
    this.straat = straat;
  }

  public String getHuisnummer() {
    return huisnummer;
  }

  public void setHuisnummer(String huisnummer) {
    this.huisnummer = huisnummer;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getWoonplaats() {
    return woonplaats;
  }

  public void setWoonplaats(String woonplaats) {
    this.woonplaats = woonplaats;
  }
}
