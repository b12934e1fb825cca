package nl.zvh.regie.procesregie.overzicht;

/**
 * What a line of the dashboard may need attention for; each a condition on the view {@code
 * procesregie_overzicht} (alias {@code v}) with "today" ({@code ?1}) and the last day on which
 * contact is still recent enough ({@code ?2}) as parameters. Fixed text, never user input.
 */
public enum Aandachtfilter {
  /** Any of the others. */
  AANDACHT(null),
  TE_LAAT("v.oudste_deadline < ?1"),
  SIGNALEN("v.signalen > 0"),
  ESCALATIES("v.escalaties > 0"),
  OPSCHALINGEN("v.opschalingen > 0"),
  GEEN_OVERLEG("(v.laatste_gepland is null or v.laatste_gepland < ?1)"),
  CONTACT("(v.casusregisseur_id is not null and v.contact_peil < ?2)");

  private final String voorwaarde;

  Aandachtfilter(String voorwaarde) {
    this.voorwaarde = voorwaarde;
  }

  /** The condition in SQL; for AANDACHT the disjunction of all the others. */
  String voorwaarde() {
    if (voorwaarde != null) {
      return voorwaarde;
    }
    StringBuilder of = new StringBuilder("(");
    for (Aandachtfilter f : values()) {
      if (f.voorwaarde != null) {
        of.append(of.length() == 1 ? "" : " or ").append(f.voorwaarde);
      }
    }
    return of.append(')').toString();
  }
}
