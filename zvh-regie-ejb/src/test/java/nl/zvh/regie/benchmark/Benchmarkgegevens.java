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
    draai(args, organisaties, aantal, vorm, null, metingen);
  }

  /** What a benchmark loads after the referrals, on the same connection and transaction. */
  @FunctionalInterface
  public interface Lader {
    void laad(Connection verbinding) throws SQLException;
  }

  /**
   * The same, with more loaded after the referrals (plans, actiepunten, ...) before PostgreSQL
   * gathers its statistics.
   */
  public static void draai(
      String[] args,
      long[] organisaties,
      int aantal,
      IntFunction<Casusvorm> vorm,
      Lader extra,
      Consumer<EntityManager> metingen)
      throws SQLException, IOException {
    List<String> soorten = args.length == 0 ? List.of("H2", "POSTGRESQL") : Arrays.asList(args);
    for (String naam : soorten) {
      TestDatabase.Soort soort = TestDatabase.Soort.valueOf(naam);
      try (TestDatabase database = TestDatabase.start(soort)) {
        long begin = System.nanoTime();
        vul(database, soort, organisaties, aantal, vorm, extra);
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
      IntFunction<Casusvorm> vorm,
      Lader extra)
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
      if (extra != null) {
        extra.laad(c);
      }
      c.commit();
      if (soort == TestDatabase.Soort.POSTGRESQL) {
        // As autovacuum would after a load of this size: the planner needs statistics.
        c.setAutoCommit(true);
        c.createStatement().execute("analyze");
      }
    }
  }

  /**
   * Loads what running cases carry, for the first {@code aantal} loaded referrals (which must be in
   * uitvoering): per case an established plan (version 1 naming one of {@code regisseurs} users of
   * the organisation as casusregisseur) with {@code actiepunten} established actiepunten whose
   * deadlines lie around {@code vandaag} (some done), and, spread over the cases, open and handled
   * signals, escalations, a planned overleg for most, contact moments with the casusregisseur and
   * opschalingen to a manager. Ids of the plan and its rows follow the case's id. JDBC in batches.
   */
  public static void laadUitvoering(
      Connection c,
      int aantal,
      int actiepunten,
      int regisseurs,
      long organisatie,
      LocalDate vandaag)
      throws SQLException {
    long gebruikerBasis = 5_000_000L;
    try (PreparedStatement g =
        c.prepareStatement(
            "insert into gebruiker (id, versie, gebruikersnaam, naam, email, rol, organisatie_id,"
                + " actief, wachtwoord_hash) values (?, 1, ?, ?, ?, ?, ?, ?, 'x')")) {
      for (int r = 0; r <= regisseurs + 1; r++) {
        String rol = r == 0 ? "PROCESREGISSEUR" : r == 1 ? "MANAGER" : "KETENPARTNER";
        g.setLong(1, gebruikerBasis + r);
        g.setString(2, "benchmark." + r);
        g.setString(3, "Regisseur " + r);
        g.setString(4, "benchmark." + r + "@example.org");
        g.setString(5, rol);
        g.setLong(6, organisatie);
        g.setBoolean(7, true);
        g.addBatch();
      }
      g.executeBatch();
    }
    long procesregisseur = gebruikerBasis;
    long manager = gebruikerBasis + 1;
    Timestamp toen = Timestamp.valueOf(vandaag.minusDays(30).atTime(10, 0));
    try (PreparedStatement plan =
            c.prepareStatement(
                "insert into plan_van_aanpak (id, versie, casus_id, laatste_nummer)"
                    + " values (?, 1, ?, ?)");
        PreparedStatement versie =
            c.prepareStatement(
                "insert into plan_versie (id, plan_id, nummer, vastgesteld_door, vastgesteld_op)"
                    + " values (?, ?, 1, 'regisseur', ?)");
        PreparedStatement regel =
            c.prepareStatement(
                "insert into plan_versie_regel (versie_id, volgorde, soort, sleutel, omschrijving)"
                    + " values (?, 1, 'CASUSREGISSEUR', ?, 'Casusregisseur')");
        PreparedStatement actiepunt =
            c.prepareStatement(
                "insert into plan_actiepunt (id, versie, plan_id, nummer, omschrijving,"
                    + " eigenaar_id, deadline, status, vastgesteld) values (?, 1, ?, ?, 'Actie',"
                    + " ?, ?, ?, ?)");
        PreparedStatement signaal =
            c.prepareStatement(
                "insert into uitvoering_signaal (id, versie, plan_id, soort, tekst, gemeld_door_id,"
                    + " gemeld_op, status) values (?, 1, ?, 'ONTWIKKELING', 'Signaal', ?, ?, ?)");
        PreparedStatement escalatie =
            c.prepareStatement(
                "insert into uitvoering_escalatie (id, versie, plan_id, reden, ingediend_door_id,"
                    + " ingediend_op, status) values (?, 1, ?, 'Reden', ?, ?, ?)");
        PreparedStatement overleg =
            c.prepareStatement(
                "insert into overleg (id, versie, casus_id, nummer, uid, reeks, status, datum,"
                    + " begintijd, eindtijd, locatie, voorzitter_id, agenda, gepland_door,"
                    + " gepland_op, betrokkene_uitgenodigd) values (?, 1, ?, 2, ?, 1, ?, ?,"
                    + " '10:00:00', '11:00:00', 'Zaal', ?, 'Vervolg', 'regisseur', ?, ?)");
        PreparedStatement contact =
            c.prepareStatement(
                "insert into procesregie_contactmoment (id, casus_id, casusregisseur_id, datum,"
                    + " vorm, vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, 'TELEFOON',"
                    + " 'regisseur', ?)");
        PreparedStatement opschaling =
            c.prepareStatement(
                "insert into procesregie_opschaling (id, versie, casus_id, vraag, reden,"
                    + " geprobeerd, antwoord_uiterlijk, manager_id, ingediend_door_id,"
                    + " ingediend_op, status) values (?, 1, ?, 'Vraag', 'Reden', 'Geprobeerd', ?,"
                    + " ?, ?, ?, ?)")) {
      List<PreparedStatement> alle =
          List.of(plan, versie, regel, actiepunt, signaal, escalatie, overleg, contact, opschaling);
      String[] statussen = {"OPEN", "IN_UITVOERING", "OPEN", "GEREED", "LUKT_NIET"};
      for (int i = 0; i < aantal; i++) {
        long casus = id(i);
        long regisseur = gebruikerBasis + 2 + i % regisseurs;
        plan.setLong(1, casus);
        plan.setLong(2, casus);
        plan.setInt(3, actiepunten);
        plan.addBatch();
        versie.setLong(1, casus);
        versie.setLong(2, casus);
        versie.setTimestamp(3, toen);
        versie.addBatch();
        regel.setLong(1, casus);
        regel.setLong(2, regisseur);
        regel.addBatch();
        for (int j = 0; j < actiepunten; j++) {
          actiepunt.setLong(1, casus * 10 + j);
          actiepunt.setLong(2, casus);
          actiepunt.setInt(3, j + 1);
          actiepunt.setLong(4, organisatie);
          actiepunt.setDate(5, Date.valueOf(vandaag.plusDays((i * 7L + j * 13L) % 90 - 20)));
          actiepunt.setString(6, statussen[(i + j) % statussen.length]);
          actiepunt.setBoolean(7, true);
          actiepunt.addBatch();
        }
        if (i % 10 == 0) {
          signaal.setLong(1, casus);
          signaal.setLong(2, casus);
          signaal.setLong(3, regisseur);
          signaal.setTimestamp(4, toen);
          signaal.setString(5, i % 20 == 0 ? "OPEN" : "AFGEHANDELD");
          signaal.addBatch();
        }
        if (i % 25 == 0) {
          escalatie.setLong(1, casus);
          escalatie.setLong(2, casus);
          escalatie.setLong(3, regisseur);
          escalatie.setTimestamp(4, toen);
          escalatie.setString(5, i % 50 == 0 ? "OPEN" : "AFGEHANDELD");
          escalatie.addBatch();
        }
        if (i % 5 != 0) {
          overleg.setLong(1, casus);
          overleg.setLong(2, casus);
          overleg.setString(3, "benchmark-" + casus);
          overleg.setString(4, i % 7 == 0 ? "GEHOUDEN" : "GEPLAND");
          overleg.setDate(5, Date.valueOf(vandaag.plusDays(i % 60 - 10)));
          overleg.setLong(6, procesregisseur);
          overleg.setTimestamp(7, toen);
          overleg.setBoolean(8, false);
          overleg.addBatch();
        }
        if (i % 3 != 0) {
          contact.setLong(1, casus);
          contact.setLong(2, casus);
          contact.setLong(3, regisseur);
          contact.setDate(4, Date.valueOf(vandaag.minusDays(i % 70)));
          contact.setTimestamp(5, toen);
          contact.addBatch();
        }
        if (i % 50 == 0) {
          opschaling.setLong(1, casus);
          opschaling.setLong(2, casus);
          opschaling.setDate(3, Date.valueOf(vandaag.plusDays(i % 20 - 10)));
          opschaling.setLong(4, manager);
          opschaling.setLong(5, procesregisseur);
          opschaling.setTimestamp(6, toen);
          opschaling.setString(7, i % 100 == 0 ? "OPEN" : "BESLOTEN");
          opschaling.addBatch();
        }
        if (i % 1_000 == 999) {
          for (PreparedStatement p : alle) {
            p.executeBatch();
          }
        }
      }
      for (PreparedStatement p : alle) {
        p.executeBatch();
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
