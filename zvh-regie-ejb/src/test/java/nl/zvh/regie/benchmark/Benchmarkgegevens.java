package nl.zvh.regie.benchmark;

import jakarta.persistence.EntityManager;
import java.io.IOException;
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
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.testdatabase.TestDatabase;

/**
 * What the benchmarks share: referrals loaded in bulk through JDBC (each with a betrokkene, a
 * status and a participation, as the portal stores them) and the measurement of a query by its
 * median and 95th percentile.
 */
public final class Benchmarkgegevens {

  private static final Logger LOG = Logger.getLogger(Benchmarkgegevens.class.getName());
  private static final int OPWARMEN = 30;
  private static final int METINGEN = 100;
  private static final long EERSTE_ID = 1_000_000L;

  /** What one loaded referral looks like; its number in the load is the argument. */
  public record Casusvorm(
      long organisatie, CasusStatus status, String achternaam, LocalDate geboren) {}

  private Benchmarkgegevens() {}

  /** The id of the i-th loaded referral (also the id of its betrokkene). */
  public static long id(int i) {
    return EERSTE_ID + i;
  }

  /**
   * Runs a benchmark on each database named in the arguments (H2, POSTGRESQL; both when none):
   * loads the referrals, then measures with an entity manager of the real persistence unit.
   */
  public static void draai(
      String[] args,
      long[] organisaties,
      int aantal,
      IntFunction<Casusvorm> vorm,
      Consumer<EntityManager> metingen)
      throws SQLException, IOException {
    List<String> soorten = args.length == 0 ? List.of("H2", "POSTGRESQL") : Arrays.asList(args);
    for (String naam : soorten) {
      TestDatabase.Soort soort = TestDatabase.Soort.valueOf(naam);
      try (TestDatabase database = TestDatabase.start(soort)) {
        long begin = System.nanoTime();
        vul(database, soort, organisaties, aantal, vorm);
        LOG.info(
            String.format(
                Locale.ROOT,
                "%s: %d aanmeldingen geladen in %.1f s",
                soort,
                aantal,
                (System.nanoTime() - begin) / 1e9));
        EntityManager em = database.unit("zvh").createEntityManager();
        try {
          metingen.accept(em);
        } finally {
          em.close();
        }
      }
    }
  }

  /** Loads the organisations and the referrals; on PostgreSQL it then gathers statistics. */
  private static void vul(
      TestDatabase database,
      TestDatabase.Soort soort,
      long[] organisaties,
      int aantal,
      IntFunction<Casusvorm> vorm)
      throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement org =
          c.prepareStatement(
              "insert into organisatie (id, versie, naam, type, convenant_lid_vanaf)"
                  + " values (?, 1, ?, 'POLITIE', ?)")) {
        for (long id : organisaties) {
          org.setLong(1, id);
          org.setString(2, "Benchmark " + id);
          org.setDate(3, Date.valueOf(LocalDate.of(2020, 1, 1)));
          org.executeUpdate();
        }
      }
      try (PreparedStatement casus =
              c.prepareStatement(
                  "insert into casus (id, versie, nummer, status, aanmeldende_organisatie_id,"
                      + " aangemaakt_op) values (?, 1, ?, ?, ?, ?)");
          PreparedStatement aanmelding =
              c.prepareStatement(
                  "insert into aanmelding (casus_id, aanmelder, reden, ingediend_op, triagedatum,"
                      + " contact_uiterlijk, voldoet_aan_criteria)"
                      + " values (?, 'agent', 'reden', ?, ?, ?, ?)");
          PreparedStatement betrokkene =
              c.prepareStatement(
                  "insert into betrokkene (id, versie, casus_id, voornamen, achternaam,"
                      + " geboortedatum) values (?, 1, ?, 'Piet', ?, ?)");
          PreparedStatement overgang =
              c.prepareStatement(
                  "insert into status_overgang (id, casus_id, naar_status, tijdstip,"
                      + " door_gebruiker) values (?, ?, ?, ?, 'agent')");
          PreparedStatement deelname =
              c.prepareStatement(
                  "insert into casus_deelname (id, versie, casus_id, organisatie_id, sinds)"
                      + " values (?, 1, ?, ?, ?)")) {
        List<PreparedStatement> alle =
            new ArrayList<>(List.of(casus, aanmelding, betrokkene, overgang, deelname));
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 9, 0);
        for (int i = 0; i < aantal; i++) {
          Casusvorm v = vorm.apply(i);
          boolean concept = v.status() == CasusStatus.CONCEPT;
          long id = id(i);
          LocalDateTime moment = start.plusMinutes(90L * i);
          casus.setLong(1, id);
          casus.setString(
              2, concept ? null : String.format("ZVH-%04d-%06d", moment.getYear(), i + 1));
          casus.setString(3, v.status().name());
          casus.setLong(4, v.organisatie());
          casus.setTimestamp(5, Timestamp.valueOf(moment));
          casus.addBatch();
          aanmelding.setLong(1, id);
          aanmelding.setTimestamp(2, concept ? null : Timestamp.valueOf(moment));
          aanmelding.setDate(3, concept ? null : Date.valueOf(moment.toLocalDate().plusDays(2)));
          aanmelding.setDate(4, concept ? null : Date.valueOf(moment.toLocalDate().plusDays(7)));
          aanmelding.setObject(5, concept ? null : i % 3 != 0);
          aanmelding.addBatch();
          betrokkene.setLong(1, id);
          betrokkene.setLong(2, id);
          betrokkene.setString(3, v.achternaam());
          betrokkene.setDate(4, Date.valueOf(v.geboren()));
          betrokkene.addBatch();
          overgang.setLong(1, id);
          overgang.setLong(2, id);
          overgang.setString(3, v.status().name());
          overgang.setTimestamp(4, Timestamp.valueOf(moment));
          overgang.addBatch();
          deelname.setLong(1, id);
          deelname.setLong(2, id);
          deelname.setLong(3, v.organisatie());
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

  /** Runs the query a number of times to warm up, then measures it and logs the figures. */
  public static void meet(String naam, Supplier<Object> vraag) {
    meet(naam, vraag, OPWARMEN, METINGEN);
  }

  /** The same with fewer runs, for work that takes seconds rather than milliseconds. */
  public static void meet(String naam, Supplier<Object> vraag, int opwarmen, int metingen) {
    for (int i = 0; i < opwarmen; i++) {
      vraag.get();
    }
    long[] tijden = new long[metingen];
    for (int i = 0; i < metingen; i++) {
      long begin = System.nanoTime();
      vraag.get();
      tijden[i] = System.nanoTime() - begin;
    }
    Arrays.sort(tijden);
    LOG.info(
        String.format(
            Locale.ROOT,
            "%-44s mediaan %7.2f ms   p95 %7.2f ms",
            naam,
            tijden[metingen / 2] / 1e6,
            tijden[metingen * 95 / 100] / 1e6));
  }
}
