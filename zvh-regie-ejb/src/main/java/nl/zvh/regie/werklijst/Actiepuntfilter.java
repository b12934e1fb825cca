package nl.zvh.regie.werklijst;

/**
 * Which actiepunten the list shows, as the partner's start page counts them: the filter of the list
 * and the condition of the count are the same. No filter: all of them.
 */
public enum Actiepuntfilter {
  /** Still expected: open or in uitvoering. */
  OPEN,
  /** Still expected and past its due date. */
  TE_LAAT,
  /** Done. */
  GEREED,
  /** The owner reported that it does not work out. */
  LUKT_NIET;

  /** The condition in the query of the list (a is the actiepunt). */
  String voorwaarde() {
    return switch (this) {
      case OPEN -> "a.status in :lopend";
      case TE_LAAT -> "a.status in :lopend and a.deadline < :dag";
      case GEREED, LUKT_NIET -> "a.status = :status";
    };
  }
}
