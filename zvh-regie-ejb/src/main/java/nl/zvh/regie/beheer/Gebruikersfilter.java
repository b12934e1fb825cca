package nl.zvh.regie.beheer;

/**
 * Which users the beheerder looks at: all of them, or the accounts that need attention. Each is one
 * condition of a query, so the start page counts in the database exactly what the list shows.
 */
public enum Gebruikersfilter {
  /** Every account. */
  ALLE(""),
  /** Deactivated accounts: they cannot log in. */
  GEDEACTIVEERD(" where g.actief = false"),
  /**
   * Active accounts of an organisation that is not a convenant member today (not yet, or no
   * longer): they cannot log in either.
   */
  BUITEN_CONVENANT(
      " where g.actief = true and (g.organisatie.convenantLidVanaf > :vandaag"
          + " or g.organisatie.convenantLidTot < :vandaag)");

  final String voorwaarde;

  Gebruikersfilter(String voorwaarde) {
    this.voorwaarde = voorwaarde;
  }

  boolean metVandaag() {
    return voorwaarde.contains(":vandaag");
  }
}
