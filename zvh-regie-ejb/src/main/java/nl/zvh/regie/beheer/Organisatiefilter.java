package nl.zvh.regie.beheer;

/**
 * Which organisations the beheerder looks at: all of them, or those whose convenant membership
 * needs attention. Each is one condition of a query, so the start page counts in the database
 * exactly what the list shows.
 */
public enum Organisatiefilter {
  /** Every organisation. */
  ALLE(""),
  /** The membership ends within {@link #MAANDEN_VOORUIT} months (today included). */
  LOOPT_AF(" where o.convenantLidTot >= :vandaag and o.convenantLidTot <= :grens"),
  /** The membership has ended: its users can no longer log in. */
  BEEINDIGD(" where o.convenantLidTot < :vandaag");

  /** How far ahead an ending membership counts as "ends soon". */
  public static final int MAANDEN_VOORUIT = 3;

  final String voorwaarde;

  Organisatiefilter(String voorwaarde) {
    this.voorwaarde = voorwaarde;
  }
}
