package nl.zvh.domain.model.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3): New Year's Day,
 * Good Friday, Easter Monday, King's Day (27 April, or 26 April when the 27th is a Sunday), 5 May,
 * Ascension Day, Whit Monday, Christmas Day and Boxing Day; plus the days a government decree
 * declares equal to them (kept by a beheerder, passed in here).
 */
public final class Feestdagen {

  private static final Set<MonthDay> VAST =
      Set.of(MonthDay.of(1, 1), MonthDay.of(5, 5), MonthDay.of(12, 25), MonthDay.of(12, 26));

  private final Set<LocalDate> bijBesluit;

  public Feestdagen(Set<LocalDate> bijBesluit) {
    this.bijBesluit = Set.copyOf(bijBesluit);
  }

  public static Feestdagen zonderBesluiten() {
    return new Feestdagen(Set.of());
  }

  public boolean isFeestdag(LocalDate dag) {
    if (VAST.contains(MonthDay.from(dag)) || bijBesluit.contains(dag) || isKoningsdag(dag)) {
      return true;
    }
    LocalDate pasen = eerstePaasdag(dag.getYear());
    return dag.equals(pasen.minusDays(2)) // Goede Vrijdag
        || dag.equals(pasen.plusDays(1)) // Tweede Paasdag
        || dag.equals(pasen.plusDays(39)) // Hemelvaartsdag
        || dag.equals(pasen.plusDays(50)); // Tweede Pinksterdag
  }

  private static boolean isKoningsdag(LocalDate dag) {
    LocalDate zevenentwintig = LocalDate.of(dag.getYear(), 4, 27);
    LocalDate koningsdag =
        zevenentwintig.getDayOfWeek() == DayOfWeek.SUNDAY
            ? zevenentwintig.minusDays(1)
            : zevenentwintig;
    return dag.equals(koningsdag);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones, Butcher). */
  static LocalDate eerstePaasdag(int jaar) {
    int a = jaar % 19;
    int b = jaar / 100;
    int c = jaar % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int maand = (h + l - 7 * m + 114) / 31;
    int dag = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(jaar, maand, dag);
  }
}
