package nl.zvh.domain.model.procesregie;

import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Triagebesluit;

/**
 * What came of a case when it closed. After a plan van aanpak: how far the goal was reached, or
 * where the case went. A case that ended before an ICO closes with the outcome of its triage.
 */
public enum Resultaat {
  DOEL_BEREIKT("doel bereikt"),
  DOEL_DEELS_BEREIKT("doel deels bereikt"),
  DOEL_NIET_BEREIKT("doel niet bereikt"),
  REGULIERE_ZORG("overgedragen aan de reguliere zorg"),
  ANDERE_ROUTE("andere route"),
  NIET_VOOR_ZVH("niet voor het ZVH"),
  KOPPELING_PARTNER("gekoppeld aan een partner"),
  ADVIES("advies gegeven"),
  ANDERE_OVERLEGTAFEL("doorverwezen naar een andere overlegtafel");

  private final String omschrijving;

  Resultaat(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String omschrijving() {
    return omschrijving;
  }

  /** Whether this result closes a plan van aanpak (and so asks for final scores). */
  public boolean isNaPlan() {
    return ordinal() <= ANDERE_ROUTE.ordinal();
  }

  /** The results a case in its present state can close with; empty when it cannot close. */
  public static List<Resultaat> mogelijkVoor(Casus casus) {
    return switch (casus.getStatus()) {
      case IN_UITVOERING ->
          List.of(
              DOEL_BEREIKT, DOEL_DEELS_BEREIKT, DOEL_NIET_BEREIKT, REGULIERE_ZORG, ANDERE_ROUTE);
      case NIET_VOOR_ZVH -> List.of(NIET_VOOR_ZVH);
      case OPGEPAKT ->
          casus
              .getTriagebesluit()
              .flatMap(Triagebesluit::getRoute)
              .map(
                  route ->
                      switch (route) {
                        case KOPPELING_PARTNER -> List.of(KOPPELING_PARTNER);
                        case ADVIES -> List.of(ADVIES);
                        case ANDERE_OVERLEGTAFEL -> List.of(ANDERE_OVERLEGTAFEL);
                        case UITVRAAG_EN_BRIEFING -> List.of(ANDERE_ROUTE, REGULIERE_ZORG);
                      })
              .orElse(List.of());
      default -> List.of();
    };
  }
}
