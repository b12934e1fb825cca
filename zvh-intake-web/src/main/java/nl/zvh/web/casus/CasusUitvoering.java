package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.regie.uitvoering.Uitvoering;
import nl.zvh.regie.uitvoering.UitvoeringWeergave;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The tab "Uitvoering" of the case workspace: where carrying out the plan stands (actiepunten with
 * their last report, counts, the last report per organisation), the signals and escalations the
 * user may see, and what the user may do there: signal a development (a participant), remind an
 * owner and handle a signal (the casusregisseur and the procesregisseur), escalate (the
 * casusregisseur), record an escalation's outcome (the procesregisseur). What was typed stays when
 * it is refused.
 */
@Named
@ViewScoped
public class CasusUitvoering implements Serializable {

  @Inject private Uitvoering uitvoering;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;

  private UitvoeringWeergave stand;

  private String signaal;
  private Long signaalKeuze;
  private String afhandeling;
  private String reden;
  private String gevraagd;
  private List<Long> opTeSchalen = new ArrayList<>();
  private Long escalatieKeuze;
  private String uitkomst;

  public UitvoeringWeergave getStand() {
    if (stand == null) {
      stand = uitvoering.stand(dossier.getDossier().id());
    }
    return stand;
  }

  public void meldSignaal() {
    if (berichten.voerUit(
        () -> uitvoering.meldSignaal(casusId(), signaal),
        "uitvoering.signaal.verstuurd",
        "signaal")) {
      signaal = null;
      stand = null;
    }
  }

  public void herinner(long actiepuntId) {
    if (berichten.voerUit(() -> uitvoering.herinner(actiepuntId), "uitvoering.herinnerd")) {
      stand = null;
    }
  }

  /** Opens the form to handle this signal. */
  public void kiesSignaal(long id) {
    signaalKeuze = id;
    afhandeling = null;
  }

  public void handelSignaalAf() {
    UitvoeringWeergave.SignaalRegel gekozen = gekozenSignaal();
    if (gekozen != null
        && berichten.voerUit(
            () -> uitvoering.handelSignaalAf(gekozen.id(), gekozen.versie(), afhandeling),
            "uitvoering.signaal.afgehandeld",
            "afhandelen")) {
      signaalKeuze = null;
      afhandeling = null;
      stand = null;
    }
  }

  public void schaalOp() {
    if (berichten.voerUit(
        () -> uitvoering.schaalOp(casusId(), reden, gevraagd, List.copyOf(opTeSchalen)),
        "uitvoering.opgeschaald",
        "opschalen")) {
      reden = null;
      gevraagd = null;
      opTeSchalen = new ArrayList<>();
      stand = null;
    }
  }

  /** Opens the form to record what came of this escalation. */
  public void kiesEscalatie(long id) {
    escalatieKeuze = id;
    uitkomst = null;
  }

  public void handelEscalatieAf() {
    UitvoeringWeergave.EscalatieRegel gekozen = gekozenEscalatie();
    if (gekozen != null
        && berichten.voerUit(
            () -> uitvoering.handelEscalatieAf(gekozen.id(), gekozen.versie(), uitkomst),
            "uitvoering.escalatie.afgehandeld",
            "escalatie")) {
      escalatieKeuze = null;
      uitkomst = null;
      stand = null;
    }
  }

  public void annuleer() {
    signaalKeuze = null;
    escalatieKeuze = null;
  }

  public UitvoeringWeergave.SignaalRegel gekozenSignaal() {
    return signaalKeuze == null
        ? null
        : getStand().signalen().stream()
            .filter(s -> s.id() == signaalKeuze && s.magAfhandelen())
            .findFirst()
            .orElse(null);
  }

  public UitvoeringWeergave.EscalatieRegel gekozenEscalatie() {
    return escalatieKeuze == null
        ? null
        : getStand().escalaties().stream()
            .filter(e -> e.id() == escalatieKeuze && e.magAfhandelen())
            .findFirst()
            .orElse(null);
  }

  private long casusId() {
    return dossier.getDossier().id();
  }

  public String getSignaal() {
    return signaal;
  }

  public void setSignaal(String signaal) {
    this.signaal = signaal;
  }

  public String getAfhandeling() {
    return afhandeling;
  }

  public void setAfhandeling(String afhandeling) {
    this.afhandeling = afhandeling;
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }

  public String getGevraagd() {
    return gevraagd;
  }

  public void setGevraagd(String gevraagd) {
    this.gevraagd = gevraagd;
  }

  public List<Long> getOpTeSchalen() {
    return opTeSchalen;
  }

  public void setOpTeSchalen(List<Long> opTeSchalen) {
    this.opTeSchalen = opTeSchalen;
  }

  public String getUitkomst() {
    return uitkomst;
  }

  public void setUitkomst(String uitkomst) {
    this.uitkomst = uitkomst;
  }
}
