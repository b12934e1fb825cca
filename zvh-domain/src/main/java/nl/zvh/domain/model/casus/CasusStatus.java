package nl.zvh.domain.model.casus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a case, from a concept referral to closing. The allowed transitions are the
 * single source of truth: a {@link StatusOvergang} refuses every other one, and a case changes its
 * status only through its own operations.
 */
public enum CasusStatus {
  /** Being written by the referrer; not yet visible to the ZVH. */
  CONCEPT("concept"),
  /** Submitted; waiting for screening. */
  AANGEMELD("aangemeld"),
  /** A procesregisseur checks completeness and gathers information. */
  IN_SCREENING("in screening"),
  /** Sent back to the referrer to complete. */
  AANVULLING_GEVRAAGD("aanvulling gevraagd"),
  /** On the agenda of a triage. */
  GEAGENDEERD_VOOR_TRIAGE("geagendeerd voor triage"),
  /** Triage decided: not for the ZVH; the referrer got advice. */
  NIET_VOOR_ZVH("niet voor het ZVH"),
  /** Triage decided: taken on by the ZVH. */
  OPGEPAKT("opgepakt"),
  /** ICO held, plan van aanpak running under a casusregisseur. */
  IN_UITVOERING("in uitvoering"),
  /**
   * Afgeschaald; retention runs from here. Can be reopened, back to where it was: in uitvoering, or
   * taken on.
   */
  AFGESLOTEN("afgesloten"),
  /** A concept the referrer withdrew before submitting. */
  INGETROKKEN("ingetrokken");

  static {
    CONCEPT.volgende = EnumSet.of(AANGEMELD, INGETROKKEN);
    AANGEMELD.volgende = EnumSet.of(IN_SCREENING);
    IN_SCREENING.volgende = EnumSet.of(AANVULLING_GEVRAAGD, GEAGENDEERD_VOOR_TRIAGE);
    AANVULLING_GEVRAAGD.volgende = EnumSet.of(AANGEMELD, INGETROKKEN);
    GEAGENDEERD_VOOR_TRIAGE.volgende =
        EnumSet.of(NIET_VOOR_ZVH, OPGEPAKT, AANVULLING_GEVRAAGD, IN_SCREENING);
    NIET_VOOR_ZVH.volgende = EnumSet.of(AFGESLOTEN);
    OPGEPAKT.volgende = EnumSet.of(IN_UITVOERING, AFGESLOTEN);
    IN_UITVOERING.volgende = EnumSet.of(AFGESLOTEN);
    AFGESLOTEN.volgende = EnumSet.of(IN_UITVOERING, OPGEPAKT);
    INGETROKKEN.volgende = EnumSet.noneOf(CasusStatus.class);
  }

  private final String omschrijving;
  private Set<CasusStatus> volgende;

  CasusStatus(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  /** The status in words, for the domain's own (Dutch) messages. */
  public String omschrijving() {
    return omschrijving;
  }

  /**
   * Whether the referral is being screened or waits for its triage: the phase in which the ZVH
   * contacts the referrer, asks partners for information and moves the triage date.
   */
  public boolean isScreeningsfase() {
    return this == AANGEMELD
        || this == IN_SCREENING
        || this == AANVULLING_GEVRAAGD
        || this == GEAGENDEERD_VOOR_TRIAGE;
  }

  public boolean magOvergaanNaar(CasusStatus naar) {
    return volgende.contains(naar);
  }

  public Set<CasusStatus> volgendeStatussen() {
    return Set.copyOf(volgende);
  }
}
