package nl.zvh.web.regie;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.regie.screening.Screening;
import nl.zvh.regie.screening.TriageAgenda;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Bestandsdownload;

/**
 * The weekly triage: its agenda (in order, with moves to next week), who takes part, and a decision
 * per referral. Each referral has its own decision form; values stay on the page when refused.
 */
@Named
@ViewScoped
public class Triagevergadering implements Serializable {

  @Inject private Screening screening;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;
  @Inject private Bestandsdownload download;

  /** As typed in the address bar (yyyy-mm-dd). */
  private String datumTekst;

  private LocalDate datum;
  private TriageAgenda agenda;
  private String deelnemers;
  private String toeTeVoegen;
  private final Map<Long, Besluitinvoer> besluiten = new HashMap<>();

  /** The triage of the date in the address bar, or the coming one (also for a malformed date). */
  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    try {
      datum = datumTekst == null || datumTekst.isBlank() ? null : LocalDate.parse(datumTekst);
    } catch (DateTimeParseException e) {
      berichten.fout(null, "triage.datum.ongeldig");
    }
    if (datum == null) {
      datum = screening.eerstvolgendeTriagedatum();
    }
    herlaad();
  }

  public void legDeelnemersVast() {
    voerUit(
        () ->
            screening.legDeelnemersVast(
                datum, agenda.versie(), Arrays.asList(deelnemers.split("\\R"))),
        "triage.deelnemers.bewaard");
  }

  public void verschuif(long casusId, boolean omhoog) {
    voerUit(() -> screening.verschuif(datum, agenda.versie(), casusId, omhoog), null);
  }

  public void voegToe() {
    voerUit(() -> screening.voegToe(datum, agenda.versie(), toeTeVoegen), "triage.toegevoegd");
    toeTeVoegen = null;
  }

  public void verzet(TriageAgenda.Punt punt) {
    Besluitinvoer invoer = besluit(punt.casusId());
    voerUit(
        () ->
            screening.verzetNaarVolgendeWeek(
                datum, punt.casusId(), punt.casusVersie(), invoer.getReden()),
        "triage.verzet");
  }

  /**
   * Records the decision on the referral at this place of the agenda; a refusal about one field
   * (the motivation, the route) goes next to that field of this referral's form.
   */
  public void besluit(TriageAgenda.Punt punt, int plek) {
    Besluitinvoer invoer = besluit(punt.casusId());
    boolean ok =
        berichten.voerUit(
            () ->
                screening.besluit(
                    punt.casusId(),
                    punt.casusVersie(),
                    invoer.getUitkomst(),
                    invoer.getRoute(),
                    invoer.getOverlegtafel(),
                    invoer.getMotivering(),
                    datum),
            "triage.besloten",
            "punten:" + plek + ":punt");
    herlaad();
    if (ok) {
      besluiten.remove(punt.casusId());
    }
  }

  /** The route is asked only when the ZVH takes the case on. */
  public boolean routeNodig(long casusId) {
    return besluit(casusId).getUitkomst() == Triagebesluit.Uitkomst.OPGEPAKT;
  }

  /** The overlegtafel is asked only when the route refers the case to another one. */
  public boolean overlegtafelNodig(long casusId) {
    return routeNodig(casusId)
        && besluit(casusId).getRoute() == Triagebesluit.Route.ANDERE_OVERLEGTAFEL;
  }

  /** The agenda as a CSV file for a spreadsheet. */
  public void exporteer() throws IOException {
    byte[] csv = screening.exporteer(datum).getBytes(StandardCharsets.UTF_8);
    download.lever("triage-" + datum + ".csv", "text/csv", csv);
  }

  /** Runs the action, reports the outcome and shows the current agenda either way. */
  private boolean voerUit(Runnable actie, String gelukt) {
    boolean ok = berichten.voerUit(actie, gelukt);
    herlaad();
    return ok;
  }

  private void herlaad() {
    agenda = screening.agenda(datum);
    deelnemers = String.join("\n", agenda.deelnemers());
  }

  /** The decision form of one referral, kept per referral so a refusal loses nothing. */
  public Besluitinvoer besluit(long casusId) {
    return besluiten.computeIfAbsent(casusId, id -> new Besluitinvoer());
  }

  public Triagebesluit.Uitkomst[] getUitkomsten() {
    return Triagebesluit.Uitkomst.values();
  }

  public Triagebesluit.Route[] getRoutes() {
    return Triagebesluit.Route.values();
  }

  public LocalDate getDatum() {
    return datum;
  }

  public String getDatumTekst() {
    return datumTekst;
  }

  public void setDatumTekst(String datumTekst) {
    this.datumTekst = datumTekst;
  }

  public LocalDate getVorigeWeek() {
    return datum.minusWeeks(1);
  }

  public LocalDate getVolgendeWeek() {
    return datum.plusWeeks(1);
  }

  public TriageAgenda getAgenda() {
    return agenda;
  }

  public List<TriageAgenda.Punt> getPunten() {
    return agenda.punten();
  }

  public String getDeelnemers() {
    return deelnemers;
  }

  public void setDeelnemers(String deelnemers) {
    this.deelnemers = deelnemers;
  }

  public String getToeTeVoegen() {
    return toeTeVoegen;
  }

  public void setToeTeVoegen(String toeTeVoegen) {
    this.toeTeVoegen = toeTeVoegen;
  }

  /** What the procesregisseur fills in for one referral. */
  public static class Besluitinvoer implements Serializable {
    private Triagebesluit.Uitkomst uitkomst;
    private Triagebesluit.Route route;
    private String overlegtafel;
    private String motivering;
    private String reden;

    public Triagebesluit.Uitkomst getUitkomst() {
      return uitkomst;
    }

    public void setUitkomst(Triagebesluit.Uitkomst uitkomst) {
      this.uitkomst = uitkomst;
    }

    public Triagebesluit.Route getRoute() {
      return route;
    }

    public void setRoute(Triagebesluit.Route route) {
      this.route = route;
    }

    public String getOverlegtafel() {
      return overlegtafel;
    }

    public void setOverlegtafel(String overlegtafel) {
      this.overlegtafel = overlegtafel;
    }

    public String getMotivering() {
      return motivering;
    }

    public void setMotivering(String motivering) {
      this.motivering = motivering;
    }

    public String getReden() {
      return reden;
    }

    public void setReden(String reden) {
      this.reden = reden;
    }
  }
}
