package nl.zvh.systemtest.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.termijn.Feestdagen;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.domain.model.termijn.Werkdagen;
import nl.zvh.domain.model.uitvoering.Signaal;
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
import nl.zvh.regie.beheer.GebruikerGegevens;
import nl.zvh.regie.beheer.Gebruikersdienst;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.Casusdienst;
import nl.zvh.regie.casus.Casusrij;
import nl.zvh.regie.casus.Casuszoekvraag;
import nl.zvh.regie.casus.Deelnemersrol;
import nl.zvh.regie.cijfers.Cel;
import nl.zvh.regie.cijfers.Cijferdienst;
import nl.zvh.regie.cijfers.Managementcijfers;
import nl.zvh.regie.cijfers.Managementinformatie;
import nl.zvh.regie.infrastructuur.DemoGegevens;
import nl.zvh.regie.overdracht.CasusregieNodig;
import nl.zvh.regie.overdracht.Casusregiebewaking;
import nl.zvh.regie.overdracht.Casusregiestand;
import nl.zvh.regie.overdracht.Overdrachtdienst;
import nl.zvh.regie.overdracht.Overdrachtweergave;
import nl.zvh.regie.overleg.OverlegWeergave;
import nl.zvh.regie.overleg.Overlegdienst;
import nl.zvh.regie.overleg.Overlegplanning;
import nl.zvh.regie.overleg.PlanWeergave;
import nl.zvh.regie.overleg.Plandienst;
import nl.zvh.regie.overleg.Planinvoer;
import nl.zvh.regie.overleg.Scoreinvoer;
import nl.zvh.regie.overleg.Veiligheidsinvoer;
import nl.zvh.regie.overleg.Verslagdienst;
import nl.zvh.regie.overzicht.Startoverzicht;
import nl.zvh.regie.overzicht.Startoverzichtdienst;
import nl.zvh.regie.privacy.Vernietiging;
import nl.zvh.regie.procesregie.overzicht.Aandachtfilter;
import nl.zvh.regie.procesregie.overzicht.Contactmomentdienst;
import nl.zvh.regie.procesregie.overzicht.Contactmomenten;
import nl.zvh.regie.procesregie.overzicht.Contactmomentweergave;
import nl.zvh.regie.procesregie.overzicht.Procesregieoverzicht;
import nl.zvh.regie.procesregie.overzicht.Procesregieoverzichtdienst;
import nl.zvh.regie.procesregie.overzicht.Procesregieregel;
import nl.zvh.regie.procesregie.overzicht.Procesregievraag;
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
import nl.zvh.regie.uitvoering.Aandacht;
import nl.zvh.regie.uitvoering.ActiepuntWeergave;
import nl.zvh.regie.uitvoering.UitvoeringWeergave;
import nl.zvh.regie.uitvoering.Uitvoeringsdienst;
import nl.zvh.regie.werklijst.ActiepuntRegel;
import nl.zvh.regie.werklijst.Actiepuntfilter;
import nl.zvh.regie.werklijst.Actiepuntvraag;
import nl.zvh.regie.werklijst.Toewijzing;
import nl.zvh.regie.werklijst.Werklijstdienst;
import nl.zvh.regie.werklijst.Werklijsten;
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
  @Inject private Overlegdienst overlegdienst;
  @Inject private Verslagdienst verslagdienst;
  @Inject private Plandienst plandienst;
  @Inject private Uitvoeringsdienst uitvoeringsdienst;
  @Inject private Testklok klok;
  @Inject private Werklijstdienst werklijstdienst;
  @Inject private Werklijsten werklijsten;
  @Inject private Startoverzichtdienst startoverzichtdienst;
  // Management figures (issue 13, item 6).
  @Inject private Cijferdienst cijferdienst;
  @Inject private Managementinformatie managementinformatie;

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
  void demoModeLoadedOneUserPerRoleAndTwoPartners() throws SQLException {
    // Stories of this class may add users of their own, at example.org.
    assertEquals(
        6,
        probe.aantalGebruikers()
            - aantal("select count(*) from gebruiker where email like ?", "%@example.org"));
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
    GreenMail smtp = smtpServer();
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

  /** The SMTP server the portal sends to (ZVH_SMTP_PORT), here inside Payara Micro; started. */
  private static GreenMail smtpServer() {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getenv("ZVH_SMTP_PORT")),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  private static MimeMessage wachtOpBericht(GreenMail smtp, String onderwerp)
      throws InterruptedException {
    return wachtOpBericht(smtp, null, onderwerp);
  }

  /** The first mail with this subject to this address (to anyone when null), once it arrived. */
  private static MimeMessage wachtOpBericht(GreenMail smtp, String aan, String onderwerp)
      throws InterruptedException {
    for (int poging = 0; poging < 50; poging++) {
      Optional<MimeMessage> bericht =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> onderwerp(m).equals(onderwerp))
              .filter(m -> aan == null || ontvanger(m).equals(aan))
              .findFirst();
      if (bericht.isPresent()) {
        return bericht.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Geen e-mail aan " + aan + " met onderwerp: " + onderwerp);
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

  private static String ontvanger(MimeMessage bericht) {
    try {
      return bericht.getAllRecipients()[0].toString();
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

  private long aantal(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
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

  // ---- The ICO and the plan van aanpak, through the services with real actors.

  @Test
  void onlyTheProcesregisseurPlansAnIcoOnACaseTakenOnForItAndTheInviteesOrganisationTakesPart()
      throws SQLException {
    klok.zet(LocalDateTime.of(2031, 3, 3, 9, 0));
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Actor politie = partner("partner.politie");
    Actor ggz = partner("partner.ggz");
    Actor manager = actor("manager", Rol.MANAGER);
    long casusId =
        opgepakteCasus(
            volledigFormulier("Overla", "Plannerman"), Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
    Overlegplanning planning =
        planning(LocalDateTime.of(2031, 3, 12, 10, 0), gebruikerId("partner.ggz"));

    assertThrows(
        GeenToegang.class, () -> casusdienst.lees(ggz, casusId), "the GGZ takes no part yet");
    assertTrue(overlegdienst.overleggen(regisseur, casusId).magPlannen());
    assertFalse(overlegdienst.overleggen(politie, casusId).magPlannen());
    GeenToegang partnerPlant =
        assertThrows(GeenToegang.class, () -> overlegdienst.plan(politie, casusId, planning));
    assertEquals(
        "Alleen de procesregisseur plant overleggen en legt verslag en plan vast.",
        partnerPlant.getMessage());
    assertThrows(
        GeenToegang.class,
        () -> overlegdienst.plan(ggz, casusId, planning),
        "a partner of an organisation that takes no part does not even know the case");
    GeenToegang managerPlant =
        assertThrows(GeenToegang.class, () -> overlegdienst.plan(manager, casusId, planning));
    assertEquals(
        "Deze casus bestaat niet of u heeft er geen toegang toe.", managerPlant.getMessage());

    long adviesId =
        opgepakteCasus(volledigFormulier("Advia", "Routeman"), Triagebesluit.Route.ADVIES);
    assertFalse(overlegdienst.overleggen(regisseur, adviesId).magPlannen());
    DomeinRegelGeschonden geenIco =
        assertThrows(
            DomeinRegelGeschonden.class, () -> overlegdienst.plan(regisseur, adviesId, planning));
    assertEquals(
        "Een overleg hoort bij een casus die de triage heeft opgepakt met de route naar een ICO,"
            + " of die in uitvoering is. Deze casus is opgepakt.",
        geenIco.getMessage());
    assertThrows(
        GeenToegang.class,
        () -> casusdienst.lees(ggz, adviesId),
        "a refused plan invites nobody, so the GGZ takes no part");

    long overlegId = overlegdienst.plan(regisseur, casusId, planning);
    assertEquals(
        overlegId,
        casusdienst.lees(ggz, casusId).volgendOverleg().id(),
        "invited, the GGZ takes part and sees the case with its next overleg");

    // Only an invitee answers, and only an invited organisation prepares; the police takes part
    // as the referrer but was not invited.
    GeenToegang nietGenodigd =
        assertThrows(
            GeenToegang.class,
            () -> overlegdienst.reageer(politie, overlegId, Genodigde.Reactie.KOMT));
    assertEquals("Alleen een genodigde zegt of hij of zij komt.", nietGenodigd.getMessage());
    assertThrows(GeenToegang.class, () -> overlegdienst.meldVoorbereid(politie, overlegId));
    assertThrows(GeenToegang.class, () -> overlegdienst.lees(manager, overlegId));
    overlegdienst.reageer(ggz, overlegId, Genodigde.Reactie.KOMT);
    klok.verzet(Duration.ofHours(2));
    overlegdienst.meldVoorbereid(ggz, overlegId);

    OverlegWeergave.Uitgenodigde genodigde =
        overlegdienst.lees(regisseur, overlegId).genodigden().get(0);
    assertEquals("Gijs van de GGZ", genodigde.naam());
    assertEquals(Genodigde.Reactie.KOMT, genodigde.reactie());
    assertEquals(
        LocalDateTime.of(2031, 3, 3, 11, 0).atZone(Tijdzone.NEDERLAND).toInstant(),
        genodigde.voorbereidOp().toInstant(),
        "the procesregisseur sees when the GGZ prepared");

    // Reading the overleg is a processing of the betrokkene's data: logged.
    String objecten = "casus:" + casusId + " overleg:" + overlegId;
    String gelogd =
        "select count(*) from verwerkingsregel where operatie = ? and gebruiker = ?"
            + " and objecten = ? and activiteit_id = 'ZVH-VA-03'";
    long eerder = aantal(gelogd, "overleg.inzien", "partner.ggz", objecten);
    OverlegWeergave alsGgz = overlegdienst.lees(ggz, overlegId);
    assertEquals(Genodigde.Reactie.KOMT, alsGgz.eigenReactie());
    assertTrue(alsGgz.eigenOrganisatieVoorbereid());
    assertEquals(
        eerder + 1,
        aantal(gelogd, "overleg.inzien", "partner.ggz", objecten),
        "one record for the one betrokkene");
  }

  @Test
  void theInviteesGetCalendarMailWithoutPersonalDataAndEachChangeUnderTheSameUid()
      throws Exception {
    GreenMail smtp = smtpServer();
    try {
      klok.zet(LocalDateTime.of(2031, 3, 3, 9, 0));
      Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
      AanmeldingFormulier formulier = volledigFormulier("Ilse", "Geheimhouder");
      formulier.getBetrokkenen().get(0).setBsn("123456782");
      long casusId = opgepakteCasus(formulier, Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
      String nummer = casusdienst.lees(regisseur, casusId).nummer();
      long ggzId = gebruikerId("partner.ggz");
      long politieId = gebruikerId("partner.politie");
      long overlegId =
          overlegdienst.plan(
              regisseur, casusId, planning(LocalDateTime.of(2031, 3, 12, 10, 0), ggzId, politieId));

      MimeMessage uitnodiging =
          wachtOpBericht(smtp, "partner.ggz@example.nl", "Uitnodiging ICO casus " + nummer);
      assertTrue(tekstdeel(uitnodiging).contains(nummer));
      assertTrue(tekstdeel(uitnodiging).contains("/casus/overleg.xhtml?id=" + overlegId));
      assertZonderPersoonsgegevens(uitnodiging, nummer);
      VEvent eerste = afspraak(uitnodiging, "REQUEST");
      String uid = eerste.getRequiredProperty(Property.UID).getValue();
      assertEquals("0", eerste.getRequiredProperty(Property.SEQUENCE).getValue());
      assertBegin(eerste, "20310312T100000");
      assertZonderPersoonsgegevens(
          wachtOpBericht(smtp, "partner.politie@example.nl", "Uitnodiging ICO casus " + nummer),
          nummer);

      // Moved to after the change to summer time, and the police taken off.
      long versie = overlegdienst.lees(regisseur, overlegId).versie();
      overlegdienst.wijzig(
          regisseur, overlegId, versie, planning(LocalDateTime.of(2031, 4, 2, 14, 0), ggzId));
      assertThrows(
          GelijktijdigGewijzigd.class,
          () ->
              overlegdienst.wijzig(
                  regisseur,
                  overlegId,
                  versie,
                  planning(LocalDateTime.of(2031, 4, 3, 14, 0), ggzId)));
      MimeMessage gewijzigd =
          wachtOpBericht(smtp, "partner.ggz@example.nl", "Gewijzigd: ICO casus " + nummer);
      assertZonderPersoonsgegevens(gewijzigd, nummer);
      VEvent bijgewerkt = afspraak(gewijzigd, "REQUEST");
      assertEquals(uid, bijgewerkt.getRequiredProperty(Property.UID).getValue());
      assertEquals("1", bijgewerkt.getRequiredProperty(Property.SEQUENCE).getValue());
      assertBegin(bijgewerkt, "20310402T140000");
      MimeMessage afgemeld =
          wachtOpBericht(smtp, "partner.politie@example.nl", "Geannuleerd: ICO casus " + nummer);
      assertTrue(tekstdeel(afgemeld).contains("niet langer uitgenodigd"), tekstdeel(afgemeld));
      VEvent nietMeer = afspraak(afgemeld, "CANCEL");
      assertEquals(uid, nietMeer.getRequiredProperty(Property.UID).getValue());
      assertEquals("1", nietMeer.getRequiredProperty(Property.SEQUENCE).getValue());

      overlegdienst.annuleer(
          regisseur,
          overlegId,
          overlegdienst.lees(regisseur, overlegId).versie(),
          "De aanleiding is weggevallen");
      MimeMessage geannuleerd =
          wachtOpBericht(smtp, "partner.ggz@example.nl", "Geannuleerd: ICO casus " + nummer);
      assertTrue(tekstdeel(geannuleerd).contains("gaat niet door"), tekstdeel(geannuleerd));
      assertZonderPersoonsgegevens(geannuleerd, nummer);
      VEvent af = afspraak(geannuleerd, "CANCEL");
      assertEquals(uid, af.getRequiredProperty(Property.UID).getValue());
      assertEquals("2", af.getRequiredProperty(Property.SEQUENCE).getValue());
      assertEquals("CANCELLED", af.getRequiredProperty(Property.STATUS).getValue());
      assertEquals(Overleg.Status.GEANNULEERD, overlegdienst.lees(regisseur, overlegId).status());
    } finally {
      smtp.stop();
    }
  }

  @Test
  void onItsDayTheIcoIsRecordedAndEstablishedThePartnersReadOnlyWhatWasEstablished()
      throws Exception {
    klok.zet(LocalDateTime.of(2031, 3, 3, 9, 0));
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Actor ggz = partner("partner.ggz");
    long ggzId = gebruikerId("partner.ggz");
    long casusId =
        opgepakteCasus(
            volledigFormulier("Vasta", "Gesteldman"), Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
    long overlegId =
        overlegdienst.plan(
            regisseur, casusId, planning(LocalDateTime.of(2031, 3, 12, 10, 0), ggzId));

    // The betrokkene attends only after a safety check that found no risk.
    DomeinRegelGeschonden zonderCheck =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                overlegdienst.legVeiligheidVast(
                    regisseur,
                    overlegId,
                    versie(regisseur, overlegId),
                    new Veiligheidsinvoer(null, null, null, null, true)));
    assertTrue(
        zonderCheck
            .getMessage()
            .startsWith(
                "De betrokkene kan pas worden uitgenodigd als de veiligheidscheck is vastgelegd"),
        zonderCheck.getMessage());
    overlegdienst.legVeiligheidVast(
        regisseur,
        overlegId,
        versie(regisseur, overlegId),
        new Veiligheidsinvoer(
            "De wijkagent",
            LocalDate.of(2031, 3, 3),
            Veiligheidscheck.Uitkomst.VEILIG,
            "Geen dreiging bekend",
            true));
    OverlegWeergave veilig = overlegdienst.lees(regisseur, overlegId);
    assertTrue(veilig.betrokkeneUitgenodigd());
    assertEquals(Veiligheidscheck.Uitkomst.VEILIG, veilig.veiligheidscheck().uitkomst());
    assertEquals(null, overlegdienst.lees(ggz, overlegId).veiligheidscheck(), "not the GGZ's");
    DomeinRegelGeschonden risico =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                overlegdienst.legVeiligheidVast(
                    regisseur,
                    overlegId,
                    veilig.versie(),
                    new Veiligheidsinvoer(
                        "De wijkagent",
                        LocalDate.of(2031, 3, 3),
                        Veiligheidscheck.Uitkomst.NIET_VEILIG,
                        "Dreiging",
                        true)));
    assertTrue(risico.getMessage().startsWith("De veiligheidscheck wees uit"), risico.getMessage());
    // Refused, nothing changed: the same version still saves.
    overlegdienst.legVeiligheidVast(
        regisseur,
        overlegId,
        veilig.versie(),
        new Veiligheidsinvoer(
            "De wijkagent",
            LocalDate.of(2031, 3, 3),
            Veiligheidscheck.Uitkomst.NIET_VEILIG,
            "Dreiging richting de buren",
            false));
    OverlegWeergave nietVeilig = overlegdienst.lees(regisseur, overlegId);
    assertFalse(nietVeilig.betrokkeneUitgenodigd(), "the invitation is withdrawn");
    assertEquals(Veiligheidscheck.Uitkomst.NIET_VEILIG, nietVeilig.veiligheidscheck().uitkomst());

    DomeinRegelGeschonden teVroeg =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                verslagdienst.legAanwezigheidVast(
                    regisseur, overlegId, nietVeilig.versie(), Set.of(ggzId), false));
    assertEquals(
        "Een overleg wordt vastgelegd op of na de dag waarop het plaatsvindt.",
        teVroeg.getMessage());

    // On the day: attendance, the verslag, scores and the plan, each on the version it saw.
    klok.zet(LocalDateTime.of(2031, 3, 12, 11, 45));
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            verslagdienst.legAanwezigheidVast(
                regisseur, overlegId, nietVeilig.versie(), Set.of(ggzId), true),
        "the betrokkene was not invited");
    long gehouden =
        verslagdienst.legAanwezigheidVast(
            regisseur, overlegId, nietVeilig.versie(), Set.of(ggzId), false);
    String verslag = "Besproken: schulden en de gestopte behandeling. Afspraken in het plan.";
    long metVerslag = verslagdienst.bewaarVerslag(regisseur, overlegId, gehouden, verslag);
    assertThrows(
        GelijktijdigGewijzigd.class,
        () -> verslagdienst.bewaarVerslag(regisseur, overlegId, gehouden, "Een oudere kopie"));
    assertEquals(verslag, overlegdienst.lees(regisseur, overlegId).verslagConcept());
    long betrokkeneId = casusdienst.lees(regisseur, casusId).betrokkenen().get(0).id();
    long gescoord =
        verslagdienst.bewaarScores(
            regisseur,
            overlegId,
            metVerslag,
            List.of(new Scoreinvoer(betrokkeneId, Leefgebied.FINANCIEN, 2, 4)));
    assertEquals(gescoord, versie(regisseur, overlegId));
    assertEquals(Overleg.Status.GEHOUDEN, overlegdienst.lees(regisseur, overlegId).status());

    PlanWeergave nieuw = plandienst.plan(regisseur, casusId);
    assertTrue(nieuw.concept() && nieuw.isLeeg());
    assertTrue(
        nieuw.partners().stream().anyMatch(p -> p.id() == ggzId),
        "the invited GGZ takes part and can own an actiepunt");
    LocalDate deadline = LocalDate.of(2031, 4, 1);
    long planVersie =
        plandienst.bewaar(
            regisseur,
            casusId,
            nieuw.versie(),
            new Planinvoer(
                List.of(new Planinvoer.Doel(null, "Schulden stabiliseren")),
                List.of(
                    new Planinvoer.Actiepunt(
                        null,
                        "Aanmelden bij de schuldhulpverlening",
                        ggz.organisatieId(),
                        ggzId,
                        deadline,
                        null)),
                ggzId));
    assertThrows(
        GelijktijdigGewijzigd.class,
        () ->
            plandienst.bewaar(
                regisseur,
                casusId,
                nieuw.versie(),
                new Planinvoer(
                    List.of(new Planinvoer.Doel(null, "Een oudere kopie")), List.of(), null)));
    PlanWeergave concept = plandienst.plan(regisseur, casusId);
    assertEquals(planVersie, concept.versie());
    assertEquals(
        List.of("Schulden stabiliseren"),
        concept.doelen().stream().map(PlanWeergave.Doel::omschrijving).toList(),
        "the stale save changed nothing");
    assertEquals("Gijs van de GGZ", concept.casusregisseur().naam());

    // Before it is established the partners see no concept.
    OverlegWeergave voorVaststelling = overlegdienst.lees(ggz, overlegId);
    assertEquals(null, voorVaststelling.verslagConcept());
    assertTrue(voorVaststelling.verslagen().isEmpty() && voorVaststelling.scores().isEmpty());
    PlanWeergave planVoorVaststelling = plandienst.plan(ggz, casusId);
    assertFalse(planVoorVaststelling.concept());
    assertTrue(planVoorVaststelling.isLeeg() && planVoorVaststelling.versies().isEmpty());
    assertTrue(plandienst.verloop(ggz, casusId).isLeeg());
    assertEquals(
        null,
        casusdienst.lees(ggz, casusId).casusregisseur(),
        "the casusregisseur of the concept is not yet the case's");
    assertThrows(
        GeenToegang.class,
        () -> verslagdienst.stelVast(ggz, overlegId, gescoord, planVersie),
        "only the procesregisseur establishes");

    verslagdienst.stelVast(regisseur, overlegId, gescoord, planVersie);
    assertEquals(CasusStatus.IN_UITVOERING, screeningsdienst.status(regisseur, casusId).status());
    PlanWeergave vastgesteld = plandienst.plan(ggz, casusId);
    PlanWeergave.Versie eerste = vastgesteld.laatsteVersie().orElseThrow();
    assertEquals(1, eerste.nummer());
    assertEquals(List.of("Schulden stabiliseren"), eerste.doelen());
    assertEquals(
        "Aanmelden bij de schuldhulpverlening", vastgesteld.actiepunten().get(0).omschrijving());
    assertEquals(List.of("Eerste versie van het plan van aanpak."), eerste.wijzigingen());
    OverlegWeergave naVaststelling = overlegdienst.lees(ggz, overlegId);
    assertEquals(null, naVaststelling.verslagConcept());
    assertEquals(verslag, naVaststelling.laatsteVerslag().orElseThrow().tekst());
    assertEquals(1, naVaststelling.scores().size());
    assertFalse(plandienst.verloop(ggz, casusId).isLeeg());
    assertTrue(
        casusdienst.lees(ggz, casusId).casusregisseur().startsWith("Gijs van de GGZ"),
        "the case's casusregisseur from now on");

    OverlegWeergave opnieuw = overlegdienst.lees(regisseur, overlegId);
    PlanWeergave ongewijzigd = plandienst.plan(regisseur, casusId);
    DomeinRegelGeschonden niets =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                verslagdienst.stelVast(
                    regisseur, overlegId, opnieuw.versie(), ongewijzigd.versie()));
    assertEquals(
        "Verslag en plan zijn niet gewijzigd sinds de vorige vaststelling.", niets.getMessage());

    // A week later the plan changes, the police takes over the regie, and it is established as
    // version 2 saying what changed.
    klok.verzet(Duration.ofDays(7));
    PlanWeergave.Actiepunt punt = ongewijzigd.actiepunten().get(0);
    long gewijzigd =
        plandienst.bewaar(
            regisseur,
            casusId,
            ongewijzigd.versie(),
            new Planinvoer(
                List.of(
                    new Planinvoer.Doel(
                        ongewijzigd.doelen().get(0).nummer(), "Schulden stabiliseren"),
                    new Planinvoer.Doel(null, "Dagbesteding vinden")),
                List.of(
                    new Planinvoer.Actiepunt(
                        punt.nummer(),
                        punt.omschrijving(),
                        punt.eigenaarId(),
                        punt.persoonId(),
                        punt.deadline().plusDays(7),
                        Actiepuntstatus.IN_UITVOERING)),
                gebruikerId("partner.politie")));
    PlanWeergave nogVersie1 = plandienst.plan(ggz, casusId);
    assertEquals(1, nogVersie1.versies().size(), "the partner still reads version 1");
    assertEquals("Gijs van de GGZ", nogVersie1.casusregisseur().naam(), "with its casusregisseur");
    assertTrue(casusdienst.lees(ggz, casusId).casusregisseur().startsWith("Gijs van de GGZ"));
    verslagdienst.stelVast(regisseur, overlegId, opnieuw.versie(), gewijzigd);
    PlanWeergave versie2 = plandienst.plan(ggz, casusId);
    assertEquals("Petra de Politie", versie2.casusregisseur().naam());
    assertTrue(casusdienst.lees(ggz, casusId).casusregisseur().startsWith("Petra de Politie"));
    PlanWeergave.Versie tweede = versie2.laatsteVersie().orElseThrow();
    assertEquals(2, tweede.nummer());
    assertEquals(List.of("Schulden stabiliseren", "Dagbesteding vinden"), tweede.doelen());
    assertEquals(4, tweede.wijzigingen().size(), String.valueOf(tweede.wijzigingen()));
    assertTrue(
        tweede.wijzigingen().stream()
            .anyMatch(w -> w.startsWith("Toegevoegd: casusregisseur Petra de Politie")),
        String.valueOf(tweede.wijzigingen()));
    assertTrue(
        tweede.wijzigingen().contains("Toegevoegd: doel 'Dagbesteding vinden'"),
        String.valueOf(tweede.wijzigingen()));
    assertTrue(
        tweede.wijzigingen().stream()
            .anyMatch(
                w ->
                    w.startsWith("Gewijzigd: actiepunt 'Aanmelden bij de schuldhulpverlening'")
                        && w.endsWith(", in uitvoering)")),
        String.valueOf(tweede.wijzigingen()));

    assertEquals(
        List.of(
            "OVERLEG_GEPLAND",
            "OVERLEG_GEHOUDEN",
            "VERSLAG_VASTGESTELD",
            "PLAN_VASTGESTELD",
            "CASUSREGISSEUR_AANGESTELD",
            "PLAN_VASTGESTELD",
            "CASUSREGISSEUR_AANGESTELD"),
        screeningsdienst.status(regisseur, casusId).tijdlijn().stream()
            .map(Screeningsstatus.Tijdlijnregel::sleutel)
            .filter(s -> s.startsWith("gebeurtenis."))
            .map(s -> s.substring("gebeurtenis.".length()))
            .toList(),
        "the case's timeline");

    // Closed and destroyed, the case takes its overleg and plan along.
    probe.sluitAf(casusId, "Afgeschaald: het plan loopt", OffsetDateTime.now(klok));
    vernietiging.vernietig(casusId);
    assertEquals(0, aantal("select count(*) from overleg where casus_id = ?", casusId));
    assertEquals(
        0, aantal("select count(*) from overleg_genodigde where overleg_id = ?", overlegId));
    assertEquals(0, aantal("select count(*) from plan_van_aanpak where casus_id = ?", casusId));
    assertEquals(0, aantal("select count(*) from casus where id = ?", casusId));
  }

  // ---- Carrying out the plan: reports, signals, reminders and the escalation.

  @Test
  void theOwnersReportBackTheCasusregisseurSteersAndEscalatesAndEachHearsWithoutContent()
      throws Exception {
    GreenMail smtp = smtpServer();
    try {
      klok.zet(LocalDateTime.of(2031, 6, 2, 9, 0));
      Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
      Actor politie = partner("partner.politie");
      Actor ggz = partner("partner.ggz");
      long casusId = casusInUitvoering("Uitva", "Voerman");
      String nummer = casusdienst.lees(regisseur, casusId).nummer();
      UitvoeringWeergave start = uitvoeringsdienst.stand(politie, casusId);
      assertTrue(start.vastgesteld());
      assertTrue(start.casusregisseur().startsWith("Gijs van de GGZ"));
      assertEquals(new UitvoeringWeergave.Rechten(false, true, false), start.rechten());
      UitvoeringWeergave.Actiepuntstand woning =
          start.actiepunten().stream()
              .filter(UitvoeringWeergave.Actiepuntstand::eigen)
              .findFirst()
              .orElseThrow();
      assertEquals("Woning: betalingsregeling afspreken", woning.omschrijving());
      long woningId = woning.id();
      long zorgId =
          start.actiepunten().stream().filter(a -> !a.eigen()).findFirst().orElseThrow().id();

      // Only the owner reports; a report needs its words; a stale form gets a conflict.
      assertThrows(
          GeenToegang.class,
          () ->
              uitvoeringsdienst.koppelTerug(
                  ggz,
                  woningId,
                  actiepuntversie(politie, woningId),
                  Terugkoppeling.Soort.VOORTGANG,
                  "Niet van mij"));
      DomeinRegelGeschonden zonderTekst =
          assertThrows(
              DomeinRegelGeschonden.class,
              () ->
                  uitvoeringsdienst.koppelTerug(
                      politie,
                      woningId,
                      actiepuntversie(politie, woningId),
                      Terugkoppeling.Soort.LUKT_NIET,
                      " "));
      assertEquals("tekst", zonderTekst.veld().orElseThrow());
      long gezien = actiepuntversie(politie, woningId);
      uitvoeringsdienst.koppelTerug(
          politie, woningId, gezien, Terugkoppeling.Soort.VOORTGANG, "Verhuurder gebeld");
      assertThrows(
          GelijktijdigGewijzigd.class,
          () ->
              uitvoeringsdienst.koppelTerug(
                  politie, woningId, gezien, Terugkoppeling.Soort.GEREED, null),
          "a second report on the version seen before the first is a conflict, not a lost update");
      ActiepuntWeergave lopend = uitvoeringsdienst.actiepunt(ggz, woningId);
      assertEquals(Actiepuntstatus.IN_UITVOERING, lopend.status());
      assertEquals("Verhuurder gebeld", lopend.terugkoppelingen().get(0).tekst());
      assertFalse(lopend.magTerugkoppelen(), "the casusregisseur reports for the GGZ only");
      assertTrue(lopend.magHerinneren());
      PlanWeergave concept = plandienst.plan(regisseur, casusId);
      assertFalse(concept.heeftWijzigingen(), "a report is not a change of the plan");

      // "Lukt niet" is a signal that the casusregisseur and the procesregisseur hear of at once.
      uitvoeringsdienst.koppelTerug(
          politie,
          woningId,
          actiepuntversie(politie, woningId),
          Terugkoppeling.Soort.LUKT_NIET,
          "Verhuurder weigert elke regeling");
      MimeMessage signaal = wachtOpBericht(smtp, email("partner.ggz"), "Signaal casus " + nummer);
      wachtOpBericht(smtp, email("regisseur"), "Signaal casus " + nummer);
      assertZonderInhoud(signaal, "Uitva", "Voerman", "weigert");
      assertThrows(
          GelijktijdigGewijzigd.class,
          () ->
              plandienst.bewaar(
                  regisseur, casusId, concept.versie(), new Planinvoer(List.of(), List.of(), null)),
          "a concept opened before the report cannot put its status back");
      UitvoeringWeergave casusregie = uitvoeringsdienst.stand(ggz, casusId);
      assertEquals(new UitvoeringWeergave.Rechten(true, true, true), casusregie.rechten());
      assertEquals(1, casusregie.aantalOpenSignalen());
      UitvoeringWeergave.SignaalRegel luktNiet = casusregie.signalen().get(0);
      assertEquals(Signaal.Soort.LUKT_NIET, luktNiet.soort());
      assertTrue(luktNiet.magAfhandelen());
      assertEquals(1, uitvoeringsdienst.stand(regisseur, casusId).aantalOpenSignalen());
      assertEquals(
          new Aandacht(casusId, nummer, 1, 0), aandacht(ggz, casusId), "on the start page too");
      assertEquals(new Aandacht(casusId, nummer, 1, 0), aandacht(regisseur, casusId));
      assertEquals(null, aandacht(politie, casusId), "not the casusregisseur");

      // Another development; politie sees its own signals, not the escalations.
      uitvoeringsdienst.meldSignaal(politie, casusId, "Nieuwe melding van overlast");
      assertThrows(
          GeenToegang.class, () -> uitvoeringsdienst.meldSignaal(regisseur, casusId, "Van de ZVH"));
      UitvoeringWeergave politieZiet = uitvoeringsdienst.stand(politie, casusId);
      assertEquals(2, politieZiet.signalen().size());
      assertTrue(
          politieZiet.signalen().stream()
              .noneMatch(UitvoeringWeergave.SignaalRegel::magAfhandelen));
      long ontwikkeling = uitvoeringsdienst.stand(ggz, casusId).signalen().get(0).id();
      assertThrows(
          GeenToegang.class,
          () -> uitvoeringsdienst.handelSignaalAf(politie, ontwikkeling, 0, "Zelf gedaan"));
      DomeinRegelGeschonden zonderAfhandeling =
          assertThrows(
              DomeinRegelGeschonden.class,
              () ->
                  uitvoeringsdienst.handelSignaalAf(
                      ggz, ontwikkeling, signaalversie(ggz, casusId, ontwikkeling), ""));
      assertEquals("afhandeling", zonderAfhandeling.veld().orElseThrow());
      uitvoeringsdienst.handelSignaalAf(
          ggz,
          ontwikkeling,
          signaalversie(ggz, casusId, ontwikkeling),
          "Besproken met de wijkagent");

      // The casusregisseur reminds the owner of a running actiepunt, then escalates with the
      // open signal.
      assertThrows(GeenToegang.class, () -> uitvoeringsdienst.herinner(politie, zorgId));
      assertEquals(
          "Dit actiepunt loopt niet meer; een herinnering is niet nodig.",
          assertThrows(DomeinRegelGeschonden.class, () -> uitvoeringsdienst.herinner(ggz, woningId))
              .getMessage());
      uitvoeringsdienst.herinner(ggz, zorgId);
      assertZonderInhoud(
          wachtOpBericht(smtp, email("partner.ggz"), "Herinnering actiepunt casus " + nummer),
          "Uitva",
          "Voerman",
          "eerste gesprek");
      assertThrows(
          GeenToegang.class,
          () -> uitvoeringsdienst.schaalOp(politie, casusId, "Loopt vast", null, List.of()));
      assertEquals(
          "reden",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () -> uitvoeringsdienst.schaalOp(ggz, casusId, " ", null, List.of(luktNiet.id())))
              .veld()
              .orElseThrow());
      uitvoeringsdienst.schaalOp(
          ggz,
          casusId,
          "De verhuurder werkt niet mee",
          "Vervolg-ICO met de verhuurder",
          List.of(luktNiet.id()));
      assertZonderInhoud(
          wachtOpBericht(smtp, email("regisseur"), "Escalatie casus " + nummer),
          "verhuurder",
          "Uitva");
      assertEquals(new Aandacht(casusId, nummer, 0, 1), aandacht(regisseur, casusId));
      assertEquals(null, aandacht(ggz, casusId), "the signal went up with the escalation");
      UitvoeringWeergave naEscalatie = uitvoeringsdienst.stand(regisseur, casusId);
      assertEquals(0, naEscalatie.aantalOpenSignalen(), "the escalation took the signal up");
      UitvoeringWeergave.EscalatieRegel escalatie = naEscalatie.escalaties().get(0);
      assertTrue(escalatie.isOpen() && escalatie.magAfhandelen());
      assertTrue(uitvoeringsdienst.stand(politie, casusId).escalaties().isEmpty());
      assertFalse(uitvoeringsdienst.stand(ggz, casusId).escalaties().get(0).magAfhandelen());
      assertThrows(
          GeenToegang.class,
          () ->
              uitvoeringsdienst.handelEscalatieAf(ggz, escalatie.id(), escalatie.versie(), "Zelf"));
      uitvoeringsdienst.handelEscalatieAf(
          regisseur, escalatie.id(), escalatie.versie(), "Vervolg-ICO gepland");
      wachtOpBericht(smtp, email("partner.ggz"), "Uitkomst escalatie casus " + nummer);
      assertThrows(
          GelijktijdigGewijzigd.class,
          () ->
              uitvoeringsdienst.handelEscalatieAf(
                  regisseur, escalatie.id(), escalatie.versie(), "Nogmaals"));

      // Nobody without need to know sees it; everything is on the timeline and in the log.
      for (Actor ander :
          List.of(
              actor("manager", Rol.MANAGER),
              actor("privacy", Rol.PRIVACY_OFFICER),
              actor("beheerder", Rol.BEHEERDER))) {
        assertThrows(
            GeenToegang.class,
            () -> uitvoeringsdienst.stand(ander, casusId),
            ander.gebruikersnaam());
        assertThrows(
            GeenToegang.class,
            () -> uitvoeringsdienst.actiepunt(ander, woningId),
            ander.gebruikersnaam());
      }
      Set<String> vanDeUitvoering =
          Set.of(
              "TERUGGEKOPPELD",
              "SIGNAAL_GEMELD",
              "SIGNAAL_AFGEHANDELD",
              "HERINNERING_VERSTUURD",
              "OPGESCHAALD",
              "ESCALATIE_AFGEHANDELD");
      assertEquals(
          List.of(
              "ESCALATIE_AFGEHANDELD",
              "HERINNERING_VERSTUURD",
              "OPGESCHAALD",
              "SIGNAAL_AFGEHANDELD",
              "SIGNAAL_GEMELD",
              "TERUGGEKOPPELD",
              "TERUGGEKOPPELD"),
          screeningsdienst.status(regisseur, casusId).tijdlijn().stream()
              .map(Screeningsstatus.Tijdlijnregel::sleutel)
              .filter(s -> s.startsWith("gebeurtenis."))
              .map(s -> s.substring("gebeurtenis.".length()))
              .filter(vanDeUitvoering::contains)
              .sorted()
              .toList(),
          "the case's timeline");
      assertTrue(
          aantal(
                  "select count(*) from verwerkingsregel where operatie = ? and objecten like ?",
                  "actiepunt.terugkoppelen",
                  "casus:" + casusId + " %")
              >= 2,
          "each report is in the processing log");

      // Destroyed, the case takes its reports, signals and escalations along.
      probe.sluitAf(casusId, "Afgeschaald", OffsetDateTime.now(klok));
      vernietiging.vernietig(casusId);
      assertEquals(
          0, aantal("select count(*) from plan_terugkoppeling where casus_id = ?", casusId));
      assertEquals(
          0,
          aantal(
              "select count(*) from uitvoering_signaal s where not exists (select 1 from plan_van_aanpak p where p.id = s.plan_id)"));
      assertEquals(0, aantal("select count(*) from plan_van_aanpak where casus_id = ?", casusId));
    } finally {
      smtp.stop();
    }
  }

  /**
   * A case of the police after its first ICO, through the services: politie owns the actiepunt
   * "Woning", the GGZ owns "Zorg", and the GGZ partner is the casusregisseur.
   */
  private long casusInUitvoering(String voornaam, String achternaam) throws SQLException {
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    long politieId = gebruikerId("partner.politie");
    long ggzId = gebruikerId("partner.ggz");
    long casusId =
        opgepakteCasus(
            volledigFormulier(voornaam, achternaam), Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
    LocalDateTime ico = LocalDateTime.now(klok).plusDays(1).withHour(10).withMinute(0);
    long overlegId = overlegdienst.plan(regisseur, casusId, planning(ico, politieId, ggzId));
    klok.zet(ico.plusHours(2));
    verslagdienst.legAanwezigheidVast(
        regisseur, overlegId, versie(regisseur, overlegId), Set.of(politieId, ggzId), false);
    verslagdienst.bewaarVerslag(
        regisseur, overlegId, versie(regisseur, overlegId), "Afspraken gemaakt.");
    PlanWeergave leeg = plandienst.plan(regisseur, casusId);
    LocalDate deadline = ico.toLocalDate().plusDays(21);
    long planVersie =
        plandienst.bewaar(
            regisseur,
            casusId,
            leeg.versie(),
            new Planinvoer(
                List.of(new Planinvoer.Doel(null, "Woning behouden")),
                List.of(
                    new Planinvoer.Actiepunt(
                        null,
                        "Woning: betalingsregeling afspreken",
                        partner("partner.politie").organisatieId(),
                        politieId,
                        deadline,
                        null),
                    new Planinvoer.Actiepunt(
                        null,
                        "Zorg: eerste gesprek",
                        partner("partner.ggz").organisatieId(),
                        ggzId,
                        deadline,
                        null)),
                ggzId));
    verslagdienst.stelVast(regisseur, overlegId, versie(regisseur, overlegId), planVersie);
    return casusId;
  }

  /** What the start page of the actor says about this case's carrying out; null when nothing. */
  private Aandacht aandacht(Actor actor, long casusId) {
    return uitvoeringsdienst.aandacht(actor).stream()
        .filter(a -> a.casusId() == casusId)
        .findFirst()
        .orElse(null);
  }

  private long actiepuntversie(Actor actor, long actiepuntId) {
    return uitvoeringsdienst.actiepunt(actor, actiepuntId).versie();
  }

  private long signaalversie(Actor actor, long casusId, long signaalId) {
    return uitvoeringsdienst.stand(actor, casusId).signalen().stream()
        .filter(s -> s.id() == signaalId)
        .findFirst()
        .orElseThrow()
        .versie();
  }

  private String email(String gebruikersnaam) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("select email from gebruiker where gebruikersnaam = ?")) {
      query.setString(1, gebruikersnaam);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** Subject and text name the case number only: none of the given words of the case. */
  private static void assertZonderInhoud(MimeMessage bericht, String... woorden) throws Exception {
    String alles = bericht.getSubject() + "\n" + GreenMailUtil.getBody(bericht);
    for (String woord : woorden) {
      assertFalse(alles.contains(woord), woord + " in: " + alles);
    }
  }

  /**
   * A referral of the police, screened, put on its triage and taken on by the given route: as the
   * procesregisseur does it through the services.
   */
  private long opgepakteCasus(AanmeldingFormulier formulier, Triagebesluit.Route route)
      throws SQLException {
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Ontvangstbevestiging bevestiging =
        aanmeldingsdienst.dienIn(partner("partner.politie"), formulier);
    long casusId = casusId(bevestiging.nummer());
    screeningsdienst.agendeer(
        regisseur, casusId, screeningsdienst.status(regisseur, casusId).versie());
    triagedienst.besluit(
        regisseur,
        casusId,
        screeningsdienst.status(regisseur, casusId).versie(),
        Triagebesluit.Uitkomst.OPGEPAKT,
        route,
        null,
        "Opgepakt door de triage",
        bevestiging.triagedatum());
    return casusId;
  }

  /** An overleg of an hour and a half at the ZVH, chaired by the procesregisseur. */
  private Overlegplanning planning(LocalDateTime begin, Long... genodigden) throws SQLException {
    return new Overlegplanning(
        begin.toLocalDate(),
        begin.toLocalTime(),
        begin.toLocalTime().plusMinutes(90),
        "Zorg- en Veiligheidshuis, zaal 2",
        null,
        gebruikerId("regisseur"),
        "Kennismaking, analyse en het plan van aanpak",
        List.of(genodigden));
  }

  private long versie(Actor regisseur, long overlegId) {
    return overlegdienst.lees(regisseur, overlegId).versie();
  }

  private long gebruikerId(String gebruikersnaam) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("select id from gebruiker where gebruikersnaam = ?")) {
      query.setString(1, gebruikersnaam);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String tekstdeel(MimeMessage bericht) throws Exception {
    return (String) ((Multipart) bericht.getContent()).getBodyPart(0).getContent();
  }

  /** The calendar file of the mail, in the part whose method matches the file's. */
  private static VEvent afspraak(MimeMessage bericht, String methode) throws Exception {
    BodyPart deel = ((Multipart) bericht.getContent()).getBodyPart(1);
    assertEquals(methode, new ContentType(deel.getContentType()).getParameter("method"));
    Calendar agenda =
        new CalendarBuilder()
            .build(new InputStreamReader(deel.getInputStream(), StandardCharsets.UTF_8));
    assertEquals(methode, agenda.getRequiredProperty(Property.METHOD).getValue());
    List<VEvent> afspraken = agenda.getComponents(Component.VEVENT);
    assertEquals(1, afspraken.size());
    return afspraken.get(0);
  }

  /** The start in Dutch local time, as an agenda anywhere shows it. */
  private static void assertBegin(VEvent afspraak, String lokaal) {
    Property begin = afspraak.getRequiredProperty(Property.DTSTART);
    assertEquals("Europe/Amsterdam", begin.getRequiredParameter(Parameter.TZID).getValue());
    assertEquals(lokaal, begin.getValue());
  }

  /**
   * Subject, text and calendar file name the case number, and nothing of the betrokkene of {@link
   * #theInviteesGetCalendarMailWithoutPersonalDataAndEachChangeUnderTheSameUid}: not the name, the
   * BSN or the date of birth.
   */
  private static void assertZonderPersoonsgegevens(MimeMessage bericht, String nummer)
      throws Exception {
    BodyPart agenda = ((Multipart) bericht.getContent()).getBodyPart(1);
    String bestand =
        new String(agenda.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .replace("\r\n ", "");
    String alles = bericht.getSubject() + "\n" + tekstdeel(bericht) + "\n" + bestand;
    assertTrue(bericht.getSubject().contains(nummer), bericht.getSubject());
    assertTrue(bestand.contains(nummer), bestand);
    for (String gegeven :
        List.of(
            "Ilse",
            "Geheimhouder",
            "123456782",
            "05-05-1985",
            "1985-05-05",
            "19850505",
            "mei 1985")) {
      assertFalse(alles.contains(gegeven), gegeven + " in: " + alles);
    }
  }

  @Test
  void theReferralServiceRefusesACallerWithoutThePartnerRole() {
    assertThrows(EJBAccessException.class, () -> aanmeldingen.partnerorganisaties());
    assertThrows(EJBAccessException.class, () -> aanmeldingen.dienIn(AanmeldingFormulier.leeg()));
  }

  // ---- Handing over and leaving (issue 12, item 5)

  @Inject private Overdrachtdienst overdrachtdienst;
  @Inject private Casusregiebewaking casusregiebewaking;
  @Inject private Gebruikersdienst gebruikersdienst;

  @Test
  void actiepuntenAndTheCasusregieAreHandedOverAnOrganisationLeavesAndAGoneRegisseurIsSignalled()
      throws Exception {
    klok.zet(LocalDateTime.of(2033, 5, 2, 9, 0));
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Actor beheerder = actor("beheerder", Rol.BEHEERDER);
    Actor ggz = partner("partner.ggz");
    Actor politie = partner("partner.politie");
    long ggzId = gebruikerId("partner.ggz");
    long politieId = gebruikerId("partner.politie");
    long collegaId = nieuwePartner(beheerder, "ggz.collega.overdracht", ggz.organisatieId());
    long wijkagentId = nieuwePartner(beheerder, "politie.overdracht", politie.organisatieId());
    Actor collega = partner("ggz.collega.overdracht");
    // The colleagues are deactivated afterwards: other stories mail the GGZ's active users.
    try {
      long casusId =
          opgepakteCasus(
              volledigFormulier("Over", "Dracht"), Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
      long overlegId =
          overlegdienst.plan(
              regisseur, casusId, planning(LocalDateTime.of(2033, 5, 9, 10, 0), ggzId));
      klok.zet(LocalDateTime.of(2033, 5, 9, 12, 0));
      long gehouden =
          verslagdienst.legAanwezigheidVast(
              regisseur, overlegId, versie(regisseur, overlegId), Set.of(ggzId), false);
      long metVerslag =
          verslagdienst.bewaarVerslag(regisseur, overlegId, gehouden, "Afspraken in het plan.");
      long planVersie =
          plandienst.bewaar(
              regisseur,
              casusId,
              plandienst.plan(regisseur, casusId).versie(),
              new Planinvoer(
                  List.of(new Planinvoer.Doel(null, "Behandeling hervatten")),
                  List.of(
                      new Planinvoer.Actiepunt(
                          null,
                          "Intake plannen",
                          ggz.organisatieId(),
                          ggzId,
                          LocalDate.of(2033, 6, 1),
                          null)),
                  ggzId));
      verslagdienst.stelVast(regisseur, overlegId, metVerslag, planVersie);

      // An actiepunt to a colleague; a second hand-over from the old form is a conflict.
      Overdrachtweergave weergave = overdrachtdienst.weergave(ggz, casusId);
      Overdrachtweergave.Actiepunt punt = weergave.actiepunten().get(0);
      assertTrue(weergave.collegas().stream().anyMatch(k -> k.id() == collegaId));
      assertTrue(overdrachtdienst.weergave(politie, casusId).actiepunten().isEmpty());
      assertThrows(
          GeenToegang.class,
          () ->
              overdrachtdienst.draagActiepuntOver(
                  politie, casusId, punt.nummer(), punt.versie(), wijkagentId));
      overdrachtdienst.draagActiepuntOver(ggz, casusId, punt.nummer(), punt.versie(), collegaId);
      GelijktijdigGewijzigd oud =
          assertThrows(
              GelijktijdigGewijzigd.class,
              () ->
                  overdrachtdienst.draagActiepuntOver(
                      collega, casusId, punt.nummer(), punt.versie(), ggzId));
      assertTrue(
          oud.getMessage().startsWith("Dit actiepunt is intussen door iemand anders gewijzigd"));
      assertEquals(
          "Intake plannen – ggz.collega.overdracht",
          overdrachtdienst.weergave(collega, casusId).actiepunten().stream()
              .map(a -> a.omschrijving() + " – " + a.persoon())
              .findFirst()
              .orElseThrow());

      // The casusregie to the police, at once, as a new version; the header shows the new one.
      assertThrows(
          GeenToegang.class,
          () -> overdrachtdienst.draagCasusregieOver(collega, casusId, ggzId, politieId),
          "a colleague of the casusregisseur is not the casusregisseur");
      overdrachtdienst.draagCasusregieOver(ggz, casusId, ggzId, politieId);
      PlanWeergave plan = plandienst.plan(ggz, casusId);
      assertEquals(2, plan.versies().size());
      assertTrue(
          plan.versies().get(1).wijzigingen().get(0).startsWith("Casusregie overgedragen: "),
          plan.versies().get(1).wijzigingen().toString());
      String nieuweRegisseur = casusdienst.lees(regisseur, casusId).casusregisseur();
      assertTrue(nieuweRegisseur.endsWith("(" + politie.organisatieNaam() + ")"), nieuweRegisseur);
      assertThrows(
          GelijktijdigGewijzigd.class,
          () -> overdrachtdienst.draagCasusregieOver(regisseur, casusId, ggzId, wijkagentId),
          "the form still showed the GGZ as casusregisseur");

      // Leaving: refused while the GGZ has an open actiepunt, then allowed from tomorrow.
      long deelname = overdrachtdienst.weergave(ggz, casusId).beeindigbaar().get(0).deelnameId();
      LocalDate morgen = LocalDate.of(2033, 5, 10);
      DomeinRegelGeschonden open =
          assertThrows(
              DomeinRegelGeschonden.class,
              () -> overdrachtdienst.beeindigDeelname(ggz, deelname, "Behandeling klaar", morgen));
      assertTrue(
          open.getMessage().startsWith(ggz.organisatieNaam() + " heeft nog 1 open actiepunt"),
          open.getMessage());
      PlanWeergave concept = plandienst.plan(regisseur, casusId);
      PlanWeergave.Actiepunt lopend = concept.actiepunten().get(0);
      plandienst.bewaar(
          regisseur,
          casusId,
          concept.versie(),
          new Planinvoer(
              List.of(
                  new Planinvoer.Doel(concept.doelen().get(0).nummer(), "Behandeling hervatten")),
              List.of(
                  new Planinvoer.Actiepunt(
                      lopend.nummer(),
                      lopend.omschrijving(),
                      politie.organisatieId(),
                      null,
                      lopend.deadline(),
                      lopend.status())),
              politieId));
      overdrachtdienst.beeindigDeelname(ggz, deelname, "Behandeling klaar", morgen);
      assertEquals(casusId, casusdienst.lees(ggz, casusId).id(), "the GGZ still reads it today");
      klok.zet(LocalDateTime.of(2033, 5, 10, 9, 0));
      assertThrows(GeenToegang.class, () -> casusdienst.lees(ggz, casusId), "not from the date");

      // The police's new casusregisseur is deactivated: the procesregisseur is asked for a new one.
      overdrachtdienst.draagCasusregieOver(regisseur, casusId, politieId, wijkagentId);
      assertTrue(
          casusregiebewaking.casussen(regisseur).stream().noneMatch(c -> c.casusId() == casusId));
      gebruikersdienst.zetActief(
          beheerder, wijkagentId, gebruikersdienst.lees(wijkagentId).getVersie(), false);
      CasusregieNodig nodig =
          casusregiebewaking.casussen(regisseur).stream()
              .filter(c -> c.casusId() == casusId)
              .findFirst()
              .orElseThrow();
      assertEquals(Casusregiestand.ACCOUNT_INACTIEF, nodig.stand());
      assertEquals(Casusregiestand.ACCOUNT_INACTIEF, casusregiebewaking.stand(politie, casusId));
      assertTrue(casusregiebewaking.aantal() >= 1);
      overdrachtdienst.draagCasusregieOver(regisseur, casusId, wijkagentId, politieId);
      assertEquals(Casusregiestand.IN_ORDE, casusregiebewaking.stand(regisseur, casusId));
      assertTrue(
          casusregiebewaking.casussen(regisseur).stream().noneMatch(c -> c.casusId() == casusId));
    } finally {
      for (long id : List.of(collegaId, wijkagentId)) {
        GebruikerGegevens g = gebruikersdienst.lees(id);
        if (g.isActief()) {
          gebruikersdienst.zetActief(beheerder, id, g.getVersie(), false);
        }
      }
    }
  }

  /**
   * A partner user of this story, at example.org (the demo's are at example.nl): made once (the
   * database outlives a build), active again at the start, deactivated at the end.
   */
  private long nieuwePartner(Actor beheerder, String gebruikersnaam, long organisatieId)
      throws SQLException {
    if (aantal("select count(*) from gebruiker where gebruikersnaam = ?", gebruikersnaam) > 0) {
      long id = gebruikerId(gebruikersnaam);
      GebruikerGegevens bestaand = gebruikersdienst.lees(id);
      if (!bestaand.isActief()) {
        gebruikersdienst.zetActief(beheerder, id, bestaand.getVersie(), true);
      }
      return id;
    }
    GebruikerGegevens gegevens = new GebruikerGegevens();
    gegevens.setGebruikersnaam(gebruikersnaam);
    gegevens.setNaam(gebruikersnaam);
    gegevens.setEmail(gebruikersnaam + "@example.org");
    gegevens.setRol(Rol.KETENPARTNER);
    gegevens.setOrganisatieId(organisatieId);
    gebruikersdienst.maakAan(beheerder, gegevens, "Overdracht-Wachtwoord-2033!");
    return gebruikerId(gebruikersnaam);
  }

  // ---- Werklijsten: a partner's own work (Mijn actiepunten, Mijn casussen).

  @Test
  void aPartnerSeesTheActiepuntenOfItsOrganisationOrAssignedToItInItsOwnCasesOnly()
      throws SQLException {
    Actor ggz = partner("partner.ggz");
    Actor politie = partner("partner.politie");
    long demo = aantal("select id from casus where nummer like ?", "%-000006");
    Actiepuntvraag alle = new Actiepuntvraag(null, null, null, true, 0, Actiepuntvraag.MAXIMAAL);

    String gelogd =
        "select count(*) from verwerkingsregel where operatie = 'actiepunten.lijst'"
            + " and gebruiker = ? and activiteit_id = 'ZVH-VA-03' and objecten like ?";
    long eerder = aantal(gelogd, "partner.ggz", "actiepunten casussen:%" + demo + "%");
    List<ActiepuntRegel> vanGgz = werklijstdienst.actiepunten(ggz, alle).rijen();
    assertTrue(
        aantal(gelogd, "partner.ggz", "actiepunten casussen:%" + demo + "%") > eerder,
        "reading the list is logged, naming the cases");
    List<String> ggzTeksten = vanGgz.stream().map(ActiepuntRegel::omschrijving).toList();
    assertTrue(ggzTeksten.contains("Behandelplan opstellen en met de betrokkene bespreken."));
    assertTrue(ggzTeksten.contains("Terugkoppeling aan de huisarts over het eerste gesprek."));
    assertFalse(
        ggzTeksten.contains("Betalingsregeling met de verhuurder afspreken."),
        "the police's actiepunt in the same case is not the GGZ's");
    assertTrue(
        vanGgz.stream().allMatch(r -> r.eigenaar().equals(ggz.organisatieNaam()) || r.aanMij()),
        "only its organisation's, or assigned to the user");
    List<Long> casussenVanGgz =
        casusdienst.casussen(ggz, Casuszoekvraag.nieuwsteEerst()).rijen().stream()
            .map(c -> c.id())
            .toList();
    assertTrue(
        casussenVanGgz.containsAll(vanGgz.stream().map(ActiepuntRegel::casusId).toList()),
        "never an actiepunt of a case the GGZ does not take part in today");

    List<ActiepuntRegel> teLaat =
        werklijstdienst
            .actiepunten(ggz, new Actiepuntvraag(Actiepuntfilter.TE_LAAT, null, null, true, 0, 50))
            .rijen();
    assertTrue(teLaat.stream().allMatch(ActiepuntRegel::teLaat));
    assertTrue(
        teLaat.stream()
            .anyMatch(r -> r.omschrijving().startsWith("Terugkoppeling aan de huisarts")));
    assertTrue(
        werklijstdienst
            .actiepunten(ggz, new Actiepuntvraag(null, Toewijzing.MIJ, null, true, 0, 50))
            .rijen()
            .stream()
            .allMatch(ActiepuntRegel::aanMij));
    assertEquals(
        werklijstdienst.tel(ggz, Actiepuntvraag.telling(Actiepuntfilter.TE_LAAT, null)),
        startoverzichtdienst.partnertellers(ggz).teLaatActiepunten(),
        "the start page counts what the list shows");

    List<ActiepuntRegel> vanPolitie = werklijstdienst.actiepunten(politie, alle).rijen();
    assertTrue(
        vanPolitie.stream()
            .anyMatch(
                r ->
                    r.omschrijving().startsWith("Betalingsregeling met de verhuurder")
                        && r.teLaat()),
        "the demo's overdue actiepunt of the police, marked");
    assertTrue(vanPolitie.stream().noneMatch(r -> r.omschrijving().startsWith("Behandelplan")));

    // Mijn casussen: the role, the next overleg and the open actiepunten per case.
    Casusrij alsGgz = rij(ggz, demo);
    assertEquals(Deelnemersrol.CASUSREGISSEUR_ZELF, alsGgz.deelname().rol());
    assertTrue(alsGgz.deelname().overlegDatum() != null, "the third overleg is planned");
    assertTrue(alsGgz.deelname().openActiepunten() >= 2);
    assertTrue(alsGgz.deelname().teLaatActiepunten() >= 1);
    Casusrij alsPolitie = rij(politie, demo);
    assertEquals(Deelnemersrol.DEELNEMER, alsPolitie.deelname().rol());
    assertTrue(alsPolitie.deelname().teLaatActiepunten() >= 1);
    assertEquals(
        null,
        casusdienst
            .casusrijen(actor("regisseur", Rol.PROCESREGISSEUR), Casuszoekvraag.nieuwsteEerst())
            .rijen()
            .get(0)
            .deelname(),
        "the procesregisseur's list has no partner's part");

    // The list is a partner's: others are refused, by the policy and by the boundary's role.
    for (Rol rol : List.of(Rol.PROCESREGISSEUR, Rol.MANAGER)) {
      Actor ander = actor(rol == Rol.MANAGER ? "manager" : "regisseur", rol);
      GeenToegang geweigerd =
          assertThrows(GeenToegang.class, () -> werklijstdienst.actiepunten(ander, alle));
      assertEquals("Alleen een ketenpartner heeft een eigen werklijst.", geweigerd.getMessage());
    }
    assertThrows(EJBAccessException.class, () -> werklijsten.actiepunten(alle));
  }

  private Casusrij rij(Actor partner, long casusId) {
    return casusdienst.casusrijen(partner, Casuszoekvraag.nieuwsteEerst()).rijen().stream()
        .filter(r -> r.casus().id() == casusId)
        .findFirst()
        .orElseThrow();
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

  // ---- Berichten (issue 12, one place to talk): the thread of a case through the services.

  @Inject private nl.zvh.regie.bericht.Berichtendienst berichtendienst;

  @Test
  void theThreadIsForTheParticipantsTodayAndTheProcesregisseurAndItsMailHasNoContent()
      throws Exception {
    GreenMail smtp = smtpServer();
    try {
      klok.zet(LocalDateTime.of(2031, 3, 3, 9, 0));
      Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
      Actor politie = partner("partner.politie");
      Actor ggz = partner("partner.ggz");
      long casusId =
          opgepakteCasus(
              volledigFormulier("Bertha", "Berichtsma"), Triagebesluit.Route.UITVRAAG_EN_BRIEFING);
      String nummer = casusdienst.lees(regisseur, casusId).nummer();
      overlegdienst.plan(
          regisseur,
          casusId,
          planning(
              LocalDateTime.of(2031, 3, 12, 10, 0),
              gebruikerId("partner.ggz"),
              gebruikerId("partner.politie")));

      // Bad input: a clear Dutch message, nothing sent.
      DomeinRegelGeschonden leeg =
          assertThrows(
              DomeinRegelGeschonden.class,
              () -> berichtendienst.verstuur(politie, casusId, " ", null));
      assertEquals("Typ een bericht.", leeg.getMessage());
      DomeinRegelGeschonden lang =
          assertThrows(
              DomeinRegelGeschonden.class,
              () -> berichtendienst.verstuur(politie, casusId, "x".repeat(4001), null));
      assertTrue(lang.getMessage().contains("ten hoogste 4000"), lang.getMessage());

      String geheim = "Bertha Berichtsma is gisteren aangehouden.\nZie PV 2031-123.";
      String gelogd =
          "select count(*) from verwerkingsregel where operatie = ? and gebruiker = ?"
              + " and objecten like ? and activiteit_id = 'ZVH-VA-03'";
      long verstuurdEerder =
          aantal(gelogd, "bericht.versturen", "partner.politie", "casus:" + casusId + " %");
      long eerste = berichtendienst.verstuur(politie, casusId, geheim, null);
      assertEquals(
          verstuurdEerder + 1,
          aantal(gelogd, "bericht.versturen", "partner.politie", "casus:" + casusId + " %"));

      // The mail: to the GGZ invitee and the chair, not to the sender; number and link only.
      String onderwerp = "Nieuw bericht in casus " + nummer;
      for (String aan : List.of("partner.ggz@example.nl", "regisseur@example.nl")) {
        MimeMessage mail = wachtOpBericht(smtp, aan, onderwerp);
        String tekst = String.valueOf(mail.getContent());
        assertTrue(tekst.contains(nummer), tekst);
        assertTrue(tekst.contains("/casus/dossier.xhtml?id=" + casusId + "&tab=berichten"), tekst);
        for (String gegeven :
            List.of("Bertha", "Berichtsma", "aangehouden", "PV 2031", "Politie")) {
          assertFalse((mail.getSubject() + tekst).contains(gegeven), gegeven + " in: " + tekst);
        }
      }
      Thread.sleep(500);
      assertFalse(
          Arrays.stream(smtp.getReceivedMessages())
              .anyMatch(
                  m ->
                      onderwerp(m).equals(onderwerp) && ontvanger(m).startsWith("partner.politie")),
          "the sender gets no mail of their own message");

      // Unread for the GGZ until read; reading is logged and marks the thread read.
      assertEquals(1, ongelezenIn(ggz, casusId));
      assertEquals(0, ongelezenIn(politie, casusId), "one's own message is not unread");
      long gelezenEerder =
          aantal(gelogd, "berichten.lezen", "partner.ggz", "casus:" + casusId + " berichten");
      nl.zvh.regie.bericht.Draad draad = berichtendienst.lees(ggz, casusId, 0);
      assertEquals(1, draad.berichten().size());
      nl.zvh.regie.bericht.Draad.Regel regel = draad.berichten().get(0);
      assertEquals(geheim, regel.tekst(), "line breaks kept");
      assertEquals(politie.organisatieNaam(), regel.organisatie());
      assertTrue(regel.ongelezen());
      assertFalse(regel.eigen());
      assertEquals(
          gelezenEerder + 1,
          aantal(gelogd, "berichten.lezen", "partner.ggz", "casus:" + casusId + " berichten"));
      assertEquals(0, ongelezenIn(ggz, casusId));
      assertFalse(berichtendienst.lees(ggz, casusId, 0).berichten().get(0).ongelezen());

      // A correction is a new message of the same sender; the first stays as it was.
      klok.zet(LocalDateTime.of(2031, 3, 3, 10, 0));
      berichtendienst.verstuur(politie, casusId, "Correctie: PV 2031-124.", eerste);
      assertThrows(
          DomeinRegelGeschonden.class,
          () -> berichtendienst.verstuur(ggz, casusId, "Niet van mij", eerste));
      nl.zvh.regie.bericht.Draad twee = berichtendienst.lees(regisseur, casusId, 0);
      assertEquals(2, twee.berichten().size());
      assertEquals(geheim, twee.berichten().get(0).tekst());
      assertEquals(eerste, twee.berichten().get(1).corrigeert());
      assertEquals(1, ongelezenIn(ggz, casusId));

      // A non-participant, and the roles without need to know, are refused.
      Actor gemeente =
          new Actor("partner.gemeente", Rol.KETENPARTNER, 987_654_321L, "Gemeente Nergens");
      assertThrows(GeenToegang.class, () -> berichtendienst.lees(gemeente, casusId, 0));
      assertThrows(
          GeenToegang.class, () -> berichtendienst.verstuur(gemeente, casusId, "Hoi", null));
      assertThrows(
          GeenToegang.class, () -> berichtendienst.lees(actor("manager", Rol.MANAGER), casusId, 0));
      assertThrows(
          GeenToegang.class,
          () -> berichtendienst.lees(actor("privacy", Rol.PRIVACY_OFFICER), casusId, 0));

      // The police leave the case: from the next day on they no longer read or write the thread.
      klok.zet(LocalDateTime.of(2031, 3, 5, 9, 0));
      try (Connection c = dataSource.getConnection();
          PreparedStatement update =
              c.prepareStatement(
                  "update casus_deelname set tot = ? where casus_id = ? and organisatie_id = ?")) {
        update.setObject(1, LocalDate.of(2031, 3, 4));
        update.setLong(2, casusId);
        update.setLong(3, politie.organisatieId());
        assertEquals(1, update.executeUpdate());
      }
      berichtendienst.verstuur(ggz, casusId, "Dank, genoteerd.", null);
      assertThrows(GeenToegang.class, () -> berichtendienst.lees(politie, casusId, 0));
      assertThrows(
          GeenToegang.class, () -> berichtendienst.verstuur(politie, casusId, "Nog iets", null));
      assertEquals(0, ongelezenIn(politie, casusId), "not counted for an organisation that left");
      assertEquals(1, ongelezenIn(regisseur, casusId), "the GGZ's answer; he read the rest");
      assertEquals(
          2,
          berichtendienst.lees(ggz, casusId, 0).berichten().stream()
              .filter(r -> !r.eigen())
              .count());
    } finally {
      smtp.stop();
    }
  }

  private long ongelezenIn(Actor actor, long casusId) {
    return berichtendienst.ongelezen(actor).casussen().stream()
        .filter(c -> c.casusId() == casusId)
        .mapToLong(nl.zvh.regie.bericht.Ongelezen.Casus::aantal)
        .sum();
  }

  // ---- Procesregie (issue 13): the chain up to bestuur, re-agendering, closing and reopening

  @Inject private nl.zvh.regie.procesregie.Opschalingsdienst opschalingsdienst;
  @Inject private nl.zvh.regie.procesregie.Afsluitdienst afsluitdienst;
  @Inject private nl.zvh.regie.procesregie.Nazorgherinneringen nazorgherinneringen;
  @Inject private nl.zvh.regie.procesregie.Procesregie procesregie;
  @Inject private nl.zvh.regie.procesregie.Opschalingen opschalingen;

  @Test
  void theChainGoesUpToBestuurAndTheCaseIsClosedWithItsResultReopenedAndFollowedUp()
      throws Exception {
    assertThrows(EJBAccessException.class, () -> procesregie.stand(1L), "no role, no procesregie");
    assertThrows(EJBAccessException.class, () -> opschalingen.inbox(), "no role, no inbox");
    GreenMail smtp = smtpServer();
    try {
      klok.zet(LocalDateTime.of(2032, 3, 1, 9, 0));
      Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
      Actor manager = actor("manager", Rol.MANAGER);
      Actor politie = partner("partner.politie");
      Actor ggz = partner("partner.ggz");
      long casusId = casusInUitvoering("Keten", "Opschaler");
      String nummer = casusdienst.lees(regisseur, casusId).nummer();
      LocalDate vandaag = LocalDate.now(klok);

      // A partner's signal goes up: the casusregisseur escalates to the procesregisseur...
      uitvoeringsdienst.meldSignaal(politie, casusId, "Verhuurder start ontruiming");
      long signaalId = uitvoeringsdienst.stand(ggz, casusId).signalen().get(0).id();
      long escalatieId =
          uitvoeringsdienst.schaalOp(
              ggz, casusId, "Partners komen er niet uit", "Bestuurlijke hulp", List.of(signaalId));
      nl.zvh.regie.procesregie.ProcesregieWeergave stand = afsluitdienst.stand(regisseur, casusId);
      assertTrue(stand.magOpschalen() && stand.magAfsluiten());
      assertEquals(escalatieId, stand.openEscalaties().get(0).id());

      // ...who escalates to a manager: the question, why, what was tried, and by when.
      long managerId = gebruikerId("manager");
      nl.zvh.regie.procesregie.Opschalingsinvoer invoer =
          new nl.zvh.regie.procesregie.Opschalingsinvoer(
              escalatieId,
              "Wilt u de woningcorporatie vragen de ontruiming op te schorten?",
              "Een ontruiming maakt het plan onuitvoerbaar",
              "Twee gesprekken met de verhuurder",
              vandaag.plusDays(7),
              managerId);
      for (Actor geweigerd : List.of(politie, ggz, manager)) {
        assertThrows(
            GeenToegang.class,
            () -> opschalingsdienst.schaalOp(geweigerd, casusId, invoer),
            geweigerd.gebruikersnaam());
      }
      assertEquals(
          "vraag",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () ->
                      opschalingsdienst.schaalOp(
                          regisseur,
                          casusId,
                          new nl.zvh.regie.procesregie.Opschalingsinvoer(
                              escalatieId, " ", "r", "g", vandaag.plusDays(7), managerId)))
              .veld()
              .orElseThrow());
      long opschalingId = opschalingsdienst.schaalOp(regisseur, casusId, invoer);
      assertZonderInhoud(
          wachtOpBericht(smtp, email("manager"), "Opschaling casus " + nummer),
          "Keten",
          "Opschaler",
          "woningcorporatie",
          "ontruiming");

      // The manager reads the escalation as written for them, and nothing of the case.
      nl.zvh.regie.procesregie.OpschalingRegel inInbox =
          opschalingsdienst.inbox(manager).stream()
              .filter(r -> r.id() == opschalingId)
              .findFirst()
              .orElseThrow();
      assertEquals(nl.zvh.domain.model.procesregie.Opschaling.Status.OPEN, inInbox.status());
      assertEquals(nummer, inInbox.casusnummer());
      nl.zvh.regie.procesregie.OpschalingWeergave gelezen =
          opschalingsdienst.lees(manager, opschalingId);
      assertEquals(invoer.vraag(), gelezen.vraag());
      assertEquals(invoer.geprobeerd(), gelezen.geprobeerd());
      assertTrue(gelezen.magBesluiten() && gelezen.uitEscalatie());
      assertThrows(GeenToegang.class, () -> casusdienst.lees(manager, casusId));
      assertThrows(GeenToegang.class, () -> uitvoeringsdienst.stand(manager, casusId));
      assertThrows(GeenToegang.class, () -> afsluitdienst.stand(manager, casusId));
      assertThrows(GeenToegang.class, () -> plandienst.plan(manager, casusId));
      for (Actor ander : List.of(ggz, politie, actor("privacy", Rol.PRIVACY_OFFICER))) {
        assertThrows(
            GeenToegang.class,
            () -> opschalingsdienst.lees(ander, opschalingId),
            ander.gebruikersnaam());
      }
      assertFalse(opschalingsdienst.lees(regisseur, opschalingId).magBesluiten());
      assertThrows(
          GeenToegang.class,
          () -> opschalingsdienst.besluit(regisseur, opschalingId, gelezen.versie(), "Zelf"));

      // The manager takes it to bestuur and records the bestuur's outcome; each step is told.
      opschalingsdienst.naarBestuur(manager, opschalingId, gelezen.versie(), "Bestuurlijk besluit");
      assertZonderInhoud(
          wachtOpBericht(smtp, email("regisseur"), "Opschaling naar bestuur casus " + nummer),
          "Keten",
          "Bestuurlijk besluit");
      assertThrows(
          GelijktijdigGewijzigd.class,
          () -> opschalingsdienst.besluit(manager, opschalingId, gelezen.versie(), "Oud"));
      long bijBestuur = opschalingsdienst.lees(manager, opschalingId).versie();
      assertEquals(
          "bestuurBeslotenOp",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () ->
                      opschalingsdienst.legBestuursuitkomstVast(
                          manager, opschalingId, bijBestuur, "Akkoord", vandaag.plusDays(1)))
              .veld()
              .orElseThrow());
      opschalingsdienst.legBestuursuitkomstVast(
          manager, opschalingId, bijBestuur, "Corporatie schort op", vandaag);
      wachtOpBericht(smtp, email("regisseur"), "Besluit bestuur casus " + nummer);
      assertEquals(
          "Corporatie schort op",
          afsluitdienst.stand(regisseur, casusId).opschalingen().get(0).bestuurUitkomst());
      uitvoeringsdienst.handelEscalatieAf(
          regisseur,
          escalatieId,
          uitvoeringsdienst.stand(regisseur, casusId).escalaties().get(0).versie(),
          "Bestuur: de corporatie schort de ontruiming op");

      // Re-agendering: a follow-up overleg is decided with the casusregisseur.
      Overlegplanning vervolg =
          planning(
              LocalDateTime.now(klok).plusDays(14).withHour(10),
              gebruikerId("partner.politie"),
              gebruikerId("partner.ggz"));
      assertEquals("Gijs van de GGZ", overlegdienst.vervolgMet(regisseur, casusId).orElseThrow());
      assertEquals(
          "akkoordCasusregisseur",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () -> overlegdienst.plan(regisseur, casusId, vervolg))
              .veld()
              .orElseThrow());
      overlegdienst.plan(
          regisseur,
          casusId,
          new Overlegplanning(
              vervolg.datum(),
              vervolg.begin(),
              vervolg.eind(),
              vervolg.locatie(),
              null,
              vervolg.voorzitterId(),
              vervolg.agenda(),
              vervolg.genodigden(),
              "Plan bijstellen na het besluit van het bestuur",
              true));

      // Afschalen: with the casusregisseur, a result and a final score on every row.
      nl.zvh.regie.procesregie.Afsluitformulier formulier =
          afsluitdienst.formulier(regisseur, casusId);
      assertTrue(formulier.naPlan());
      assertEquals("Gijs van de GGZ", formulier.casusregisseur());
      assertFalse(formulier.rijen().isEmpty());
      assertThrows(GeenToegang.class, () -> afsluitdienst.formulier(ggz, casusId));
      List<nl.zvh.regie.procesregie.Afsluitinvoer.Score> scores =
          formulier.rijen().stream()
              .map(
                  r ->
                      new nl.zvh.regie.procesregie.Afsluitinvoer.Score(
                          r.betrokkeneId(), r.leefgebied(), 4))
              .toList();
      nl.zvh.regie.procesregie.Afsluitinvoer afsluiten =
          new nl.zvh.regie.procesregie.Afsluitinvoer(
              nl.zvh.domain.model.procesregie.Resultaat.DOEL_DEELS_BEREIKT,
              "Woning behouden, behandeling loopt",
              true,
              scores,
              vandaag.plusDays(30));
      assertEquals(
          "akkoordCasusregisseur",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () ->
                      afsluitdienst.sluitAf(
                          regisseur,
                          casusId,
                          formulier.casusversie(),
                          new nl.zvh.regie.procesregie.Afsluitinvoer(
                              afsluiten.resultaat(), null, false, scores, null)))
              .veld()
              .orElseThrow());
      assertThrows(
          GeenToegang.class,
          () -> afsluitdienst.sluitAf(ggz, casusId, formulier.casusversie(), afsluiten));
      long versieNu = afsluitdienst.formulier(regisseur, casusId).casusversie();
      afsluitdienst.sluitAf(regisseur, casusId, versieNu, afsluiten);
      assertEquals("AFGESLOTEN", casusdienst.lees(regisseur, casusId).status().name());
      assertZonderInhoud(
          wachtOpBericht(smtp, email("partner.ggz"), "Afsluiting casus " + nummer),
          "Keten",
          "Woning behouden");
      wachtOpBericht(smtp, email("partner.politie"), "Afsluiting casus " + nummer);
      assertEquals(
          "Deze casus kan in haar huidige status niet worden afgesloten.",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () -> afsluitdienst.sluitAf(regisseur, casusId, versieNu, afsluiten))
              .getMessage(),
          "a second closing from the same form: refused with the reason");
      nl.zvh.regie.procesregie.ProcesregieWeergave afgesloten =
          afsluitdienst.stand(regisseur, casusId);
      assertEquals(4, afgesloten.afsluitingen().get(0).eindscores().get(0).score());
      assertEquals("Gijs van de GGZ", afgesloten.afsluitingen().get(0).casusregisseur());
      assertEquals(
          vandaag.plusMonths(24),
          afgesloten.afsluitingen().get(0).bewarenTotEnMet(),
          "retention runs from the closing");

      // The follow-up check: reminded once on its day, then recorded.
      klok.zet(vandaag.plusDays(30).atTime(7, 40));
      assertTrue(nazorgherinneringen.herinner() >= 1);
      assertZonderInhoud(
          wachtOpBericht(smtp, email("regisseur"), "Nazorgcheck casus " + nummer), "Keten");
      assertEquals(0, nazorgherinneringen.herinner(), "once");
      nl.zvh.regie.procesregie.ProcesregieWeergave.NazorgRegel nazorg =
          afsluitdienst.stand(regisseur, casusId).nazorg().get(0);
      assertTrue(nazorg.magVastleggen());
      afsluitdienst.legNazorgVast(regisseur, nazorg.id(), nazorg.versie(), "Gaat goed");
      assertEquals(
          nl.zvh.domain.model.procesregie.Nazorgcheck.Status.GEDAAN,
          afsluitdienst.stand(regisseur, casusId).nazorg().get(0).status());

      // Reopened within retention, back in uitvoering; closed again; past retention: refused.
      long afsluitingId = afsluitdienst.stand(regisseur, casusId).afsluitingen().get(0).id();
      assertThrows(GeenToegang.class, () -> afsluitdienst.heropen(ggz, afsluitingId, "Terugval"));
      afsluitdienst.heropen(regisseur, afsluitingId, "Terugval na verhuizing");
      assertEquals("IN_UITVOERING", casusdienst.lees(regisseur, casusId).status().name());
      wachtOpBericht(smtp, email("partner.ggz"), "Heropening casus " + nummer);
      afsluitdienst.sluitAf(
          regisseur,
          casusId,
          afsluitdienst.formulier(regisseur, casusId).casusversie(),
          new nl.zvh.regie.procesregie.Afsluitinvoer(
              nl.zvh.domain.model.procesregie.Resultaat.REGULIERE_ZORG, null, true, scores, null));
      klok.zet(vandaag.plusDays(30).plusMonths(24).plusDays(1).atTime(9, 0));
      long tweede = afsluitdienst.stand(regisseur, casusId).afsluitingen().get(0).id();
      assertEquals(
          "De bewaartermijn van deze casus is verstreken; zij kan niet meer worden heropend.",
          assertThrows(
                  DomeinRegelGeschonden.class,
                  () -> afsluitdienst.heropen(regisseur, tweede, "Te laat"))
              .getMessage());

      List<String> tijdlijn =
          screeningsdienst.status(regisseur, casusId).tijdlijn().stream()
              .map(Screeningsstatus.Tijdlijnregel::sleutel)
              .toList();
      for (String soort :
          List.of(
              "OPGESCHAALD_NAAR_MANAGER",
              "NAAR_BESTUUR",
              "BESTUUR_BESLOTEN",
              "HERAGENDERING",
              "NAZORG_VASTGELEGD")) {
        assertTrue(tijdlijn.contains("gebeurtenis." + soort), soort + " in " + tijdlijn);
      }
    } finally {
      smtp.stop();
    }
  }

  // ---- Management figures (issue 13, item 6).

  @Test
  void theManagerGetsTheFiguresWithoutSmallCountsAndOtherRolesAreRefused() throws SQLException {
    klok.zet(LocalDateTime.of(2031, 6, 12, 9, 0));
    Cijferdienst.Periode periode = cijferdienst.standaardperiode();
    assertEquals(LocalDate.of(2030, 7, 1), periode.van(), "the last twelve months");
    assertEquals(LocalDate.of(2031, 6, 12), periode.tot());

    Managementcijfers cijfers =
        cijferdienst.cijfers(actor("manager", Rol.MANAGER), periode.van(), periode.tot());
    assertEquals(12, cijfers.aanmeldingenPerMaand().size());
    assertEquals(2, cijfers.triageuitkomsten().size());
    assertEquals(3, cijfers.doorlooptijden().size());
    // Whatever the other tests stored: no count of 1 to 4 leaves the service as a number.
    List<Cel> cellen = new ArrayList<>();
    cijfers.aanmeldingenPerMaand().forEach(m -> cellen.add(m.aantal()));
    cijfers.aanmeldingenPerOrganisatie().forEach(r -> cellen.add(r.aantal()));
    cijfers.triageuitkomsten().forEach(r -> cellen.add(r.aantal()));
    cijfers.afsluitingen().forEach(r -> cellen.add(r.aantal()));
    cellen.add(cijfers.inUitvoeringNu());
    for (Cel cel : cellen) {
      assertTrue(
          !cel.heeftWaarde() || cel.waarde().signum() == 0 || cel.waarde().intValue() >= 5,
          "no small count: " + cel);
    }

    DomeinRegelGeschonden omgekeerd =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                cijferdienst.cijfers(actor("manager", Rol.MANAGER), periode.tot(), periode.van()));
    assertEquals("tot", omgekeerd.veld().orElseThrow());

    // The procesregisseur and a partner have no need for them: the policy refuses, and the
    // boundary refuses every caller without the MANAGER role (here: none).
    GeenToegang regisseur =
        assertThrows(
            GeenToegang.class,
            () ->
                cijferdienst.cijfers(
                    actor("regisseur", Rol.PROCESREGISSEUR), periode.van(), periode.tot()));
    assertEquals("Alleen de manager ziet de managementcijfers.", regisseur.getMessage());
    assertThrows(
        GeenToegang.class,
        () -> cijferdienst.cijfers(partner("partner.politie"), periode.van(), periode.tot()));
    assertThrows(
        EJBAccessException.class, () -> managementinformatie.cijfers(periode.van(), periode.tot()));
    assertThrows(EJBAccessException.class, () -> managementinformatie.standaardperiode());
  }

  // ---- Procesregie dashboard and contact moments (issue 13, item 1)

  @Inject private Procesregieoverzichtdienst procesregieoverzichtdienst;
  @Inject private Procesregieoverzicht procesregieoverzicht;
  @Inject private Contactmomentdienst contactmomentdienst;
  @Inject private Contactmomenten contactmomenten;

  @Test
  void theProcesregisseurKeepsInTouchWithTheCasusregisseurAndTheDashboardShowsWhatNeedsIt()
      throws SQLException {
    Actor regisseur = actor("regisseur", Rol.PROCESREGISSEUR);
    Actor manager = actor("manager", Rol.MANAGER);
    Actor ggz = partner("partner.ggz");

    // The demo case 000006: last contact five weeks ago, longer than the default 28 days.
    Procesregieregel demo =
        procesregieoverzichtdienst
            .pagina(
                regisseur,
                new Procesregievraag(Aandachtfilter.CONTACT, "-000006", null, true, 0, 5))
            .rijen()
            .get(0);
    assertTrue(demo.contactTeLang());
    assertEquals("Gijs van de GGZ", demo.casusregisseur());
    assertTrue(
        demo.laatsteContact().isBefore(LocalDate.now(klok).minusDays(28)),
        "the demo's contact, or a browser test's, longer ago than 28 days");

    long casusId = casusInUitvoering("Conny", "Contactmoment");
    String nummer = nummer(casusId);
    Procesregievraag vraag = new Procesregievraag(null, nummer, null, true, 0, 5);
    Procesregieregel regel = procesregieoverzichtdienst.pagina(regisseur, vraag).rijen().get(0);
    assertEquals(casusId, regel.casusId());
    assertEquals("Gijs van de GGZ", regel.casusregisseur());
    assertEquals(null, regel.laatsteContact(), "no contact yet: counted from the start");
    assertFalse(regel.contactTeLang());
    assertEquals(0, regel.teLaat());

    // A month on without contact, and both actiepunten (due three weeks after the ICO) overdue.
    klok.zet(LocalDateTime.now(klok).plusDays(30));
    LocalDate vandaag = LocalDate.now(klok);
    regel = procesregieoverzichtdienst.pagina(regisseur, vraag).rijen().get(0);
    assertTrue(regel.contactTeLang());
    assertEquals(2, regel.teLaat());
    assertEquals(
        1,
        procesregieoverzichtdienst.tel(
            regisseur, Procesregievraag.telling(Aandachtfilter.CONTACT, nummer)));
    long aandacht = procesregieoverzichtdienst.aantalMetAandacht(regisseur);
    assertTrue(aandacht >= 2, "this case and the demo case need attention");

    // A contact in the future is refused, naming the field; the partner and the manager may not.
    DomeinRegelGeschonden toekomst =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                contactmomentdienst.legVast(
                    regisseur, casusId, vandaag.plusDays(1), Contactmoment.Vorm.TELEFOON, null));
    assertEquals("datum", toekomst.veld().orElseThrow());
    assertThrows(
        GeenToegang.class,
        () ->
            contactmomentdienst.legVast(
                ggz, casusId, vandaag, Contactmoment.Vorm.TELEFOON, "Van de partner"));
    assertThrows(
        GeenToegang.class,
        () ->
            contactmomentdienst.legVast(
                manager, casusId, vandaag, Contactmoment.Vorm.TELEFOON, "Van de manager"));
    assertThrows(GeenToegang.class, () -> contactmomentdienst.lees(manager, casusId));
    assertThrows(GeenToegang.class, () -> contactmomentdienst.lees(ggz, casusId));
    assertThrows(GeenToegang.class, () -> procesregieoverzichtdienst.pagina(manager, vraag));
    assertThrows(GeenToegang.class, () -> procesregieoverzichtdienst.aantalMetAandacht(ggz));
    // The boundaries are for the procesregisseur's role (this test calls them with none).
    assertThrows(EJBAccessException.class, () -> procesregieoverzicht.aantalMetAandacht());
    assertThrows(EJBAccessException.class, () -> procesregieoverzicht.pagina(vraag));
    assertThrows(EJBAccessException.class, () -> contactmomenten.lees(casusId));
    assertThrows(
        EJBAccessException.class,
        () -> contactmomenten.legVast(casusId, vandaag, Contactmoment.Vorm.BEZOEK, null));

    long gelogd =
        aantal(
            "select count(*) from verwerkingsregel where operatie = 'casusregisseur.contact'"
                + " and gebruiker = 'regisseur'");
    contactmomentdienst.legVast(
        regisseur,
        casusId,
        vandaag.minusDays(1),
        Contactmoment.Vorm.TELEFOON,
        "Vertrouwelijke notitie over de voortgang");
    assertTrue(
        aantal(
                "select count(*) from verwerkingsregel where operatie = 'casusregisseur.contact'"
                    + " and gebruiker = 'regisseur'")
            > gelogd,
        "recording the contact is logged");
    Contactmomentweergave weergave = contactmomentdienst.lees(regisseur, casusId);
    assertEquals(1, weergave.contacten().size());
    assertEquals("Vertrouwelijke notitie over de voortgang", weergave.contacten().get(0).notitie());
    assertEquals(
        1,
        aantal(
            "select count(*) from casus_gebeurtenis where casus_id = ? and soort = ?"
                + " and omschrijving like 'Contact met de casusregisseur (telefoon)%'",
            casusId, "CONTACT_CASUSREGISSEUR"));
    assertEquals(
        0,
        aantal(
            "select count(*) from casus_gebeurtenis where casus_id = ?"
                + " and omschrijving like '%Vertrouwelijke%'",
            casusId),
        "the timeline has the contact, not the note");

    regel = procesregieoverzichtdienst.pagina(regisseur, vraag).rijen().get(0);
    assertEquals(vandaag.minusDays(1), regel.laatsteContact());
    assertEquals(Long.valueOf(1), regel.dagenZonderContact());
    assertFalse(regel.contactTeLang());
    assertEquals(
        0,
        procesregieoverzichtdienst.tel(
            regisseur, Procesregievraag.telling(Aandachtfilter.CONTACT, nummer)));
    assertEquals(
        1,
        procesregieoverzichtdienst.tel(
            regisseur, Procesregievraag.telling(Aandachtfilter.TE_LAAT, nummer)));
  }

  // ---- Issue 14: logging in in two steps, the lockout, one's own password.

  @Inject private nl.zvh.regie.beveiliging.Inlogdienst inlogdienst;
  @Inject private nl.zvh.regie.beveiliging.Inlogbewaking inlogbewaking;

  @Test
  void aLoginNeedsASecondFactorThatIsEnrolledOnceAndCodesAreNotReplayed() throws Exception {
    Actor beheerder = actor("beheerder", Rol.BEHEERDER);
    String naam = "inlog." + Long.toString(System.nanoTime(), 36);
    String adres = "192.0.2." + (System.nanoTime() % 250 + 1);
    long id = nieuwePartner(beheerder, naam, partner("partner.politie").organisatieId());
    try {
      var juist =
          assertInstanceOf(
              nl.zvh.regie.beveiliging.Inlogdienst.Juist.class,
              inlogdienst.controleerWachtwoord(
                  " " + naam.toUpperCase() + " ", "Overdracht-Wachtwoord-2033!", adres));
      assertFalse(juist.tweedeFactorIngesteld(), "a new account has no second factor yet");
      assertEquals(Rol.KETENPARTNER, juist.rol());

      String geheim = nl.zvh.regie.beveiliging.Totp.nieuwGeheim();
      long stap = nl.zvh.regie.beveiliging.Totp.tijdstap(klok.instant());
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
          inlogdienst.stelIn(
              naam, geheim, "000000".equals(code(geheim, stap)) ? "111111" : "000000", adres),
          "a wrong code does not enrol");
      var ingesteld =
          assertInstanceOf(
              nl.zvh.regie.beveiliging.Inlogdienst.Gelukt.class,
              inlogdienst.stelIn(naam, geheim, code(geheim, stap), adres));
      assertEquals(10, ingesteld.herstelcodes().size());
      assertTrue(ingesteld.vorige().isEmpty(), "the first login has no previous one");
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
          inlogdienst.stelIn(naam, nl.zvh.regie.beveiliging.Totp.nieuwGeheim(), "123456", adres),
          "enrolled once: a second enrolment is refused");

      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
          inlogdienst.controleerCode(naam, code(geheim, stap), adres),
          "the code that enrolled cannot log in again");
      var tweede =
          assertInstanceOf(
              nl.zvh.regie.beveiliging.Inlogdienst.Gelukt.class,
              inlogdienst.controleerCode(naam, code(geheim, stap + 1), adres));
      assertEquals(adres, tweede.vorige().orElseThrow().adres());
      assertEquals(
          2,
          tweede.vorige().orElseThrow().mislukteSindsdien(),
          "the refused second enrolment and the replayed code");

      String herstelcode = ingesteld.herstelcodes().get(3);
      var metHerstelcode =
          assertInstanceOf(
              nl.zvh.regie.beveiliging.Inlogdienst.Gelukt.class,
              inlogdienst.controleerCode(naam, herstelcode.toUpperCase(), adres));
      assertTrue(metHerstelcode.herstelcodeGebruikt());
      assertEquals(9, metHerstelcode.herstelcodesOver());
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
          inlogdienst.controleerCode(naam, herstelcode, adres),
          "a recovery code works once");

      GebruikerGegevens gegevens = gebruikersdienst.lees(id);
      gebruikersdienst.herstelTweedeFactor(beheerder, id, gegevens.getVersie());
      assertFalse(
          assertInstanceOf(
                  nl.zvh.regie.beveiliging.Inlogdienst.Juist.class,
                  inlogdienst.controleerWachtwoord(naam, "Overdracht-Wachtwoord-2033!", adres))
              .tweedeFactorIngesteld(),
          "after the beheerder's reset the user enrols again");
      assertEquals(
          1,
          aantal(
              "select count(*) from inloggebeurtenis where gebruikersnaam = ?"
                  + " and soort = 'TWEEDE_FACTOR_HERSTELD' and door = 'beheerder'",
              naam));
    } finally {
      gebruikersdienst.zetActief(beheerder, id, gebruikersdienst.lees(id).getVersie(), false);
    }
  }

  @Test
  void repeatedFailuresLockANameExistingOrNotAndAnAddressUntilTheBlockingTimeHasPassed()
      throws Exception {
    Actor beheerder = actor("beheerder", Rol.BEHEERDER);
    String naam = "slot." + Long.toString(System.nanoTime(), 36);
    String adres = "198.51.100." + (System.nanoTime() % 250 + 1);
    long id = nieuwePartner(beheerder, naam, partner("partner.politie").organisatieId());
    try {
      for (int i = 0; i < 5; i++) {
        assertInstanceOf(
            nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
            inlogdienst.controleerWachtwoord(naam, "Fout-wachtwoord-" + i, adres));
      }
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Geblokkeerd.class,
          inlogdienst.controleerWachtwoord(naam, "Overdracht-Wachtwoord-2033!", "203.0.113.9"),
          "the right password from elsewhere is refused too while the name is locked");
      String onbekend = "onbekend." + Long.toString(System.nanoTime(), 36);
      for (int i = 0; i < 5; i++) {
        inlogdienst.controleerWachtwoord(onbekend, "Fout-wachtwoord-" + i, "203.0.113.10");
      }
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Geblokkeerd.class,
          inlogdienst.controleerWachtwoord(onbekend, "Fout-wachtwoord", "203.0.113.10"),
          "an unknown name locks the same way: the lockout tells nothing about existence");

      klok.verzet(Duration.ofMinutes(16));
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Juist.class,
          inlogdienst.controleerWachtwoord(naam, "Overdracht-Wachtwoord-2033!", adres),
          "after the blocking time the right password works again");

      String ander = "ander." + Long.toString(System.nanoTime(), 36);
      for (int i = 0; i < 50; i++) {
        inlogdienst.controleerWachtwoord(ander + i, "Fout-wachtwoord", adres);
      }
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Geblokkeerd.class,
          inlogdienst.controleerWachtwoord(naam, "Overdracht-Wachtwoord-2033!", adres),
          "fifty failures from one address block that address for every name");
    } finally {
      gebruikersdienst.zetActief(beheerder, id, gebruikersdienst.lees(id).getVersie(), false);
    }
  }

  @Test
  void theSecretOfTheSecondFactorIsStoredEncryptedAndOneFromBeforeStillWorksAndIsEncrypted()
      throws Exception {
    Actor beheerder = actor("beheerder", Rol.BEHEERDER);
    String naam = "geheim." + Long.toString(System.nanoTime(), 36);
    String adres = "192.0.2.201";
    long id = nieuwePartner(beheerder, naam, partner("partner.politie").organisatieId());
    try {
      String geheim = nl.zvh.regie.beveiliging.Totp.nieuwGeheim();
      long stap = metApp(naam, geheim, adres);
      String sql = "select count(*) from tweede_factor where gebruiker_id = ? and geheim like ?";
      assertEquals(1, aantal(sql, id, "v1.%"), "stored encrypted");
      assertEquals(0, aantal(sql, id, "%" + geheim + "%"));

      // As stored before encryption: the secret itself in the row.
      zetGeheim(id, geheim);
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Gelukt.class,
          inlogdienst.controleerCode(naam, code(geheim, stap + 1), adres));
      assertEquals(1, aantal(sql, id, "v1.%"), "encrypted at its first use");

      zetGeheim(id, geheim);
      assertTrue(inlogdienst.sluitOudeGeheimen() >= 1);
      assertEquals(
          0,
          aantal("select count(*) from tweede_factor where geheim not like 'v1.%'"),
          "the nightly task encrypts every secret from before, the demo's too");
    } finally {
      gebruikersdienst.zetActief(beheerder, id, gebruikersdienst.lees(id).getVersie(), false);
    }
  }

  /** Enrols the account with an app of this secret now; returns the time step its code used. */
  private long metApp(String naam, String geheim, String adres) {
    long stap = nl.zvh.regie.beveiliging.Totp.tijdstap(klok.instant());
    assertInstanceOf(
        nl.zvh.regie.beveiliging.Inlogdienst.Gelukt.class,
        inlogdienst.stelIn(naam, geheim, code(geheim, stap), adres));
    return stap;
  }

  private void zetGeheim(long gebruikerId, String geheim) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update tweede_factor set geheim = ? where gebruiker_id = ?")) {
      update.setString(1, geheim);
      update.setLong(2, gebruikerId);
      assertEquals(1, update.executeUpdate());
    }
  }

  @Test
  void theRecordOfLoginsOlderThanAYearIsRemovedAndNewerOnesStay() throws Exception {
    String naam = "bewaar." + Long.toString(System.nanoTime(), 36);
    Instant nu = klok.instant();
    for (int dagen : new int[] {400, 366, 364, 1}) {
      inlogbewaking.legVast(
          naam,
          "192.0.2.77",
          Inloggebeurtenis.Soort.WACHTWOORD_ONJUIST,
          null,
          nu.minus(Duration.ofDays(dagen)));
    }
    assertEquals(365, inlogbewaking.getBewaardagen(), "a year unless the deployment says else");

    assertTrue(inlogbewaking.ruimOp(nu) >= 2);
    assertEquals(
        2,
        aantal("select count(*) from inloggebeurtenis where gebruikersnaam = ?", naam),
        "the two of the last year stay");
    assertEquals(0, inlogbewaking.ruimOp(nu), "nothing more the same night");
  }

  @Test
  void changingOnesOwnPasswordNeedsTheCurrentOneAndACodeAndRefusesCommonPasswords()
      throws Exception {
    Actor beheerder = actor("beheerder", Rol.BEHEERDER);
    String naam = "wijzig." + Long.toString(System.nanoTime(), 36);
    String adres = "192.0.2.200";
    long id = nieuwePartner(beheerder, naam, partner("partner.politie").organisatieId());
    try {
      String geheim = nl.zvh.regie.beveiliging.Totp.nieuwGeheim();
      long stap = metApp(naam, geheim, adres);

      String huidig = "Overdracht-Wachtwoord-2033!";
      String nieuw = "Paars paard eet brood";
      assertEquals(
          "wachtwoord",
          geweigerdVeld(naam, huidig, code(geheim, stap + 1), "Welkom2026!!", adres),
          "a common password");
      assertEquals(
          "huidigWachtwoord",
          geweigerdVeld(naam, "Niet-het-huidige-1", code(geheim, stap + 1), nieuw, adres));
      assertEquals(
          "code",
          geweigerdVeld(naam, huidig, code(geheim, stap), nieuw, adres),
          "the code that enrolled is used");

      inlogdienst.wijzigWachtwoord(naam, huidig, code(geheim, stap + 1), nieuw, adres);
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Juist.class,
          inlogdienst.controleerWachtwoord(naam, nieuw, adres));
      assertInstanceOf(
          nl.zvh.regie.beveiliging.Inlogdienst.Onjuist.class,
          inlogdienst.controleerWachtwoord(naam, huidig, adres));
    } finally {
      gebruikersdienst.zetActief(beheerder, id, gebruikersdienst.lees(id).getVersie(), false);
    }
  }

  /** The field that a refused change of one's own password names. */
  private String geweigerdVeld(
      String naam, String huidig, String code, String nieuw, String adres) {
    return assertThrows(
            DomeinRegelGeschonden.class,
            () -> inlogdienst.wijzigWachtwoord(naam, huidig, code, nieuw, adres))
        .veld()
        .orElseThrow();
  }

  private static String code(String geheim, long stap) {
    return nl.zvh.regie.beveiliging.Totp.code(geheim, stap);
  }

  private String nummer(long casusId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement("select nummer from casus where id = ?")) {
      query.setLong(1, casusId);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
