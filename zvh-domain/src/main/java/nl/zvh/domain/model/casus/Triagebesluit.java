package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the weekly triage decided about a referral: not for the ZVH (with written advice), or taken
 * on by one of the four routes of the seeds, always with a motivation.
 */
@Embeddable
public class Triagebesluit {

  public static final int MAX_TEKST = 4000;

  /** The outcome of the triage. */
  public enum Uitkomst {
    NIET_VOOR_ZVH,
    OPGEPAKT
  }

  /** How a case taken on goes on. */
  public enum Route {
    UITVRAAG_EN_BRIEFING,
    KOPPELING_PARTNER,
    ADVIES,
    ANDERE_OVERLEGTAFEL
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "besluit_uitkomst", length = 20)
  private Uitkomst uitkomst;

  @Enumerated(EnumType.STRING)
  @Column(name = "besluit_route", length = 30)
  private Route route;

  @Column(name = "besluit_overlegtafel", length = 200)
  private String overlegtafel;

  @Column(name = "besluit_motivering", length = MAX_TEKST)
  private String motivering;

  @Column(name = "besluit_triagedatum")
  private LocalDate triagedatum;

  protected Triagebesluit() {}

  public Triagebesluit(
      Uitkomst uitkomst,
      Route route,
      String overlegtafel,
      String motivering,
      LocalDate triagedatum) {
    vereis(uitkomst != null, "uitkomst", "Kies de uitkomst van de triage.");
    vereis(triagedatum != null, "De datum van de triage is verplicht.");
    String tekst =
        verplicht(
            motivering,
            "motivering",
            uitkomst == Uitkomst.NIET_VOOR_ZVH
                ? "Schrijf het advies aan de aanmelder."
                : "Motiveer het besluit.");
    vereis(
        tekst.length() <= MAX_TEKST,
        "motivering",
        "Te lang: ten hoogste " + MAX_TEKST + " tekens.");
    if (uitkomst == Uitkomst.OPGEPAKT) {
      vereis(route != null, "route", "Kies de route waarmee het ZVH de casus oppakt.");
    }
    Route gekozen = uitkomst == Uitkomst.OPGEPAKT ? route : null;
    String tafel = null;
    if (gekozen == Route.ANDERE_OVERLEGTAFEL) {
      tafel =
          verplicht(
              overlegtafel, "overlegtafel", "Noem de overlegtafel waarnaar wordt doorverwezen.");
      vereis(tafel.length() <= 200, "overlegtafel", "Te lang: ten hoogste 200 tekens.");
    }
    this.uitkomst = uitkomst;
    this.route = gekozen;
    this.overlegtafel = tafel;
    this.motivering = tekst;
    this.triagedatum = triagedatum;
  }

  CasusStatus status() {
    return uitkomst == Uitkomst.OPGEPAKT ? CasusStatus.OPGEPAKT : CasusStatus.NIET_VOOR_ZVH;
  }

  public Uitkomst getUitkomst() {
    return uitkomst;
  }

  public Optional<Route> getRoute() {
    return Optional.ofNullable(route);
  }

  public Optional<String> getOverlegtafel() {
    return Optional.ofNullable(overlegtafel);
  }

  public String getMotivering() {
    return motivering;
  }

  public LocalDate getTriagedatum() {
    return triagedatum;
  }
}
