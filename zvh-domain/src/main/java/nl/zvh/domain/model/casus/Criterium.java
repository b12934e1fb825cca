package nl.zvh.domain.model.casus;

/**
 * The national criteria for complex cases (landelijke criteria van Zorg- en Veiligheidshuizen). A
 * referral meets them when (a and b and c) or d.
 */
public enum Criterium {
  /**
   * Several problems on more than one leefgebied that (are expected to) lead to crime, nuisance or
   * further decline.
   */
  A,
  /** Cooperation between several chains (at least care and safety) is needed. */
  B,
  /** The problems affect, or are affected by, the family system or the social environment. */
  C,
  /** Serious local or area-bound safety problems that need a chain-overarching approach. */
  D
}
