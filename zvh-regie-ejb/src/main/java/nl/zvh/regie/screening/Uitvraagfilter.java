package nl.zvh.regie.screening;

/** Which uitvragen of an organisation a list shows, as the partner's start page counts them. */
public enum Uitvraagfilter {
  /** Not yet answered. */
  OPEN,
  /** Not answered and past the date asked for. */
  VERLOPEN
}
