package nl.zvh.privacy.logboek;

/** What was done with the personal data (BIO 8.15.01 "action"). */
public enum Actie {
  RAADPLEGEN,
  AANMAKEN,
  WIJZIGEN,
  DELEN,
  EXPORTEREN,
  VERWIJDEREN
}
