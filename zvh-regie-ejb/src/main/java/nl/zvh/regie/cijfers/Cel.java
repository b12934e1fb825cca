package nl.zvh.regie.cijfers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure as it may be shown: a number, "&lt; 5", or nothing to show. The one place of the
 * small-cell rule: a count of 1 to 4, and a figure (percentage, median, percentile) derived from
 * fewer than {@value #DREMPEL} cases, never leaves the calculation, so no person can be singled
 * out. A suppressed cell does not hold its value.
 *
 * <p>Where the parts of a total are shown with the total (or with a figure equal to it), one hidden
 * part could be found by subtraction; {@link #groep} then hides a second part too, as "&ge; 5"
 * (complementary suppression).
 *
 * @param waarde the figure; {@code null} when hidden or when there is nothing to compute
 * @param onderdrukt whether the figure is hidden as "&lt; 5"
 * @param aanvullend whether the figure (5 or more) is hidden as "&ge; 5" to protect a small one
 */
public record Cel(BigDecimal waarde, boolean onderdrukt, boolean aanvullend)
    implements Serializable {

  /** Below this many cases a figure is not shown. */
  public static final int DREMPEL = 5;

  /** How a suppressed figure reads, in tables, charts' tables and the CSV. */
  public static final String KLEIN = "< " + DREMPEL;

  /** How a figure of 5 or more reads when hidden to protect a small one. */
  public static final String AANVULLEND = "≥ " + DREMPEL;

  /** How a figure reads when there is nothing to compute (a percentage of no cases). */
  public static final String LEEG = "–";

  public Cel {
    if ((onderdrukt || aanvullend) && waarde != null) {
      throw new IllegalArgumentException("A hidden cell holds no value.");
    }
  }

  public Cel(BigDecimal waarde, boolean onderdrukt) {
    this(waarde, onderdrukt, false);
  }

  /**
   * The counts of the parts of a total that is shown as well: each as {@link #aantal}, and when
   * exactly one part is small, the smallest other part that is not 0 is hidden too ("&ge; 5"), so
   * that the small one cannot be found by subtracting the others from the total.
   */
  public static List<Cel> groep(List<Long> aantallen) {
    long klein = aantallen.stream().filter(Cel::isKlein).count();
    int aanvullend = -1;
    if (klein == 1) {
      for (int i = 0; i < aantallen.size(); i++) {
        long n = aantallen.get(i);
        if (n >= DREMPEL && (aanvullend < 0 || n < aantallen.get(aanvullend))) {
          aanvullend = i;
        }
      }
    }
    List<Cel> cellen = new ArrayList<>();
    for (int i = 0; i < aantallen.size(); i++) {
      cellen.add(i == aanvullend ? new Cel(null, false, true) : aantal(aantallen.get(i)));
    }
    return List.copyOf(cellen);
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

  /** The figure as text: "12", "3,5", "&lt; 5", "&ge; 5" or "–" (Dutch decimal comma). */
  public String tekst() {
    if (onderdrukt) {
      return KLEIN;
    }
    if (aanvullend) {
      return AANVULLEND;
    }
    return waarde == null ? LEEG : waarde.toPlainString().replace('.', ',');
  }

  @Override
  public String toString() {
    return tekst();
  }
}
