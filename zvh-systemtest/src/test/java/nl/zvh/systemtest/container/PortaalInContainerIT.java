package nl.zvh.systemtest.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.termijn.Feestdagen;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.domain.model.termijn.Werkdagen;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Toegangspunt;
import nl.zvh.privacy.logboek.Verwerking;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Verwerkingsregel;
import nl.zvh.regie.aanmelding.AanmeldingFormulier;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.BetrokkeneInvoer;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Aanmeldingsdienst;
import nl.zvh.regie.aanmelding.Ontvangstbevestiging;
import nl.zvh.regie.beheer.GebruikerBeheer;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.Casusdienst;
import nl.zvh.regie.casus.Casuszoekvraag;
import nl.zvh.regie.infrastructuur.DemoGegevens;
import nl.zvh.regie.overzicht.Startoverzicht;
import nl.zvh.regie.privacy.Vernietiging;
import nl.zvh.regie.screening.Screening;
import nl.zvh.regie.screening.Screeningsdienst;
import nl.zvh.regie.screening.Screeningsstatus;
import nl.zvh.regie.screening.TriageAgenda;
import nl.zvh.regie.screening.Triagedienst;
import nl.zvh.regie.screening.UitvraagRegel;
import nl.zvh.regie.screening.Uitvraagdienst;
import nl.zvh.regie.screening.Uitvraagfilter;
import nl.zvh.regie.screening.Uitvraagherinneringen;
import nl.zvh.regie.screening.Uitvragen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the portal on Payara Micro: the schema came from Flyway, demo mode filled it, the identity
 * store checks PBKDF2 hashes and refuses inactive accounts, the services refuse callers without the
 * role, and the persistence unit detects stale updates through JTA. The portal's clock is a {@link
 * Testklok}: a test that depends on the date puts the portal at a moment of its choosing.
 */
@ExtendWith(ArquillianExtension.class)
class PortaalInContainerIT {

  @Deployment
  static WebArchive portaal() {
    File war = new File(System.getProperty("zvh.portaal.map"), "zvh-portaal.war");
    File[] greenMail =
        Arrays.stream(System.getProperty("zvh.greenmail.jars").split(","))
            .map(File::new)
            .toArray(File[]::new);
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(PortaalInContainerIT.class, PersistentieProbe.class, Testklok.class)
        .addAsLibraries(greenMail);
  }

  @Resource(lookup = "java:app/jdbc/zvh")
  private DataSource dataSource;

  @Resource private ManagedExecutorService uitvoerder;
  @Inject private Instance<RequestContextController> verzoeken;

  @Inject private IdentityStoreHandler identityStore;
  @Inject private OrganisatieBeheer organisatieBeheer;
  @Inject private GebruikerBeheer gebruikerBeheer;
  @Inject private Startoverzicht startoverzicht;
  @Inject private PersistentieProbe probe;
  @Inject private Verwerkingslogboek logboek;
  @Inject private CasusInzage casusInzage;
  @Inject private Vernietiging vernietiging;
  @Inject private Aanmeldingsdienst aanmeldingsdienst;
  @Inject private Aanmeldingen aanmeldingen;
  @Inject private Screeningsdienst screeningsdienst;
  @Inject private Triagedienst triagedienst;
  @Inject private Uitvraagdienst uitvraagdienst;
  @Inject private Casusdienst casusdienst;
  @Inject private Screening screening;
  @Inject private Uitvragen uitvragen;
  @Inject private Uitvraagherinneringen herinneringen;
  @Inject private Testklok klok;

  @AfterEach
  void terugNaarDeEchteTijd() {
    klok.loopWeer();
  }

  @Test
  void theSchemaWasBuiltByTheFlywayMigrations() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select \"version\", \"success\" from \"flyway_schema_history\""
                        + " where \"version\" = '1'")) {
      assertTrue(rs.next(), "V1 is in Flyway's history");
      assertTrue(rs.getBoolean(2));
    }
  }

  @Test
  void demoModeLoadedOneUserPerRoleAndTwoPartners() {
    assertEquals(6, probe.aantalGebruikers());
  }

  @Test
  void theIdentityStoreAcceptsTheRightPasswordAndGivesTheRoleAsGroup() {
    CredentialValidationResult resultaat =
        identityStore.validate(
            new UsernamePasswordCredential("regisseur", DemoGegevens.DEMO_WACHTWOORD));
    assertEquals(CredentialValidationResult.Status.VALID, resultaat.getStatus());
    assertEquals(Set.of("PROCESREGISSEUR"), resultaat.getCallerGroups());
  }

  @Test
  void theIdentityStoreRefusesAWrongPasswordAndAnUnknownUser() {
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential("regisseur", "Fout-wachtwoord-1"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore
            .validate(new UsernamePasswordCredential("niemand", DemoGegevens.DEMO_WACHTWOORD))
            .getStatus());
  }

  @Test
  void storedPasswordsArePbkdf2HashesNeverThePasswordItself() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select wachtwoord_hash from gebruiker")) {
      while (rs.next()) {
        String hash = rs.getString(1);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash.substring(0, 30));
        assertTrue(!hash.contains(DemoGegevens.DEMO_WACHTWOORD));
      }
    }
  }

  @Test
  void theServicesRefuseACallerWithoutTheirRole() {
    assertThrows(EJBAccessException.class, () -> organisatieBeheer.alle());
    assertThrows(EJBAccessException.class, () -> gebruikerBeheer.alle());
    assertThrows(EJBAccessException.class, () -> startoverzicht.aantallenPerStatus());
    assertThrows(
        EJBAccessException.class, () -> startoverzicht.recenteAanmeldingenVanEigenOrganisatie());
  }

  @Test
  void theProcessingLogWritesThroughJtaAndStaysIntact() {
    Actor actor = new Actor("regisseur", Rol.PROCESREGISSEUR, 1, "ZVH");
    Instant nu = Instant.now(klok);
    List<Verwerkingsregel> regels =
        logboek.registreer(
            new Verwerking(
                "4bf92f3577b34da6a3ce929d0e0e4736",
                "casus.inzien",
                Actie.RAADPLEGEN,
                "ZVH-VA-03",
                List.of(1L, 2L),
                actor,
                Toegangspunt.PORTAAL,
                "casus:1",
                "test",
                nu,
                nu,
                true));
    assertEquals(2, regels.size());
    assertEquals(regels.get(0).getVolgnummer() + 1, regels.get(1).getVolgnummer());
    assertTrue(logboek.controleerIntegriteit().isIntact());
  }

  @Test
  void theNightlyRetentionJobRunsOnceADayWhicheverInstanceFiresFirst() throws SQLException {
    Actor taak = new Actor("taak.bewaartermijn", Rol.PRIVACY_OFFICER, 1, "ZVH");
    LocalDate dag = LocalDate.of(2100, 1, 1).plusDays(System.nanoTime() % 10_000);
    vernietiging.dagelijks(taak, dag);
    assertEquals(dag, laatsteDagVanDeTaak(), "the first run of the day did the work");
    assertEquals(0, vernietiging.dagelijks(taak, dag), "a second run that day does nothing");
  }

  private LocalDate laatsteDagVanDeTaak() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select laatste_dag from taak_uitvoering where taak = 'bewaartermijn'")) {
      rs.next();
      return rs.getDate(1).toLocalDate();
    }
  }

  @Test
  void theCaseServiceRefusesACallerWithoutARole() {
    assertThrows(
        EJBAccessException.class, () -> casusInzage.casussen(Casuszoekvraag.nieuwsteEerst()));
    assertThrows(EJBAccessException.class, () -> casusInzage.lees(1));
  }

  @Test
  void aReferralIsSavedAsConceptSubmittedWithNumberAndDatesAndRefusedToOthers()
      throws SQLException {
    // Monday 11:59 Dutch time, one minute before the deadline of this week's triage.
    LocalDateTime voorDeDeadline = LocalDateTime.of(2030, 9, 9, 11, 59);
    klok.zet(voorDeDeadline);
    Actor politie = partner("partner.politie");
    Actor ggz = partner("partner.ggz");
    AanmeldingFormulier formulier = AanmeldingFormulier.leeg();
    BetrokkeneInvoer persoon = formulier.getBetrokkenen().get(0);
    persoon.setVoornamen("Arquilla");
    persoon.setAchternaam("Containeria");
    persoon.setGeboortedatum(LocalDate.of(1988, 8, 8));
    long casusId = aanmeldingsdienst.bewaarConcept(politie, formulier);

    assertThrows(GeenToegang.class, () -> aanmeldingsdienst.lees(ggz, casusId));
    DomeinRegelGeschonden onvolledig =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> aanmeldingsdienst.dienIn(politie, aanmeldingsdienst.lees(politie, casusId)));
    assertTrue(onvolledig.getMessage().contains("Vul de reden van de aanmelding in."));

    AanmeldingFormulier eerste = aanmeldingsdienst.lees(politie, casusId);
    AanmeldingFormulier tweede = aanmeldingsdienst.lees(politie, casusId);
    eerste.setReden("Overlast en schulden");
    eerste.setDoelIco("Een gezamenlijk plan");
    eerste.getProblemen().get(0).setOmschrijving("Schulden");
    eerste
        .getCriteria()
        .forEach(
            c -> {
              c.setVoldaan(true);
              c.setToelichting("Ja, omdat");
            });
    eerste.setBetrokkeneGeinformeerd(true);
    aanmeldingsdienst.bewaarConcept(politie, eerste);
    tweede.setReden("Een oudere kopie");
    assertThrows(
        GelijktijdigGewijzigd.class,
        () -> aanmeldingsdienst.bewaarConcept(politie, tweede),
        "a stale copy never overwrites the newer one");

    Ontvangstbevestiging bevestiging =
        aanmeldingsdienst.dienIn(politie, aanmeldingsdienst.lees(politie, casusId));
    assertTrue(bevestiging.nummer().matches("ZVH-\\d{4}-\\d{6}"), bevestiging.nummer());
    assertEquals(
        Triageplanning.STANDAARD.triagedatum(bevestiging.ontvangenOp().toInstant()),
        bevestiging.triagedatum());
    assertEquals(
        new Werkdagen(Feestdagen.zonderBesluiten())
            .na(bevestiging.ontvangenOp().atZoneSameInstant(Tijdzone.NEDERLAND).toLocalDate(), 5),
        bevestiging.contactUiterlijk());
    assertEquals(
        voorDeDeadline.atZone(Tijdzone.NEDERLAND).toInstant(),
        bevestiging.ontvangenOp().toInstant(),
        "received at the portal's moment");
    assertEquals(LocalDate.of(2030, 9, 10), bevestiging.triagedatum(), "Tuesday of that week");
    assertEquals(LocalDate.of(2030, 9, 16), bevestiging.contactUiterlijk(), "5 working days");
    assertTrue(bevestiging.voldoetAanCriteria());
    assertEquals(
        "Overlast en schulden",
        aanmeldingsdienst.weergave(politie, bevestiging.nummer()).formulier().getReden());
    assertThrows(GeenToegang.class, () -> aanmeldingsdienst.weergave(ggz, bevestiging.nummer()));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> aanmeldingsdienst.lees(politie, casusId),
        "a submitted referral is no longer a form to change");

    // At 12:00 the deadline has passed: the next week's triage; contact still in 5 working days.
    klok.zet(voorDeDeadline.plusMinutes(1));
    Ontvangstbevestiging naDeDeadline =
        aanmeldingsdienst.dienIn(politie, volledigFormulier("Twaalf", "Uur"));
    assertEquals(LocalDate.of(2030, 9, 17), naDeDeadline.triagedatum());
    assertEquals(LocalDate.of(2030, 9, 16), naDeDeadline.contactUiterlijk());
  }

  @Test
  void screeningUitvraagAndTriageRunThroughTheServicesAndRefuseStaleCopiesAndWrongCallers()
      throws SQLException {
    Actor politie = actor("partner.politie", Rol.KETENPARTNER);
    Actor ggz = actor("partner.ggz", Rol.KETENPARTNER);
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Ontvangstbevestiging bevestiging =
        aanmeldingsdienst.dienIn(politie, volledigFormulier("Screena", "Containerman"));
    long casusId = casusId(bevestiging.nummer());

    assertThrows(GeenToegang.class, () -> screeningsdienst.status(politie, casusId));
    Screeningsstatus gezien = screeningsdienst.status(regisseur, casusId);
    screeningsdienst.legContactVast(regisseur, casusId, gezien.versie(), "Gebeld");
    assertThrows(
        GelijktijdigGewijzigd.class,
        () -> screeningsdienst.agendeer(regisseur, casusId, gezien.versie()),
        "acting on what a colleague already changed");

    screeningsdienst.stuurUitvraag(
        regisseur,
        casusId,
        screeningsdienst.status(regisseur, casusId).versie(),
        List.of(ggz.organisatieId()),
        "Is zij bekend?",
        "Weging in de triage",
        LocalDate.now(klok).plusDays(2));
    UitvraagRegel uitvraag =
        uitvraagdienst.vanMijnOrganisatie(ggz).stream()
            .filter(r -> r.nummer().equals(bevestiging.nummer()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        uitvraagdienst.vanMijnOrganisatie(politie).stream()
            .noneMatch(r -> r.nummer().equals(bevestiging.nummer())),
        "only the organisation asked sees it");
    assertThrows(
        GeenToegang.class,
        () ->
            uitvraagdienst.antwoordZonderInformatie(
                politie,
                uitvraag.adresId(),
                uitvraag.versie(),
                UitvraagAdres.Antwoord.GEEN_INFORMATIE,
                "x"));
    uitvraagdienst.antwoordZonderInformatie(
        ggz,
        uitvraag.adresId(),
        uitvraag.versie(),
        UitvraagAdres.Antwoord.KAN_NIET_DELEN,
        "Beroepsgeheim");

    // An answer with information says who sees it; shared with the participants, the referrer does.
    screeningsdienst.stuurUitvraag(
        regisseur,
        casusId,
        screeningsdienst.status(regisseur, casusId).versie(),
        List.of(ggz.organisatieId()),
        "En nu?",
        "Weging in de triage",
        LocalDate.now(klok).plusDays(2));
    UitvraagRegel tweede =
        uitvraagdienst.vanMijnOrganisatie(ggz, Uitvraagfilter.OPEN).stream()
            .filter(r -> r.nummer().equals(bevestiging.nummer()))
            .findFirst()
            .orElseThrow();
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            uitvraagdienst.deelInformatie(
                ggz,
                tweede.adresId(),
                tweede.versie(),
                Informatiecategorie.ALGEMEEN,
                "Bekend bij de wijk-GGZ",
                null,
                null,
                null),
        "who sees the answer is chosen, never assumed");
    uitvraagdienst.deelInformatie(
        ggz,
        tweede.adresId(),
        tweede.versie(),
        Informatiecategorie.ALGEMEEN,
        "Bekend bij de wijk-GGZ",
        null,
        null,
        true);
    assertTrue(
        casusdienst.lees(politie, casusId).informatie().stream()
            .anyMatch(i -> "Bekend bij de wijk-GGZ".equals(i.inhoud())),
        "shared with the participants: the referrer sees it");

    screeningsdienst.agendeer(
        regisseur, casusId, screeningsdienst.status(regisseur, casusId).versie());
    TriageAgenda agenda = triagedienst.agenda(regisseur, bevestiging.triagedatum());
    TriageAgenda.Punt punt =
        agenda.punten().stream().filter(p -> p.casusId() == casusId).findFirst().orElseThrow();
    DomeinRegelGeschonden andereDag =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                triagedienst.besluit(
                    regisseur,
                    casusId,
                    punt.casusVersie(),
                    Triagebesluit.Uitkomst.NIET_VOOR_ZVH,
                    null,
                    null,
                    "Advies: het wijkteam",
                    bevestiging.triagedatum().plusWeeks(1)),
            "only the triage of its own date decides");
    assertTrue(andereDag.getMessage().contains("Leg het besluit vast op de agenda van die datum."));
    triagedienst.besluit(
        regisseur,
        casusId,
        punt.casusVersie(),
        Triagebesluit.Uitkomst.NIET_VOOR_ZVH,
        null,
        null,
        "Advies: het wijkteam",
        bevestiging.triagedatum());
    assertThrows(
        GelijktijdigGewijzigd.class,
        () ->
            triagedienst.besluit(
                regisseur,
                casusId,
                punt.casusVersie(),
                Triagebesluit.Uitkomst.OPGEPAKT,
                Triagebesluit.Route.ADVIES,
                null,
                "Toch oppakken",
                bevestiging.triagedatum()),
        "the second decision on the same version");
    assertEquals(CasusStatus.NIET_VOOR_ZVH, screeningsdienst.status(regisseur, casusId).status());
    assertEquals(
        "Advies: het wijkteam",
        aanmeldingsdienst.weergave(politie, bevestiging.nummer()).triagemotivering(),
        "the referrer sees the outcome");
    assertTrue(
        triagedienst
            .exporteer(regisseur, bevestiging.triagedatum())
            .contains(bevestiging.nummer()));
    assertThrows(EJBAccessException.class, () -> screening.werkvoorraad());
    assertThrows(EJBAccessException.class, () -> uitvragen.vanMijnOrganisatie());
  }

  @Test
  void aTriageAgendaOpenedByManyAtOnceIsMadeOnceAndAReferralAddedToAnotherDayTakesThatDate()
      throws Exception {
    Actor politie = actor("partner.politie", Rol.KETENPARTNER);
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    String nummer = null;
    for (int week = 0; week < 3; week++) {
      LocalDate datum = ongebruikteTriagedatum();
      nummer =
          aanmeldingsdienst.dienIn(politie, volledigFormulier("Gelijk", "Tijdig" + week)).nummer();
      long casusId = casusId(nummer);
      zetTriagedatum(casusId, datum);

      CyclicBarrier tegelijk = new CyclicBarrier(4);
      List<Future<TriageAgenda>> geopend = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        geopend.add(
            uitvoerder.submit(
                () -> {
                  // As a request of its own: the processing log reads the request's context.
                  RequestContextController verzoek = verzoeken.get();
                  verzoek.activate();
                  try {
                    tegelijk.await(10, TimeUnit.SECONDS);
                    return triagedienst.agenda(regisseur, datum);
                  } finally {
                    verzoek.deactivate();
                  }
                }));
      }
      for (Future<TriageAgenda> agenda : geopend) {
        assertEquals(
            List.of(casusId),
            agenda.get(30, TimeUnit.SECONDS).punten().stream()
                .map(TriageAgenda.Punt::casusId)
                .toList());
      }
      assertEquals(1, aantal("select count(*) from triageoverleg where datum = ?", datum));
    }

    // Put on the agenda of another day, the referral takes that day as its triage date.
    LocalDate andereDag = ongebruikteTriagedatum();
    TriageAgenda andere = triagedienst.agenda(regisseur, andereDag);
    triagedienst.voegToe(regisseur, andereDag, andere.versie(), nummer);
    assertEquals(
        andereDag,
        aanmeldingsdienst.weergave(politie, nummer).triagedatum(),
        "the referrer sees it");
    assertEquals(1, triagedienst.agenda(regisseur, andereDag).punten().size());
  }

  /** A day after every triage date in the database (which outlives a run of this class). */
  private LocalDate ongebruikteTriagedatum() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select max(d) from (select max(triagedatum) d from aanmelding"
                        + " union all select max(datum) d from triageoverleg) t")) {
      rs.next();
      LocalDate laatste = rs.getObject(1, LocalDate.class);
      return (laatste == null ? LocalDate.now(klok) : laatste).plusWeeks(1);
    }
  }

  @Test
  void aPartnerThatLetsAnUitvraagPassItsDateIsRemindedOnceByEMailAndOnTheTimeline()
      throws Exception {
    // The SMTP server the portal sends to (ZVH_SMTP_PORT), here inside Payara Micro.
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getenv("ZVH_SMTP_PORT")),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Actor politie = actor("partner.politie", Rol.KETENPARTNER);
      Actor ggz = actor("partner.ggz", Rol.KETENPARTNER);
      Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
      // The portal on a Monday morning, another one each run: the database outlives a run, and
      // the daily job runs once on a day.
      klok.zet(
          LocalDate.of(2100, 1, 4)
              .plusWeeks(Math.floorMod(System.nanoTime(), 5_000))
              .atTime(10, 0));
      String nummer =
          aanmeldingsdienst.dienIn(politie, volledigFormulier("Herinna", "Laatkomer")).nummer();
      long casusId = casusId(nummer);
      LocalDate uiterlijk = LocalDate.now(klok).plusDays(1);
      screeningsdienst.stuurUitvraag(
          regisseur,
          casusId,
          screeningsdienst.status(regisseur, casusId).versie(),
          List.of(ggz.organisatieId()),
          "Is hij bekend?",
          "Weging in de triage",
          uiterlijk);
      UitvraagRegel gezien = uitvraagVan(ggz, nummer);

      klok.zet(uiterlijk.atTime(7, 30));
      herinneringen.herinner();
      assertFalse(herinnerd(regisseur, casusId), "on the day itself it is not overdue yet");
      klok.verzet(Duration.ofDays(1));
      assertTrue(herinneringen.herinner() >= 1);
      assertTrue(herinnerd(regisseur, casusId), "on the timeline");
      assertEquals(0, herinneringen.herinner(), "once, not every run");
      klok.verzet(Duration.ofDays(1));
      assertEquals(0, herinneringen.dagelijks(), "the daily job finds none left");

      MimeMessage herinnering =
          wachtOpBericht(smtp, "Herinnering: uitvraag van het ZVH over casus " + nummer);
      assertEquals("partner.ggz@example.nl", herinnering.getAllRecipients()[0].toString());
      String tekst = GreenMailUtil.getBody(herinnering);
      assertTrue(tekst.contains("/partner/uitvragen.xhtml"), tekst);
      assertFalse(tekst.contains("Laatkomer") || tekst.contains("Herinna"), "no personal data");

      // The partner answers on the version seen before the reminder: no conflict over it.
      uitvraagdienst.antwoordZonderInformatie(
          ggz,
          gezien.adresId(),
          gezien.versie(),
          UitvraagAdres.Antwoord.GEEN_INFORMATIE,
          "Onbekend");
    } finally {
      smtp.stop();
    }
  }

  private boolean herinnerd(Actor regisseur, long casusId) {
    return screeningsdienst.status(regisseur, casusId).tijdlijn().stream()
        .anyMatch(r -> r.sleutel().equals("gebeurtenis.UITVRAAG_HERINNERD"));
  }

  private static MimeMessage wachtOpBericht(GreenMail smtp, String onderwerp)
      throws InterruptedException {
    for (int poging = 0; poging < 50; poging++) {
      Optional<MimeMessage> bericht =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> onderwerp(m).equals(onderwerp))
              .findFirst();
      if (bericht.isPresent()) {
        return bericht.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Geen e-mail met onderwerp: " + onderwerp);
  }

  private UitvraagRegel uitvraagVan(Actor organisatie, String nummer) {
    return uitvraagdienst.vanMijnOrganisatie(organisatie).stream()
        .filter(r -> r.nummer().equals(nummer))
        .findFirst()
        .orElseThrow();
  }

  private static String onderwerp(MimeMessage bericht) {
    try {
      return bericht.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void zetTriagedatum(long casusId, LocalDate datum) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update aanmelding set triagedatum = ? where casus_id = ?")) {
      update.setObject(1, datum);
      update.setLong(2, casusId);
      assertEquals(1, update.executeUpdate());
    }
  }

  private long aantal(String sql, Object parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static AanmeldingFormulier volledigFormulier(String voornaam, String achternaam) {
    AanmeldingFormulier formulier = AanmeldingFormulier.leeg();
    BetrokkeneInvoer persoon = formulier.getBetrokkenen().get(0);
    persoon.setVoornamen(voornaam);
    persoon.setAchternaam(achternaam);
    persoon.setGeboortedatum(LocalDate.of(1985, 5, 5));
    formulier.setReden("Overlast");
    formulier.setDoelIco("Een plan");
    formulier.getProblemen().get(0).setOmschrijving("Schulden");
    formulier
        .getCriteria()
        .forEach(
            c -> {
              c.setVoldaan(true);
              c.setToelichting("Ja");
            });
    formulier.setBetrokkeneGeinformeerd(true);
    return formulier;
  }

  private long casusId(String nummer) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement("select id from casus where nummer = ?")) {
      query.setString(1, nummer);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theReferralServiceRefusesACallerWithoutThePartnerRole() {
    assertThrows(EJBAccessException.class, () -> aanmeldingen.partnerorganisaties());
    assertThrows(EJBAccessException.class, () -> aanmeldingen.dienIn(AanmeldingFormulier.leeg()));
  }

  private Actor partner(String gebruikersnaam) throws SQLException {
    return actor(gebruikersnaam, Rol.KETENPARTNER);
  }

  private Actor actor(String gebruikersnaam, Rol rol) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select o.id, o.naam from gebruiker g join organisatie o on o.id = g.organisatie_id"
                    + " where g.gebruikersnaam = ?")) {
      query.setString(1, gebruikersnaam);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return new Actor(gebruikersnaam, rol, rs.getLong(1), rs.getString(2));
      }
    }
  }

  @Test
  void aStaleCopyCannotOverwriteANewerVersion() {
    String naam = "Gemeente Versietest " + System.nanoTime();
    long id = probe.bewaarOrganisatie(naam);
    Organisatie eerste = probe.lees(id);
    Organisatie tweede = probe.lees(id);

    probe.wijzigNaam(eerste, naam + " (eerste)");
    EJBException fout =
        assertThrows(EJBException.class, () -> probe.wijzigNaam(tweede, naam + " (tweede)"));
    assertTrue(heeftOorzaak(fout, "OptimisticLockException"), String.valueOf(fout));
    assertEquals(naam + " (eerste)", probe.lees(id).getNaam());
  }

  /** JPA's or EclipseLink's own exception of that name, wherever it is in the chain. */
  private static boolean heeftOorzaak(Throwable fout, String naam) {
    for (Throwable t = fout; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals(naam)) {
        return true;
      }
    }
    return false;
  }
}
