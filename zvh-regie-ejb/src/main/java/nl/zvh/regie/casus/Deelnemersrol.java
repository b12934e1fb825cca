package nl.zvh.regie.casus;

/**
 * The part a partner's organisation has in a case: a participant, or the casusregisseur (of the
 * last established plan) works there, or is the user.
 */
public enum Deelnemersrol {
  DEELNEMER,
  /** The casusregisseur works at the user's organisation. */
  CASUSREGISSEUR,
  /** The user is the casusregisseur. */
  CASUSREGISSEUR_ZELF
}
