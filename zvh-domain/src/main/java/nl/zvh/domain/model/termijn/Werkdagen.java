package nl.zvh.domain.model.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, except public holidays. */
public final class Werkdagen {

  private final Feestdagen feestdagen;

  public Werkdagen(Feestdagen feestdagen) {
    this.feestdagen = feestdagen;
  }

  public boolean isWerkdag(LocalDate dag) {
    return dag.getDayOfWeek() != DayOfWeek.SATURDAY
        && dag.getDayOfWeek() != DayOfWeek.SUNDAY
        && !feestdagen.isFeestdag(dag);
  }

  /**
   * The n-th working day after the given day (the day itself does not count): the ZVH contacts the
   * referrer within 5 working days, so a referral on Monday is due on Monday a week later.
   */
  public LocalDate na(LocalDate dag, int aantal) {
    if (aantal < 1) {
      throw new IllegalArgumentException("Ten minste één werkdag");
    }
    LocalDate uitkomst = dag;
    for (int geteld = 0; geteld < aantal; ) {
      uitkomst = uitkomst.plusDays(1);
      if (isWerkdag(uitkomst)) {
        geteld++;
      }
    }
    return uitkomst;
  }
}
