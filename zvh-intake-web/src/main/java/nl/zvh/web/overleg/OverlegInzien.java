package nl.zvh.web.overleg;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.overleg.OverlegWeergave;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.Veiligheidsinvoer;
import nl.zvh.regie.overleg.Verslagbestand;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Bestandsdownload;

/**
 * The page of one overleg ({@code ?id=}): what, when and where, who is invited and who comes. An
 * invitee answers and says the organisation prepared; the procesregisseur records the safety check
 * for the betrokkene, changes or cancels the overleg, and goes on to record it. Once the verslag is
 * established, whoever may export it downloads it with the plan as PDF/A. An overleg the user may
 * not see is not found (404).
 */
@Named
@ViewScoped
public class OverlegInzien implements Serializable {

  @Inject private Overleggen overleggen;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;
  @Inject private Bestandsdownload download;

  private String id;
  private OverlegWeergave overleg;

  private String afgestemdMet;
  private LocalDate afgestemdOp;
  private Veiligheidscheck.Uitkomst uitkomst;
  private String toelichting;
  private boolean betrokkeneUitnodigen;
  private String annuleringsreden;

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    if (!Adres.isId(id)) {
      nietGevonden();
      return;
    }
    try {
      lees(Long.parseLong(id));
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public void reageer(Genodigde.Reactie reactie) {
    if (berichten.voerUit(
        () -> overleggen.reageer(overleg.id(), reactie), "overleg.reactie.bewaard")) {
      lees(overleg.id());
    }
  }

  public void meldVoorbereid() {
    if (berichten.voerUit(
        () -> overleggen.meldVoorbereid(overleg.id()), "overleg.voorbereid.bewaard")) {
      lees(overleg.id());
    }
  }

  public void legVeiligheidVast() {
    Veiligheidsinvoer invoer =
        new Veiligheidsinvoer(
            afgestemdMet, afgestemdOp, uitkomst, toelichting, betrokkeneUitnodigen);
    if (berichten.voerUit(
        () -> overleggen.legVeiligheidVast(overleg.id(), overleg.versie(), invoer),
        "overleg.veiligheid.bewaard",
        "veiligheid")) {
      lees(overleg.id());
    }
  }

  public void annuleer() {
    if (berichten.voerUit(
        () -> overleggen.annuleer(overleg.id(), overleg.versie(), annuleringsreden),
        "overleg.geannuleerd",
        "annuleren")) {
      annuleringsreden = null;
      lees(overleg.id());
    }
  }

  /** Sends the established verslag with its plan as PDF/A; the service logs the export. */
  public void downloadVerslag() throws IOException {
    try {
      Verslagbestand bestand = overleggen.verslagPdf(overleg.id());
      download.lever(bestand.naam(), bestand.mediatype(), bestand.inhoud());
    } catch (DomeinRegelGeschonden | GeenToegang e) {
      berichten.weigering(e);
    }
  }

  private void lees(long overlegId) {
    overleg = overleggen.lees(overlegId);
    OverlegWeergave.Check check = overleg.veiligheidscheck();
    if (check != null) {
      afgestemdMet = check.afgestemdMet();
      afgestemdOp = check.afgestemdOp();
      uitkomst = check.uitkomst();
      toelichting = check.toelichting();
    }
    betrokkeneUitnodigen = overleg.betrokkeneUitgenodigd();
  }

  private void nietGevonden() {
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public Genodigde.Reactie[] getReacties() {
    return new Genodigde.Reactie[] {Genodigde.Reactie.KOMT, Genodigde.Reactie.KOMT_NIET};
  }

  public Veiligheidscheck.Uitkomst[] getUitkomsten() {
    return Veiligheidscheck.Uitkomst.values();
  }

  public OverlegWeergave getOverleg() {
    return overleg;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAfgestemdMet() {
    return afgestemdMet;
  }

  public void setAfgestemdMet(String afgestemdMet) {
    this.afgestemdMet = afgestemdMet;
  }

  public LocalDate getAfgestemdOp() {
    return afgestemdOp;
  }

  public void setAfgestemdOp(LocalDate afgestemdOp) {
    this.afgestemdOp = afgestemdOp;
  }

  public Veiligheidscheck.Uitkomst getUitkomst() {
    return uitkomst;
  }

  public void setUitkomst(Veiligheidscheck.Uitkomst uitkomst) {
    this.uitkomst = uitkomst;
  }

  public String getToelichting() {
    return toelichting;
  }

  public void setToelichting(String toelichting) {
    this.toelichting = toelichting;
  }

  public boolean isBetrokkeneUitnodigen() {
    return betrokkeneUitnodigen;
  }

  public void setBetrokkeneUitnodigen(boolean betrokkeneUitnodigen) {
    this.betrokkeneUitnodigen = betrokkeneUitnodigen;
  }

  public String getAnnuleringsreden() {
    return annuleringsreden;
  }

  public void setAnnuleringsreden(String annuleringsreden) {
    this.annuleringsreden = annuleringsreden;
  }
}
