package nl.zvh.regie.casus;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.benchmark.Benchmarkgegevens;
import nl.zvh.regie.screening.Werkvoorraadlijst;

/**
 * How long the work queue takes to check "already known" for all its referrals: 60 000 referrals of
 * 20 000 people (each person in three cases), 300 of them in screening, on H2 and PostgreSQL with
 * the real migrations and mapping. Compares one check per referral (as the dossier does for one)
 * with one check for the whole queue. A benchmark, not a test: run it with {@code bin/benchmark}.
 */
public final class BekendheidBenchmark {

  private static final int AANTAL = 60_000;
  private static final int MENSEN = 20_000;
  private static final int IN_SCREENING = 300;
  private static final long ORGANISATIE = 2_000_001L;
  private static final CasusStatus[] AFGEROND = {
    CasusStatus.OPGEPAKT, CasusStatus.AFGESLOTEN, CasusStatus.NIET_VOOR_ZVH
  };

  public static void main(String[] args) throws Exception {
    Benchmarkgegevens.draai(
        args,
        new long[] {ORGANISATIE},
        AANTAL,
        i ->
            new Benchmarkgegevens.Casusvorm(
                ORGANISATIE,
                i < IN_SCREENING
                    ? (i % 2 == 0 ? CasusStatus.AANGEMELD : CasusStatus.IN_SCREENING)
                    : AFGEROND[i % AFGEROND.length],
                "Jansen" + i % MENSEN,
                LocalDate.of(1940, 1, 1).plusDays(i % MENSEN * 7L % 29_000)),
        BekendheidBenchmark::meet);
  }

  private static void meet(EntityManager em) {
    OffsetDateTime nu = OffsetDateTime.now();
    Benchmarkgegevens.meet(
        "werkvoorraad (300) laden, zonder vergelijking", () -> werkvoorraad(em).size(), 5, 30);
    Benchmarkgegevens.meet(
        "werkvoorraad (300): per aanmelding",
        () -> {
          Bekendheidsvergelijking vergelijking = new Bekendheidsvergelijking(em);
          return werkvoorraad(em).stream()
              .mapToInt(c -> vergelijking.vergelijk(List.of(c), nu).get(c.getId()).size())
              .sum();
        },
        3,
        10);
    Benchmarkgegevens.meet(
        "werkvoorraad (300): in één keer",
        () ->
            new Bekendheidsvergelijking(em)
                .vergelijk(werkvoorraad(em), nu).values().stream().mapToInt(List::size).sum(),
        5,
        30);
  }

  private static List<Casus> werkvoorraad(EntityManager em) {
    em.clear();
    return new Werkvoorraadlijst(em)
        .inStatussen(Set.of(CasusStatus.AANGEMELD, CasusStatus.IN_SCREENING))
        .getResultList();
  }

  private BekendheidBenchmark() {}
}
