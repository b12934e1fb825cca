package nl.zvh.regie.werklijst;

import java.io.Serializable;

/**
 * What the partner asks of the list of actiepunten: a filter, whose, the order and the page.
 * Everything is done in the database.
 *
 * @param filter only these; null: all
 * @param toewijzing assigned to the user or owned by the organisation; null: both
 * @param sortering the column to order by
 * @param oplopend ascending when true
 * @param eerste the index of the first row of the page
 * @param aantal the page size (at most {@link #MAXIMAAL})
 */
public record Actiepuntvraag(
    Actiepuntfilter filter,
    Toewijzing toewijzing,
    Sortering sortering,
    boolean oplopend,
    int eerste,
    int aantal)
    implements Serializable {

  /** The largest page: the log record of a page names its cases, and that must fit. */
  public static final int MAXIMAAL = 50;

  /** The columns the list can be ordered by; each with its JPQL path (never the user's text). */
  public enum Sortering {
    DEADLINE("a.deadline"),
    STATUS("a.status"),
    CASUS("c.nummer");

    final String pad;

    Sortering(String pad) {
      this.pad = pad;
    }
  }

  public Actiepuntvraag {
    if (sortering == null) {
      sortering = Sortering.DEADLINE;
      oplopend = true;
    }
    eerste = Math.max(0, eerste);
    aantal = Math.max(1, Math.min(MAXIMAAL, aantal));
  }

  /** The question of a count: only the filters matter. */
  public static Actiepuntvraag telling(Actiepuntfilter filter, Toewijzing toewijzing) {
    return new Actiepuntvraag(filter, toewijzing, null, true, 0, 1);
  }
}
