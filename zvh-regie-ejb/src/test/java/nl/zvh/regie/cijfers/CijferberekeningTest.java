package nl.zvh.regie.cijfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.cijfers.Managementcijfers.Doorlooptijd;
import nl.zvh.regie.cijfers.Managementcijfers.Maand;
import nl.zvh.regie.cijfers.Managementcijfers.Rij;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The management figures against a known data set in the year 2061, which no other test uses, on
 * both databases. The rows are written as the portal stores them, with moments chosen around
 * midnight so that a figure taken in UTC instead of Dutch time would differ. Every figure is
 * checked as the manager sees it: a number, 0, or "&lt; 5".
 */
class CijferberekeningTest {

  private static final long B = 2_061_000_000L;

  /** "Today" for the figures: after the period, so that open escalations can be late. */
  private static final Clock KLOK =
      Clock.fixed(Instant.parse("2062-01-15T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

  private static final LocalDate VAN = LocalDate.of(2061, 1, 1);
  private static final LocalDate TOT = LocalDate.of(2061, 12, 31);

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void theFiguresOfAKnownDataSet(TestDatabase.Soort soort) {
    TestDatabase database = GedeeldeTestdatabase.van(soort);
    long inUitvoeringVoor =
        database.<Long>inTransactie(
            "zvh",
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from casus where status = 'IN_UITVOERING'")
                            .getSingleResult())
                    .longValue());
    String a = "Politie Cijfers " + soort;
    String g = "GGZ Cijfers " + soort;
    database.<Object>inTransactie(
        "zvh",
        em -> {
          vul(em, a, g);
          return null;
        });

    Managementcijfers c = bereken(database, VAN, TOT);

    // Referrals: January 6, February 3, March 5 (one at 00:30 on 1 March, still February in UTC);
    // the concept and the referral of December 2060 are not counted.
    assertEquals(12, c.aanmeldingenPerMaand().size());
    // February is the one small month: the smallest other one is hidden too, or the total minus the
    // others would tell February.
    assertEquals("6", maand(c, 2061, 1));
    assertEquals("< 5", maand(c, 2061, 2));
    assertEquals("≥ 5", maand(c, 2061, 3));
    assertEquals("0", maand(c, 2061, 4));
    assertEquals("14", c.aanmeldingenTotaal().tekst());
    assertEquals(List.of(g + "=< 5", a + "=≥ 5"), rijen(c.aanmeldingenPerOrganisatie()));

    assertEquals(List.of("NIET_VOOR_ZVH=< 5", "OPGEPAKT=≥ 5"), rijen(c.triageuitkomsten()));
    assertEquals(
        List.of(
            "UITVRAAG_EN_BRIEFING=5",
            "KOPPELING_PARTNER=< 5",
            "ADVIES=< 5",
            "ANDERE_OVERLEGTAFEL=0"),
        rijen(c.triageroutes()));

    assertEquals(Cel.aantal(inUitvoeringVoor + 2), c.inUitvoeringNu());
    assertEquals("< 5", gestart(c, 2061, 1));
    assertEquals("< 5", gestart(c, 2061, 2));
    assertEquals("0", gestart(c, 2061, 9), "a second start does not count");

    // Referral to triage: 5 5 6 6 6 6 6 7 8 8 9 12 days: median 6, 90th percentile 9.
    assertEquals("12 6 9", doorloop(c, Managementcijfers.Doorloop.AANMELDING_TOT_TRIAGE));
    // Triage to the first ICO held: 10 14 14 21 30; a cancelled one and a second ICO do not count.
    assertEquals("5 14 30", doorloop(c, Managementcijfers.Doorloop.TRIAGE_TOT_ICO));
    // Three closings after uitvoering: too few for a median.
    assertEquals("< 5 < 5 < 5", doorloop(c, Managementcijfers.Doorloop.DUUR_UITVOERING));

    Managementcijfers.Actiepunten ap = c.actiepunten();
    assertEquals("11", ap.verschuldigd().tekst());
    assertEquals("6", ap.opTijd().tekst());
    assertEquals("< 5", ap.teLaat().tekst());
    assertEquals("< 5", ap.nietGereed().tekst());
    assertEquals("54,5", ap.percentageOpTijd().tekst());

    assertEquals(
        List.of("OPEN=< 5", "AFGEHANDELD=5", "OPGESCHAALD_NAAR_MANAGER=< 5"),
        rijen(c.escalaties()));
    assertEquals(
        List.of(
            "BESLOTEN_DOOR_MANAGER=5", "BESLOTEN_VIA_BESTUUR=< 5", "BIJ_BESTUUR=< 5", "OPEN=< 5"),
        rijen(c.opschalingen()));
    assertEquals("5", c.opschalingenTeLaat().tekst());

    assertEquals(
        List.of(
            "DOEL_BEREIKT=< 5",
            "DOEL_DEELS_BEREIKT=< 5",
            "DOEL_NIET_BEREIKT=0",
            "REGULIERE_ZORG=0",
            "ANDERE_ROUTE=0",
            "NIET_VOOR_ZVH=< 5",
            "KOPPELING_PARTNER=0",
            "ADVIES=0",
            "ANDERE_OVERLEGTAFEL=0"),
        rijen(c.afsluitingen()),
        "a reopened closing is not counted");

    // January alone.
    Managementcijfers januari = bereken(database, VAN, LocalDate.of(2061, 1, 31));
    assertEquals(1, januari.aanmeldingenPerMaand().size());
    assertEquals("6", januari.aanmeldingenTotaal().tekst());
    assertEquals(List.of(a + "=6"), rijen(januari.aanmeldingenPerOrganisatie()));
    assertEquals(List.of("NIET_VOOR_ZVH=< 5", "OPGEPAKT=≥ 5"), rijen(januari.triageuitkomsten()));
    assertEquals("0", januari.actiepunten().verschuldigd().tekst());
    assertEquals("–", januari.actiepunten().percentageOpTijd().tekst());
    // One first ICO in January (case 3, on the 31st): its lead time is not shown.
    assertEquals("< 5 < 5 < 5", doorloop(januari, Managementcijfers.Doorloop.TRIAGE_TOT_ICO));
    assertEquals("0 – –", doorloop(januari, Managementcijfers.Doorloop.DUUR_UITVOERING));

    // December 2060 and January 2061: the referral of December 2060 comes in.
    Managementcijfers rond =
        bereken(database, LocalDate.of(2060, 12, 1), LocalDate.of(2061, 1, 31));
    assertEquals(
        List.of("2060-12=< 5", "2061-01=≥ 5"),
        rond.aanmeldingenPerMaand().stream().map(m -> m.maand() + "=" + m.aantal()).toList());

    assertThrows(
        IllegalArgumentException.class,
        () -> bereken(database, TOT, VAN),
        "a period that ends before it begins");
  }

  private static Managementcijfers bereken(TestDatabase db, LocalDate van, LocalDate tot) {
    return db.inTransactie("zvh", em -> new Cijferberekening(em, KLOK).bereken(van, tot));
  }

  private static String maand(Managementcijfers c, int jaar, int maand) {
    return vind(c.aanmeldingenPerMaand(), YearMonth.of(jaar, maand));
  }

  private static String gestart(Managementcijfers c, int jaar, int maand) {
    return vind(c.gestartPerMaand(), YearMonth.of(jaar, maand));
  }

  private static String vind(List<Maand> maanden, YearMonth m) {
    return maanden.stream()
        .filter(x -> x.maand().equals(m))
        .findFirst()
        .orElseThrow()
        .aantal()
        .tekst();
  }

  private static List<String> rijen(List<Rij> rijen) {
    return rijen.stream().map(r -> r.sleutel() + "=" + r.aantal().tekst()).toList();
  }

  private static String doorloop(Managementcijfers c, Managementcijfers.Doorloop soort) {
    Doorlooptijd d =
        c.doorlooptijden().stream().filter(x -> x.soort() == soort).findFirst().orElseThrow();
    return d.aantal().tekst() + " " + d.mediaan().tekst() + " " + d.p90().tekst();
  }

  // ---- The data set.

  private static String ts(String moment) {
    return "timestamp with time zone '" + moment + "'";
  }

  private static String d(String datum) {
    return "date '" + datum + "'";
  }

  private static void sql(EntityManager em, String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }

  /** Case i (1..16) of organisation org, submitted at that moment (null: a concept). */
  private static void casus(EntityManager em, int i, long org, String status, String ingediend) {
    sql(
        em,
        "insert into casus (id, versie, nummer, status, aanmeldende_organisatie_id, aangemaakt_op)"
            + " values ("
            + (B + 100 + i)
            + ", 1, "
            + (ingediend == null ? "null" : "'CIJ-2061-" + i + "'")
            + ", '"
            + status
            + "', "
            + org
            + ", "
            + ts(ingediend == null ? "2061-01-10 10:00:00+01:00" : ingediend)
            + ")");
    sql(
        em,
        "insert into aanmelding (casus_id, aanmelder, ingediend_op) values ("
            + (B + 100 + i)
            + ", 'agent', "
            + (ingediend == null ? "null" : ts(ingediend))
            + ")");
  }

  private static void besluit(EntityManager em, int i, String uitkomst, String route, String op) {
    sql(
        em,
        "update casus set besluit_uitkomst = '"
            + uitkomst
            + "', besluit_route = "
            + (route == null ? "null" : "'" + route + "'")
            + ", besluit_motivering = 'm', besluit_triagedatum = "
            + d(op)
            + " where id = "
            + (B + 100 + i));
  }

  private static int volgnummer = 0;

  private static long volgende() {
    return B + 10_000 + ++volgnummer;
  }

  private static void overleg(EntityManager em, int i, int nummer, String status, String datum) {
    long id = volgende();
    sql(
        em,
        "insert into overleg (id, versie, casus_id, nummer, uid, reeks, status, datum, begintijd,"
            + " eindtijd, locatie, voorzitter_id, agenda, gepland_door, gepland_op,"
            + " betrokkene_uitgenodigd) values ("
            + id
            + ", 1, "
            + (B + 100 + i)
            + ", "
            + nummer
            + ", 'cijfers-"
            + id
            + "', 0, '"
            + status
            + "', "
            + d(datum)
            + ", time '10:00:00', time '11:00:00', 'Zaal', "
            + (B + 3)
            + ", 'Agenda', 'regisseur', "
            + ts("2061-01-01 10:00:00+01:00")
            + ", false)");
  }

  private static void overgang(EntityManager em, int i, String naar, String op) {
    sql(
        em,
        "insert into status_overgang (id, casus_id, van_status, naar_status, tijdstip,"
            + " door_gebruiker) values ("
            + volgende()
            + ", "
            + (B + 100 + i)
            + ", 'OPGEPAKT', '"
            + naar
            + "', "
            + ts(op)
            + ", 'regisseur')");
  }

  private static void afsluiting(
      EntityManager em, int i, String resultaat, String op, String heropend) {
    sql(
        em,
        "insert into procesregie_afsluiting (id, versie, casus_id, resultaat, afgesloten_door,"
            + " afgesloten_op, heropend_reden, heropend_door, heropend_op) values ("
            + volgende()
            + ", 1, "
            + (B + 100 + i)
            + ", '"
            + resultaat
            + "', 'regisseur', "
            + ts(op)
            + ", "
            + (heropend == null ? "null, null, null" : "'r', 'regisseur', " + ts(heropend))
            + ")");
  }

  private static void actiepunt(
      EntityManager em,
      boolean vastgesteld,
      String deadline,
      String status,
      Function<Long, String> gereedOp) {
    long id = volgende();
    sql(
        em,
        "insert into plan_actiepunt (id, versie, plan_id, nummer, omschrijving, eigenaar_id,"
            + " deadline, status, vastgesteld) values ("
            + id
            + ", 1, "
            + (B + 501)
            + ", "
            + volgnummer
            + ", 'Actie', "
            + (B + 1)
            + ", "
            + d(deadline)
            + ", '"
            + status
            + "', "
            + vastgesteld
            + ")");
    String op = gereedOp.apply(id);
    if (op != null) {
      sql(
          em,
          "insert into plan_terugkoppeling (id, actiepunt_id, casus_id, soort, gebruiker_id,"
              + " organisatie_id, tijdstip) values ("
              + volgende()
              + ", "
              + id
              + ", "
              + (B + 101)
              + ", 'GEREED', "
              + (B + 3)
              + ", "
              + (B + 1)
              + ", "
              + ts(op)
              + ")");
    }
  }

  private static void actiepunt(EntityManager em, String deadline, String status, String gereed) {
    actiepunt(em, true, deadline, status, id -> gereed);
  }

  private static long escalatie(EntityManager em, String status, String op) {
    long id = volgende();
    sql(
        em,
        "insert into uitvoering_escalatie (id, versie, plan_id, reden, ingediend_door_id,"
            + " ingediend_op, status) values ("
            + id
            + ", 1, "
            + (B + 501)
            + ", 'Reden', "
            + (B + 3)
            + ", "
            + ts(op)
            + ", '"
            + status
            + "')");
    return id;
  }

  private static void opschaling(
      EntityManager em,
      Long escalatie,
      String status,
      String uiterlijk,
      String beslotenOp,
      String naarBestuurOp) {
    sql(
        em,
        "insert into procesregie_opschaling (id, versie, casus_id, escalatie_id, vraag, reden,"
            + " geprobeerd, antwoord_uiterlijk, manager_id, ingediend_door_id, ingediend_op,"
            + " status, besloten_op, naar_bestuur_op) values ("
            + volgende()
            + ", 1, "
            + (B + 101)
            + ", "
            + escalatie
            + ", 'Vraag', 'Reden', 'Geprobeerd', "
            + d(uiterlijk)
            + ", "
            + (B + 3)
            + ", "
            + (B + 3)
            + ", "
            + ts("2061-04-10 10:00:00+02:00")
            + ", '"
            + status
            + "', "
            + (beslotenOp == null ? "null" : ts(beslotenOp))
            + ", "
            + (naarBestuurOp == null ? "null" : ts(naarBestuurOp))
            + ")");
  }

  private static void vul(EntityManager em, String naamA, String naamG) {
    long a = B + 1;
    long g = B + 2;
    sql(
        em,
        "insert into organisatie (id, versie, naam, type, convenant_lid_vanaf) values ("
            + a
            + ", 1, '"
            + naamA
            + "', 'POLITIE', "
            + d("2060-01-01")
            + "), ("
            + g
            + ", 1, '"
            + naamG
            + "', 'GGZ', "
            + d("2060-01-01")
            + ")");
    sql(
        em,
        "insert into gebruiker (id, versie, gebruikersnaam, naam, email, rol, organisatie_id,"
            + " actief, wachtwoord_hash) values ("
            + (B + 3)
            + ", 1, 'cijfers."
            + naamA.hashCode()
            + "', 'Cijfers', 'cijfers@example.org', 'MANAGER', "
            + a
            + ", true, 'x')");

    // Referrals.
    String januari = "2061-01-15 12:00:00+01:00";
    casus(em, 1, a, "AFGESLOTEN", januari);
    casus(em, 2, a, "AFGESLOTEN", januari);
    casus(em, 3, a, "AFGESLOTEN", januari);
    casus(em, 4, a, "IN_UITVOERING", januari);
    casus(em, 5, a, "IN_UITVOERING", januari);
    casus(em, 6, a, "AFGESLOTEN", januari);
    String februari = "2061-02-15 12:00:00+01:00";
    casus(em, 7, g, "AFGESLOTEN", februari);
    casus(em, 8, g, "AFGESLOTEN", februari);
    casus(em, 9, g, "OPGEPAKT", februari);
    String maart = "2061-03-15 12:00:00+01:00";
    casus(em, 10, a, "OPGEPAKT", maart);
    casus(em, 11, a, "OPGEPAKT", maart);
    casus(em, 12, a, "OPGEPAKT", maart);
    casus(em, 13, g, "AANGEMELD", maart);
    // 1 March, 00:30 in the Netherlands; still 28 February in UTC.
    casus(em, 14, a, "AANGEMELD", "2061-02-28 23:30:00+00:00");
    casus(em, 15, a, "AANGEMELD", "2060-12-20 12:00:00+01:00");
    casus(em, 16, a, "CONCEPT", null);

    // Triage: days after the referral 5 5 6 7 12 | 6 | 8 8 9 | 6 6 6.
    besluit(em, 1, "OPGEPAKT", "UITVRAAG_EN_BRIEFING", "2061-01-20");
    besluit(em, 2, "OPGEPAKT", "UITVRAAG_EN_BRIEFING", "2061-01-20");
    besluit(em, 3, "OPGEPAKT", "UITVRAAG_EN_BRIEFING", "2061-01-21");
    besluit(em, 4, "OPGEPAKT", "UITVRAAG_EN_BRIEFING", "2061-01-22");
    besluit(em, 5, "OPGEPAKT", "UITVRAAG_EN_BRIEFING", "2061-01-27");
    besluit(em, 6, "NIET_VOOR_ZVH", null, "2061-01-21");
    besluit(em, 7, "NIET_VOOR_ZVH", null, "2061-02-23");
    besluit(em, 8, "NIET_VOOR_ZVH", null, "2061-02-23");
    besluit(em, 9, "OPGEPAKT", "ADVIES", "2061-02-24");
    besluit(em, 10, "OPGEPAKT", "KOPPELING_PARTNER", "2061-03-21");
    besluit(em, 11, "OPGEPAKT", "KOPPELING_PARTNER", "2061-03-21");
    besluit(em, 12, "OPGEPAKT", "KOPPELING_PARTNER", "2061-03-21");

    // First ICO held, days after the triage: 14 21 10 30 14.
    overleg(em, 1, 1, "GEHOUDEN", "2061-02-03");
    overleg(em, 1, 2, "GEHOUDEN", "2061-03-03");
    overleg(em, 2, 1, "GEANNULEERD", "2061-01-23");
    overleg(em, 2, 2, "GEHOUDEN", "2061-02-10");
    overleg(em, 3, 1, "GEHOUDEN", "2061-01-31");
    overleg(em, 4, 1, "GEHOUDEN", "2061-02-21");
    overleg(em, 5, 1, "GEHOUDEN", "2061-02-10");
    overleg(em, 5, 2, "GEPLAND", "2061-01-30");

    // Into uitvoering at the first ICO; case 1 again after reopening in September.
    overgang(em, 1, "IN_UITVOERING", "2061-02-03 12:00:00+01:00");
    overgang(em, 2, "IN_UITVOERING", "2061-02-10 12:00:00+01:00");
    overgang(em, 3, "IN_UITVOERING", "2061-01-31 12:00:00+01:00");
    overgang(em, 4, "IN_UITVOERING", "2061-02-21 12:00:00+01:00");
    overgang(em, 5, "IN_UITVOERING", "2061-02-10 12:00:00+01:00");
    overgang(em, 1, "IN_UITVOERING", "2061-09-01 12:00:00+02:00");

    // Closings: three after uitvoering, two not for the ZVH; one reopened.
    afsluiting(em, 1, "DOEL_BEREIKT", "2061-08-03 12:00:00+02:00", "2061-09-01 12:00:00+02:00");
    afsluiting(em, 1, "DOEL_BEREIKT", "2061-10-03 12:00:00+02:00", null);
    afsluiting(em, 2, "DOEL_BEREIKT", "2061-06-10 12:00:00+02:00", null);
    afsluiting(em, 3, "DOEL_DEELS_BEREIKT", "2061-07-31 12:00:00+02:00", null);
    afsluiting(em, 6, "NIET_VOOR_ZVH", "2061-01-25 12:00:00+01:00", null);
    afsluiting(em, 7, "NIET_VOOR_ZVH", "2061-02-25 12:00:00+01:00", null);
    afsluiting(
        em, 8, "DOEL_NIET_BEREIKT", "2061-03-25 12:00:00+01:00", "2061-03-26 12:00:00+01:00");

    // Actiepunten of the plan of case 1.
    sql(
        em,
        "insert into plan_van_aanpak (id, versie, casus_id, laatste_nummer) values ("
            + (B + 501)
            + ", 1, "
            + (B + 101)
            + ", 20)");
    actiepunt(em, "2061-03-01", "GEREED", "2061-02-28 12:00:00+01:00");
    actiepunt(em, "2061-03-01", "GEREED", "2061-03-01 23:00:00+01:00");
    // 2 March 00:30 in the Netherlands: late, though still 1 March in UTC.
    actiepunt(em, "2061-03-01", "GEREED", "2061-03-01 23:30:00+00:00");
    actiepunt(em, "2061-04-01", "GEREED", "2061-03-20 12:00:00+01:00");
    actiepunt(em, "2061-04-01", "GEREED", "2061-04-01 12:00:00+02:00");
    actiepunt(em, "2061-04-01", "GEREED", "2061-04-10 12:00:00+02:00");
    actiepunt(em, "2061-05-01", "GEREED", "2061-04-30 12:00:00+02:00");
    actiepunt(em, "2061-05-01", "IN_UITVOERING", null);
    actiepunt(em, "2061-05-01", "OPEN", null);
    actiepunt(em, "2061-05-01", "LUKT_NIET", null);
    actiepunt(em, "2061-05-01", "GEREED", "2061-05-01 12:00:00+02:00");
    actiepunt(em, false, "2061-05-01", "GEREED", id -> "2061-04-01 12:00:00+02:00");
    actiepunt(em, "2061-05-01", "VERVALLEN", null);
    actiepunt(em, "2062-01-10", "GEREED", "2061-12-01 12:00:00+01:00");

    // Escalations by the casusregisseur: 2 open, 5 handled, one of them taken to the manager.
    long e1 = escalatie(em, "AFGEHANDELD", "2061-04-01 12:00:00+02:00");
    escalatie(em, "AFGEHANDELD", "2061-04-02 12:00:00+02:00");
    escalatie(em, "AFGEHANDELD", "2061-04-03 12:00:00+02:00");
    escalatie(em, "AFGEHANDELD", "2061-04-04 12:00:00+02:00");
    escalatie(em, "AFGEHANDELD", "2061-04-05 12:00:00+02:00");
    escalatie(em, "OPEN", "2061-04-06 12:00:00+02:00");
    escalatie(em, "OPEN", "2061-04-07 12:00:00+02:00");
    escalatie(em, "OPEN", "2060-04-07 12:00:00+02:00");

    // Escalations to the manager; late: 2, 3 (00:30 on 2 May in the Netherlands), 7, 8, 10.
    opschaling(em, e1, "BESLOTEN", "2061-05-01", "2061-04-20 12:00:00+02:00", null);
    opschaling(em, null, "BESLOTEN", "2061-05-01", "2061-05-03 12:00:00+02:00", null);
    opschaling(em, null, "BESLOTEN", "2061-05-01", "2061-05-01 22:30:00+00:00", null);
    opschaling(em, null, "BESLOTEN", "2061-05-01", "2061-05-01 21:30:00+00:00", null);
    opschaling(em, null, "BESLOTEN", "2061-05-01", "2061-04-11 12:00:00+02:00", null);
    opschaling(
        em,
        null,
        "BESLOTEN",
        "2061-05-01",
        "2061-06-20 12:00:00+02:00",
        "2061-04-30 12:00:00+02:00");
    opschaling(em, null, "BIJ_BESTUUR", "2061-05-01", null, "2061-05-05 12:00:00+02:00");
    opschaling(em, null, "OPEN", "2061-06-01", null, null);
    opschaling(em, null, "OPEN", "2062-02-01", null, null);
    opschaling(em, null, "OPEN", "2061-12-31", null, null);
  }
}
