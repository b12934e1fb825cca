package nl.zvh.regie.procesregie.overzicht;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.regie.benchmark.Benchmarkgegevens;
import nl.zvh.regie.cijfers.Cijferberekening;

/**
 * How long the procesregisseur's dashboard takes with 10 000 running cases and 50 000 established
 * actiepunten (with signals, escalations, overleggen, contact moments and opschalingen spread over
 * them), on H2 and PostgreSQL with the real migrations and mapping: the first page in its default
 * order, a filtered page, a page sorted on the last contact, and the count on the start page. A
 * benchmark, not a test: run it with {@code bin/benchmark}. Another measurement is one more {@link
 * #meet} call in {@link #metingen}.
 */
public final class ProcesregieBenchmark {

  private static final int LOPEND = 10_000;
  private static final int ACTIEPUNTEN_PER_CASUS = 5;
  private static final int REGISSEURS = 200;
  private static final int PAGINA = 25;
  private static final long ORGANISATIE = 2_000_101L;
  private static final LocalDate VANDAAG = LocalDate.of(2022, 3, 1);
  private static final int CONTACTTERMIJN = 28;

  public static void main(String[] args) throws Exception {
    Benchmarkgegevens.draai(
        args,
        new long[] {ORGANISATIE},
        LOPEND,
        i ->
            new Benchmarkgegevens.Casusvorm(
                ORGANISATIE,
                CasusStatus.IN_UITVOERING,
                "Jansen" + i,
                LocalDate.of(1970, 1, 1).plusDays(i)),
        c ->
            Benchmarkgegevens.laadUitvoering(
                c, LOPEND, ACTIEPUNTEN_PER_CASUS, REGISSEURS, ORGANISATIE, VANDAAG),
        ProcesregieBenchmark::metingen);
  }

  /** The measurements, each a query as the dashboard runs it, on a fresh persistence context. */
  static void metingen(EntityManager em) {
    meet(
        em,
        "procesregie: eerste pagina (op nummer)",
        () -> lijst(em).zoek(new Procesregievraag(null, null, null, true, 0, PAGINA)).rijen());
    meet(
        em,
        "procesregie: alleen aandacht, contact te lang",
        () ->
            lijst(em)
                .zoek(new Procesregievraag(Aandachtfilter.CONTACT, null, null, true, 0, PAGINA))
                .rijen());
    meet(
        em,
        "procesregie: gesorteerd op laatste contact",
        () ->
            lijst(em)
                .zoek(
                    new Procesregievraag(
                        null, null, Procesregievraag.Sortering.CONTACT, true, 0, PAGINA))
                .rijen());
    meet(
        em,
        "procesregie: teller op de startpagina",
        () -> lijst(em).tel(Procesregievraag.telling(Aandachtfilter.AANDACHT, null)));
    // The manager's figures over the last twelve months, on the same data.
    Clock klok =
        Clock.fixed(
            VANDAAG.atTime(12, 0).atZone(Tijdzone.NEDERLAND).toInstant(), Tijdzone.NEDERLAND);
    meet(
        em,
        "managementcijfers: twaalf maanden",
        () -> new Cijferberekening(em, klok).bereken(VANDAAG.minusMonths(12).plusDays(1), VANDAAG));
  }

  /** Measures one query by its median and 95th percentile (clearing the context each time). */
  public static void meet(EntityManager em, String naam, Supplier<Object> vraag) {
    Benchmarkgegevens.meet(
        naam,
        () -> {
          em.clear();
          return vraag.get();
        },
        5,
        40);
  }

  private static Procesregielijst lijst(EntityManager em) {
    return new Procesregielijst(em, VANDAAG, CONTACTTERMIJN);
  }

  private ProcesregieBenchmark() {}
}
