package nl.zvh.regie.overdracht;

/**
 * Whether a case in uitvoering still has a working casusregisseur; derived from the last
 * established plan, the account and the involvement of its organisation, never stored.
 */
public enum Casusregiestand {
  /** The casusregisseur can work (or the case has none yet, or is not in uitvoering). */
  IN_ORDE,
  /** The account of the casusregisseur is deactivated. */
  ACCOUNT_INACTIEF,
  /** The organisation of the casusregisseur no longer takes part in the case. */
  ORGANISATIE_VERTROKKEN;

  public boolean isNodig() {
    return this != IN_ORDE;
  }
}
