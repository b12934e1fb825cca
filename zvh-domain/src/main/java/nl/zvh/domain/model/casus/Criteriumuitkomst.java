package nl.zvh.domain.model.casus;

import java.util.Map;

/**
 * Whether the answers to the four criteria meet (a ∧ b ∧ c) ∨ d. While answers are missing the
 * outcome may already be certain (d answered yes, or a answered no with d no); otherwise it is
 * {@link #ONVOLLEDIG}. Three-valued logic: an unanswered criterion is unknown, not no.
 */
public enum Criteriumuitkomst {
  VOLDOET,
  VOLDOET_NIET,
  ONVOLLEDIG;

  public static Criteriumuitkomst van(Map<Criterium, Boolean> antwoorden) {
    Boolean abc =
        en(
            en(antwoorden.get(Criterium.A), antwoorden.get(Criterium.B)),
            antwoorden.get(Criterium.C));
    Boolean uitkomst = of(abc, antwoorden.get(Criterium.D));
    if (uitkomst == null) {
      return ONVOLLEDIG;
    }
    return uitkomst ? VOLDOET : VOLDOET_NIET;
  }

  private static Boolean en(Boolean x, Boolean y) {
    if (Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y)) {
      return false;
    }
    return x == null || y == null ? null : true;
  }

  private static Boolean of(Boolean x, Boolean y) {
    if (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)) {
      return true;
    }
    return x == null || y == null ? null : false;
  }
}
