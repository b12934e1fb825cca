package nl.zvh.regie.aanmelding;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.benchmark.Benchmarkgegevens;

/**
 * How fast "Mijn aanmeldingen" pages, sorts, filters and counts with tens of thousands of
 * referrals: 60 000 referrals (40 000 of the measured organisation), on H2 and PostgreSQL, with the
 * real migrations and mapping. Prints the median and 95th percentile per query. A benchmark, not a
 * test: run it with {@code bin/benchmark}.
 */
public final class AanmeldingenlijstBenchmark {

  private static final int EIGEN = 40_000;
  private static final int ANDER = 20_000;
  private static final long ORGANISATIE = 1_000_001L;
  private static final long ANDERE_ORGANISATIE = 1_000_002L;
  private static final CasusStatus[] STATUSSEN = {
    CasusStatus.CONCEPT,
    CasusStatus.AANGEMELD,
    CasusStatus.IN_SCREENING,
    CasusStatus.OPGEPAKT,
    CasusStatus.AFGESLOTEN
  };

  public static void main(String[] args) throws Exception {
    Benchmarkgegevens.draai(
        args,
        new long[] {ORGANISATIE, ANDERE_ORGANISATIE},
        EIGEN + ANDER,
        i ->
            new Benchmarkgegevens.Casusvorm(
                i < EIGEN ? ORGANISATIE : ANDERE_ORGANISATIE,
                STATUSSEN[i % STATUSSEN.length],
                "Jansen" + i,
                LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28)),
        AanmeldingenlijstBenchmark::meet);
  }

  private static void meet(EntityManager em) {
    Aanmeldingenlijst lijst = new Aanmeldingenlijst(em);
    Benchmarkgegevens.meet(
        "eerste pagina (25), nieuwste eerst",
        () -> zoek(em, lijst, vraag(0, null, null, false, null)));
    Benchmarkgegevens.meet(
        "pagina 800 (25), op nummer",
        () -> zoek(em, lijst, vraag(20_000, Lijstvraag.Sortering.NUMMER, null, true, null)));
    Benchmarkgegevens.meet(
        "op triagedatum, aflopend",
        () -> zoek(em, lijst, vraag(0, Lijstvraag.Sortering.TRIAGEDATUM, null, false, null)));
    Benchmarkgegevens.meet(
        "filter status Opgepakt",
        () -> zoek(em, lijst, vraag(0, null, CasusStatus.OPGEPAKT, false, null)));
    Benchmarkgegevens.meet(
        "zoek achternaam 'jansen123'",
        () -> zoek(em, lijst, vraag(0, null, null, false, "jansen123")));
    Benchmarkgegevens.meet(
        "alleen tellen", () -> lijst.tel(ORGANISATIE, vraag(0, null, null, false, null)));
  }

  private static Object zoek(EntityManager em, Aanmeldingenlijst lijst, Lijstvraag vraag) {
    em.clear();
    return lijst.zoek(ORGANISATIE, vraag).pagina().rijen().size();
  }

  private static Lijstvraag vraag(
      int eerste,
      Lijstvraag.Sortering sortering,
      CasusStatus status,
      boolean oplopend,
      String tekst) {
    return new Lijstvraag(eerste, 25, sortering, oplopend, status, tekst);
  }

  private AanmeldingenlijstBenchmark() {}
}
