package nl.zvh.regie.aanmelding;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.testdatabase.TestDatabase;

/**
 * How fast "Mijn aanmeldingen" pages, sorts, filters and counts with tens of thousands of
 * referrals: 60 000 referrals (40 000 of the measured organisation), on H2 and PostgreSQL, with the
 * real migrations and mapping. Prints the median and 95th percentile per query. A benchmark, not a
 * test: run it with {@code bin/benchmark}.
 */
public final class AanmeldingenlijstBenchmark {

  private static final Logger LOG = Logger.getLogger(AanmeldingenlijstBenchmark.class.getName());
  private static final int EIGEN = 40_000;
  private static final int ANDER = 20_000;
  private static final long ORGANISATIE = 1_000_001L;
  private static final long ANDERE_ORGANISATIE = 1_000_002L;
  private static final int OPWARMEN = 30;
  private static final int METINGEN = 100;
  private static final CasusStatus[] STATUSSEN = {
    CasusStatus.CONCEPT,
    CasusStatus.AANGEMELD,
    CasusStatus.IN_SCREENING,
    CasusStatus.OPGEPAKT,
    CasusStatus.AFGESLOTEN
  };

  public static void main(String[] args) throws Exception {
    List<String> soorten = args.length == 0 ? List.of("H2", "POSTGRESQL") : Arrays.asList(args);
    for (String soort : soorten) {
      try (TestDatabase database = TestDatabase.start(TestDatabase.Soort.valueOf(soort))) {
        long begin = System.nanoTime();
        vul(database, TestDatabase.Soort.valueOf(soort));
        LOG.info(
            String.format(
                Locale.ROOT,
                "%s: %d aanmeldingen geladen in %.1f s",
                soort,
                EIGEN + ANDER,
                (System.nanoTime() - begin) / 1e9));
        EntityManager em = database.unit("zvh").createEntityManager();
        try {
          meet(em);
        } finally {
          em.close();
        }
      }
    }
  }

  private static void meet(EntityManager em) {
    Aanmeldingenlijst lijst = new Aanmeldingenlijst(em);
    meet(
        "eerste pagina (25), nieuwste eerst",
        () -> zoek(em, lijst, vraag(0, null, null, false, null)));
    meet(
        "pagina 800 (25), op nummer",
        () -> zoek(em, lijst, vraag(20_000, Lijstvraag.Sortering.NUMMER, null, true, null)));
    meet(
        "op triagedatum, aflopend",
        () -> zoek(em, lijst, vraag(0, Lijstvraag.Sortering.TRIAGEDATUM, null, false, null)));
    meet(
        "filter status Opgepakt",
        () -> zoek(em, lijst, vraag(0, null, CasusStatus.OPGEPAKT, false, null)));
    meet(
        "zoek achternaam 'jansen123'",
        () -> zoek(em, lijst, vraag(0, null, null, false, "jansen123")));
    meet("alleen tellen", () -> lijst.tel(ORGANISATIE, vraag(0, null, null, false, null)));
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

  private static void meet(String naam, Supplier<Object> vraag) {
    for (int i = 0; i < OPWARMEN; i++) {
      vraag.get();
    }
    long[] tijden = new long[METINGEN];
    for (int i = 0; i < METINGEN; i++) {
      long begin = System.nanoTime();
      vraag.get();
      tijden[i] = System.nanoTime() - begin;
    }
    Arrays.sort(tijden);
    LOG.info(
        String.format(
            Locale.ROOT,
            "%-38s mediaan %6.2f ms   p95 %6.2f ms",
            naam,
            tijden[METINGEN / 2] / 1e6,
            tijden[METINGEN * 95 / 100] / 1e6));
  }

  /**
   * Two organisations and their referrals, each with a betrokkene, a status and a participation.
   */
  private static void vul(TestDatabase database, TestDatabase.Soort soort) throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement org =
          c.prepareStatement(
              "insert into organisatie (id, versie, naam, type, convenant_lid_vanaf) values (?, 1, ?, 'POLITIE', ?)")) {
        for (long id : new long[] {ORGANISATIE, ANDERE_ORGANISATIE}) {
          org.setLong(1, id);
          org.setString(2, "Benchmark " + id);
          org.setDate(3, Date.valueOf(LocalDate.of(2020, 1, 1)));
          org.executeUpdate();
        }
      }
      try (PreparedStatement casus =
              c.prepareStatement(
                  "insert into casus (id, versie, nummer, status, aanmeldende_organisatie_id, aangemaakt_op)"
                      + " values (?, 1, ?, ?, ?, ?)");
          PreparedStatement aanmelding =
              c.prepareStatement(
                  "insert into aanmelding (casus_id, aanmelder, reden, ingediend_op, triagedatum,"
                      + " contact_uiterlijk, voldoet_aan_criteria) values (?, 'agent', 'reden', ?, ?, ?, ?)");
          PreparedStatement betrokkene =
              c.prepareStatement(
                  "insert into betrokkene (id, versie, casus_id, voornamen, achternaam, geboortedatum)"
                      + " values (?, 1, ?, 'Piet', ?, ?)");
          PreparedStatement overgang =
              c.prepareStatement(
                  "insert into status_overgang (id, casus_id, naar_status, tijdstip, door_gebruiker)"
                      + " values (?, ?, ?, ?, 'agent')");
          PreparedStatement deelname =
              c.prepareStatement(
                  "insert into casus_deelname (id, versie, casus_id, organisatie_id, sinds) values (?, 1, ?, ?, ?)")) {
        List<PreparedStatement> alle =
            new ArrayList<>(List.of(casus, aanmelding, betrokkene, overgang, deelname));
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 9, 0);
        for (int i = 0; i < EIGEN + ANDER; i++) {
          long id = 1_000_000L + i;
          long organisatie = i < EIGEN ? ORGANISATIE : ANDERE_ORGANISATIE;
          CasusStatus status = STATUSSEN[i % STATUSSEN.length];
          LocalDateTime moment = start.plusMinutes(90L * i);
          casus.setLong(1, id);
          casus.setString(
              2,
              status == CasusStatus.CONCEPT
                  ? null
                  : String.format("ZVH-%04d-%06d", moment.getYear(), i + 1));
          casus.setString(3, status.name());
          casus.setLong(4, organisatie);
          casus.setTimestamp(5, Timestamp.valueOf(moment));
          casus.addBatch();
          aanmelding.setLong(1, id);
          aanmelding.setTimestamp(
              2, status == CasusStatus.CONCEPT ? null : Timestamp.valueOf(moment));
          aanmelding.setDate(
              3,
              status == CasusStatus.CONCEPT
                  ? null
                  : Date.valueOf(moment.toLocalDate().plusDays(2)));
          aanmelding.setDate(
              4,
              status == CasusStatus.CONCEPT
                  ? null
                  : Date.valueOf(moment.toLocalDate().plusDays(7)));
          aanmelding.setObject(5, status == CasusStatus.CONCEPT ? null : i % 3 != 0);
          aanmelding.addBatch();
          betrokkene.setLong(1, id);
          betrokkene.setLong(2, id);
          betrokkene.setString(3, "Jansen" + i);
          betrokkene.setDate(4, Date.valueOf(LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28)));
          betrokkene.addBatch();
          overgang.setLong(1, id);
          overgang.setLong(2, id);
          overgang.setString(3, status.name());
          overgang.setTimestamp(4, Timestamp.valueOf(moment));
          overgang.addBatch();
          deelname.setLong(1, id);
          deelname.setLong(2, id);
          deelname.setLong(3, organisatie);
          deelname.setDate(4, Date.valueOf(moment.toLocalDate()));
          deelname.addBatch();
          if (i % 2_000 == 1_999) {
            for (PreparedStatement p : alle) {
              p.executeBatch();
            }
          }
        }
        for (PreparedStatement p : alle) {
          p.executeBatch();
        }
      }
      c.commit();
      if (soort == TestDatabase.Soort.POSTGRESQL) {
        // As autovacuum would after a load of this size: the planner needs statistics.
        c.setAutoCommit(true);
        c.createStatement().execute("analyze");
      }
    }
  }

  private AanmeldingenlijstBenchmark() {}
}
