package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.regie.procesregie.overzicht.Contactmomenten;
import nl.zvh.regie.procesregie.overzicht.Contactmomentweergave;
import nl.zvh.web.gedeeld.Berichten;

/**
 * Contact with the casusregisseur, on the tab "Procesregie": the procesregisseur records a contact
 * (day, how, an optional note) and sees the earlier ones. A refused input gets its message next to
 * the field and what was typed stays.
 */
@Named
@ViewScoped
public class CasusContactmomenten implements Serializable {

  static final String FORMULIER = "contactmoment";

  @Inject private Contactmomenten contactmomenten;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;

  private Contactmomentweergave weergave;
  private LocalDate datum;
  private Contactmoment.Vorm vorm;
  private String notitie;

  public Contactmomentweergave getWeergave() {
    if (weergave == null) {
      weergave = contactmomenten.lees(dossier.getDossier().id());
    }
    return weergave;
  }

  public void legVast() {
    long casusId = dossier.getDossier().id();
    if (berichten.voerUit(
        () -> contactmomenten.legVast(casusId, datum, vorm, notitie),
        "procesregie.contact.vastgelegd",
        FORMULIER)) {
      datum = null;
      vorm = null;
      notitie = null;
      weergave = null;
      dossier.herlaad();
    }
  }

  public Contactmoment.Vorm[] getVormen() {
    return Contactmoment.Vorm.values();
  }

  public LocalDate getDatum() {
    return datum;
  }

  public void setDatum(LocalDate datum) {
    this.datum = datum;
  }

  public Contactmoment.Vorm getVorm() {
    return vorm;
  }

  public void setVorm(Contactmoment.Vorm vorm) {
    this.vorm = vorm;
  }

  public String getNotitie() {
    return notitie;
  }

  public void setNotitie(String notitie) {
    this.notitie = notitie;
  }
}
