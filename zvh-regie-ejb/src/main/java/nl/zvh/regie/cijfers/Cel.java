package nl.zvh.regie.cijfers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure as it may be shown: a number, "&lt; 5", or nothing to show. The one place of the
 * small-cell rule: a count of 1 to 4, and a figure (percentage, median, percentile) derived from
 * fewer than {@value #DREMPEL} cases, never leaves the calculation, so no person can be singled
 * out. A suppressed cell does not hold its value.
 *
 * @param waarde the figure; {@code null} when suppressed or when there is nothing to compute
 * @param onderdrukt whether the figure is hidden as "&lt; 5"
 */
public record Cel(BigDecimal waarde, boolean onderdrukt) implements Serializable {

  /** Below this many cases a figure is not shown. */
  public static final int DREMPEL = 5;

  /** How a suppressed figure reads, in tables, charts' tables and the CSV. */
  public static final String KLEIN = "< " + DREMPEL;

  /** How a figure reads when there is nothing to compute (a percentage of no cases). */
  public static final String LEEG = "–";

  public Cel {
    if (onderdrukt && waarde != null) {
      throw new IllegalArgumentException("A suppressed cell holds no value.");
    }
  }

  /** A count: 0 stays 0, 1 to 4 become "&lt; 5". */
  public static Cel aantal(long aantal) {
    return isKlein(aantal) ? new Cel(null, true) : new Cel(BigDecimal.valueOf(aantal), false);
  }

  /**
   * A figure derived from {@code basis} cases, rounded to one decimal: suppressed when fewer than
   * {@value #DREMPEL} cases (but at least one) lie under it, empty without any.
   */
  public static Cel afgeleid(BigDecimal waarde, long basis) {
    if (basis == 0 || waarde == null) {
      return new Cel(null, false);
    }
    if (basis < DREMPEL) {
      return new Cel(null, true);
    }
    return new Cel(waarde.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros(), false);
  }

  /**
   * A share in percent, {@code deel} of {@code geheel}: suppressed when the whole is small, and
   * also when the part or the rest is 1 to 4, since the share and the whole would reveal it.
   */
  public static Cel aandeel(long deel, long geheel) {
    if (geheel > 0 && (isKlein(deel) || isKlein(geheel - deel))) {
      return new Cel(null, true);
    }
    BigDecimal procent =
        geheel == 0
            ? null
            : BigDecimal.valueOf(deel * 100L)
                .divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    return afgeleid(procent, geheel);
  }

  /** The rule itself: 1 to 4 is small; 0 is not, it singles out no one. */
  public static boolean isKlein(long aantal) {
    return aantal > 0 && aantal < DREMPEL;
  }

  /** Whether there is a number to show (and to draw in a chart). */
  public boolean heeftWaarde() {
    return waarde != null;
  }

  /** The figure as text: "12", "3,5", "&lt; 5" or "–" (Dutch decimal comma). */
  public String tekst() {
    if (onderdrukt) {
      return KLEIN;
    }
    return waarde == null ? LEEG : waarde.toPlainString().replace('.', ',');
  }

  @Override
  public String toString() {
    return tekst();
  }
}
