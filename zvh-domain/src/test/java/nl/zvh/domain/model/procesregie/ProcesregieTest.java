package nl.zvh.domain.model.procesregie;

import static nl.zvh.domain.testdata.Voorbeeldcasussen.metId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of procesregie: the escalation chain above the casusregisseur (manager, then bestuur),
 * closing with a result that fits the case and final scores after a plan, reopening to where the
 * case was, and the follow-up check.
 */
class ProcesregieTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie =
      metId(new Organisatie("Politie", OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null), 1);
  private final Organisatie ggz =
      metId(new Organisatie("GGZ", OrganisatieType.GGZ, LocalDate.of(2025, 3, 1), null), 2);
  private final Organisatie zvh =
      metId(new Organisatie("ZVH", OrganisatieType.ZVH, LocalDate.of(2025, 3, 1), null), 3);
  private final Gebruiker arts =
      metId(new Gebruiker("anna", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 12);
  private final Gebruiker regisseur =
      metId(new Gebruiker("rita", "Rita", "rita@zvh.example", Rol.PROCESREGISSEUR, zvh, "x"), 13);
  private final Gebruiker manager =
      metId(new Gebruiker("mark", "Mark", "mark@zvh.example", Rol.MANAGER, zvh, "x"), 14);
  private Casus casus;
  private PlanVanAanpak plan;

  @BeforeEach
  void inUitvoering() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(30));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(20));
    casus.laatDeelnemen(ggz, VANDAAG.minusDays(20));
    plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Schulden onder controle");
    plan.voegActiepuntToe("Huisbezoek", ggz, arts, VANDAAG, VANDAAG.minusDays(10));
    plan.stelCasusregisseurAan(arts, "rita", NU.minusDays(10));
    plan.stelVast(1, "rita", NU.minusDays(10)).orElseThrow();
    casus.startUitvoering("rita", NU.minusDays(10));
  }

  // ---- The chain: procesregisseur -> manager -> bestuur

  @Test
  void anEscalationToAManagerNeedsAQuestionAReasonWhatWasTriedADateAndAnActiveManager() {
    assertEquals("vraag", veld(() -> opschaling(" ", VANDAAG.plusDays(7), manager)));
    assertEquals(
        "antwoordUiterlijk", veld(() -> opschaling("Besluit?", VANDAAG.minusDays(1), manager)));
    assertEquals("antwoordUiterlijk", veld(() -> opschaling("Besluit?", null, manager)));
    assertEquals(
        "antwoordUiterlijk", veld(() -> opschaling("Besluit?", VANDAAG.plusYears(2), manager)));
    assertEquals("manager", veld(() -> opschaling("Besluit?", VANDAAG.plusDays(7), regisseur)));
    assertEquals("manager", veld(() -> opschaling("Besluit?", VANDAAG.plusDays(7), null)));
    assertEquals(
        "geprobeerd",
        veld(
            () ->
                new Opschaling(
                    casus, null, "Besluit?", "Reden", "", VANDAAG, manager, regisseur, NU)));
    manager.deactiveer();
    assertEquals("manager", veld(() -> opschaling("Besluit?", VANDAAG.plusDays(7), manager)));
  }

  @Test
  void theManagerDecidesOnceOrTakesItToBestuurWhoseOutcomeClosesIt() {
    Opschaling besluit = opschaling("Mag het ZVH een extra ICO beleggen?", VANDAAG, manager);
    assertTrue(besluit.isOpen());
    assertFalse(besluit.isTeLaat(VANDAAG));
    assertTrue(besluit.isTeLaat(VANDAAG.plusDays(1)), "open after its date: late");
    assertEquals("besluit", veld(() -> besluit.besluit(" ", NU)));
    besluit.besluit("Ja, met de wethouder erbij.", NU.plusHours(1));
    assertEquals(Opschaling.Status.BESLOTEN, besluit.getStatus());
    assertEquals("Ja, met de wethouder erbij.", besluit.uitkomst().orElseThrow());
    assertFalse(besluit.isTeLaat(VANDAAG.plusDays(5)), "decided: never late");
    assertThrows(DomeinRegelGeschonden.class, () -> besluit.besluit("Nee", NU));
    assertThrows(DomeinRegelGeschonden.class, () -> besluit.naarBestuur("Te groot", NU));

    Opschaling bestuur = opschaling("Doorbraak nodig bij de woningcorporatie", VANDAAG, manager);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> bestuur.legBestuursuitkomstVast("Akkoord", VANDAAG, NU),
        "no outcome of bestuur before it lies with bestuur");
    assertEquals("bestuurReden", veld(() -> bestuur.naarBestuur("", NU)));
    bestuur.naarBestuur("Vraagt een bestuurlijke afspraak", NU);
    assertEquals(Opschaling.Status.BIJ_BESTUUR, bestuur.getStatus());
    assertTrue(bestuur.isOpen());
    assertThrows(DomeinRegelGeschonden.class, () -> bestuur.besluit("Zelf besloten", NU));
    assertEquals(
        "bestuurBeslotenOp",
        veld(() -> bestuur.legBestuursuitkomstVast("Akkoord", VANDAAG.plusDays(1), NU)));
    assertEquals(
        "bestuurBeslotenOp",
        veld(() -> bestuur.legBestuursuitkomstVast("Akkoord", VANDAAG.minusDays(1), NU)));
    bestuur.legBestuursuitkomstVast("Woningcorporatie schort uitzetting op", VANDAAG, NU);
    assertEquals(Opschaling.Status.BESLOTEN, bestuur.getStatus());
    assertEquals("Woningcorporatie schort uitzetting op", bestuur.uitkomst().orElseThrow());
  }

  @Test
  void anEscalationTakesUpAnOpenEscalationOfItsOwnCaseOnly() {
    Escalatie escalatie =
        new Escalatie(plan, "Afspraken niet nagekomen", null, List.of(), arts, NU);
    Opschaling opschaling =
        new Opschaling(
            casus, escalatie, "Besluit?", "Reden", "Gesprekken", VANDAAG, manager, regisseur, NU);
    assertEquals(escalatie, opschaling.getEscalatie().orElseThrow());

    Casus andere = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000002", NU.minusDays(30));
    Voorbeeldcasussen.opgepaktVoorIco(andere, NU.minusDays(20));
    assertEquals(
        "escalatie",
        veld(
            () ->
                new Opschaling(
                    andere,
                    escalatie,
                    "Besluit?",
                    "Reden",
                    "Gesprekken",
                    VANDAAG,
                    manager,
                    regisseur,
                    NU)));
    escalatie.handelAf("Opgelost", "rita", NU);
    assertEquals(
        "escalatie",
        veld(
            () ->
                new Opschaling(
                    casus,
                    escalatie,
                    "Besluit?",
                    "Reden",
                    "Gesprekken",
                    VANDAAG,
                    manager,
                    regisseur,
                    NU)));
  }

  @Test
  void onlyACaseTakenOnOrInUitvoeringIsEscalated() {
    Casus nieuw = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000003", NU.minusDays(3));
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            new Opschaling(
                nieuw, null, "Besluit?", "Reden", "Gesprekken", VANDAAG, manager, regisseur, NU));
  }

  // ---- Closing, reopening, follow-up

  @Test
  void afterAPlanACaseClosesWithThePlanResultsTheCasusregisseurAndAScoreOnEveryRow() {
    Betrokkene piet = casus.getBetrokkenen().get(0);
    assertEquals(
        List.of(
            Resultaat.DOEL_BEREIKT,
            Resultaat.DOEL_DEELS_BEREIKT,
            Resultaat.DOEL_NIET_BEREIKT,
            Resultaat.REGULIERE_ZORG,
            Resultaat.ANDERE_ROUTE),
        Resultaat.mogelijkVoor(casus));
    List<Afsluiting.Score> scores =
        List.of(
            new Afsluiting.Score(piet, Leefgebied.FINANCIEN, 4),
            new Afsluiting.Score(piet, Leefgebied.JUSTITIE, 3));
    assertEquals("resultaat", veld(() -> sluit(Resultaat.ADVIES, arts, scores)));
    assertEquals("resultaat", veld(() -> sluit(null, arts, scores)));
    assertEquals("casusregisseur", veld(() -> sluit(Resultaat.DOEL_BEREIKT, null, scores)));
    assertEquals(
        "akkoordCasusregisseur",
        veld(
            () ->
                Afsluiting.sluit(
                    casus, Resultaat.DOEL_BEREIKT, null, arts, false, scores, "rita", NU)));
    assertEquals("eindscores", veld(() -> sluit(Resultaat.DOEL_BEREIKT, arts, List.of())));
    assertEquals(
        "eindscores",
        veld(
            () ->
                sluit(
                    Resultaat.DOEL_BEREIKT,
                    arts,
                    List.of(new Afsluiting.Score(piet, Leefgebied.FINANCIEN, null)))));
    assertEquals(
        "eindscores",
        veld(
            () ->
                sluit(
                    Resultaat.DOEL_BEREIKT,
                    arts,
                    List.of(new Afsluiting.Score(piet, Leefgebied.FINANCIEN, 6)))));
    assertEquals(
        "toelichting",
        veld(() -> sluit(Resultaat.ANDERE_ROUTE, arts, scores)),
        "another route is described");
    assertEquals(CasusStatus.IN_UITVOERING, casus.getStatus(), "a refusal changes nothing");

    Afsluiting afsluiting = sluit(Resultaat.DOEL_DEELS_BEREIKT, arts, scores);
    assertEquals(CasusStatus.AFGESLOTEN, casus.getStatus());
    assertEquals(2, afsluiting.getEindscores().size());
    assertEquals(arts, afsluiting.getCasusregisseur().orElseThrow());
    assertEquals(
        "Afgesloten: doel deels bereikt, besloten met casusregisseur Anna.",
        casus.getStatusgeschiedenis().get(casus.getStatusgeschiedenis().size() - 1).getReden());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> sluit(Resultaat.DOEL_BEREIKT, arts, scores),
        "a closed case does not close again");
  }

  @Test
  void aCaseThatEndedBeforeAnIcoClosesWithTheOutcomeOfItsTriageWithoutScores() {
    Casus advies = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000004", NU.minusDays(9));
    Voorbeeldcasussen.nietVoorZvh(advies, NU.minusDays(2));
    assertEquals(List.of(Resultaat.NIET_VOOR_ZVH), Resultaat.mogelijkVoor(advies));
    Afsluiting afsluiting =
        Afsluiting.sluit(advies, Resultaat.NIET_VOOR_ZVH, null, null, false, List.of(), "rita", NU);
    assertTrue(afsluiting.getEindscores().isEmpty());
    assertEquals(CasusStatus.AFGESLOTEN, advies.getStatus());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> afsluiting.heropen("Nieuwe melding", "rita", NU),
        "not for the ZVH: a new situation is referred again");

    Casus ico = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000005", NU.minusDays(9));
    Voorbeeldcasussen.opgepaktVoorIco(ico, NU.minusDays(2));
    assertEquals(
        List.of(Resultaat.ANDERE_ROUTE, Resultaat.REGULIERE_ZORG), Resultaat.mogelijkVoor(ico));
    assertTrue(
        Resultaat.mogelijkVoor(
                Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000006", NU.minusDays(1)))
            .isEmpty(),
        "in screening: no closing");
  }

  @Test
  void aClosedCaseIsReopenedOnceWithAReasonBackToWhereItWas() {
    Betrokkene piet = casus.getBetrokkenen().get(0);
    Afsluiting afsluiting =
        sluit(
            Resultaat.REGULIERE_ZORG,
            arts,
            List.of(new Afsluiting.Score(piet, Leefgebied.FINANCIEN, 4)));
    assertEquals("heropenReden", veld(() -> afsluiting.heropen(" ", "rita", NU)));
    assertEquals(CasusStatus.AFGESLOTEN, casus.getStatus());
    afsluiting.heropen("Terugval na verhuizing", "rita", NU.plusDays(3));
    assertEquals(CasusStatus.IN_UITVOERING, casus.getStatus());
    assertTrue(afsluiting.isHeropend());
    assertEquals("Terugval na verhuizing", afsluiting.getHeropendReden().orElseThrow());
    assertThrows(
        DomeinRegelGeschonden.class, () -> afsluiting.heropen("Nogmaals", "rita", NU.plusDays(4)));

    afsluiting.vergeetBetrokkene(piet);
    assertTrue(afsluiting.getEindscores().isEmpty(), "erasure takes the final scores along");
  }

  @Test
  void theFollowUpCheckLiesAfterClosingIsRecordedOnceAndLapsesOnReopening() {
    Betrokkene piet = casus.getBetrokkenen().get(0);
    Afsluiting afsluiting =
        sluit(
            Resultaat.DOEL_BEREIKT,
            arts,
            List.of(new Afsluiting.Score(piet, Leefgebied.FINANCIEN, 5)));
    assertEquals("nazorgOp", veld(() -> new Nazorgcheck(afsluiting, VANDAAG)));
    assertEquals("nazorgOp", veld(() -> new Nazorgcheck(afsluiting, VANDAAG.plusYears(3))));
    Nazorgcheck check = new Nazorgcheck(afsluiting, VANDAAG.plusDays(90));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> check.legVast("Gaat goed", "rita", NU.plusDays(10)),
        "not long before its day");
    assertEquals("uitkomst", veld(() -> check.legVast("", "rita", NU.plusDays(80))));
    check.legVast("Woont stabiel, schulden in regeling", "rita", NU.plusDays(80));
    assertEquals(Nazorgcheck.Status.GEDAAN, check.getStatus());
    check.vervalt();
    assertEquals(Nazorgcheck.Status.GEDAAN, check.getStatus(), "a recorded check stays recorded");

    Nazorgcheck gepland = new Nazorgcheck(afsluiting, VANDAAG.plusDays(30));
    gepland.vervalt();
    assertEquals(Nazorgcheck.Status.VERVALLEN, gepland.getStatus());
    assertFalse(gepland.isOpen());
  }

  // ---- Settings, contact, re-agendering

  @Test
  void theSettingsKeepToTheirRanges() {
    Regieinstellingen instellingen = new Regieinstellingen();
    assertEquals("contacttermijnDagen", veld(() -> instellingen.wijzig(null, null)));
    assertEquals("contacttermijnDagen", veld(() -> instellingen.wijzig(0, null)));
    assertEquals("nazorgNaDagen", veld(() -> instellingen.wijzig(28, 0)));
    assertEquals("nazorgNaDagen", veld(() -> instellingen.wijzig(28, 731)));
    instellingen.wijzig(21, 90);
    assertEquals(21, instellingen.getContacttermijnDagen());
    assertEquals(90, instellingen.getNazorgNaDagen().orElseThrow());
    instellingen.wijzig(21, null);
    assertTrue(instellingen.getNazorgNaDagen().isEmpty(), "no follow-up check: a choice");
  }

  @Test
  void aContactIsInThePastAndAFollowUpIsAgreedWithTheCasusregisseur() {
    assertEquals(
        "datum",
        veld(
            () ->
                new Contactmoment(
                    casus,
                    arts,
                    VANDAAG.plusDays(1),
                    Contactmoment.Vorm.TELEFOON,
                    null,
                    "rita",
                    NU)));
    assertEquals(
        "vorm", veld(() -> new Contactmoment(casus, arts, VANDAAG, null, null, "rita", NU)));
    Contactmoment contact =
        new Contactmoment(casus, arts, VANDAAG, Contactmoment.Vorm.TELEFOON, "  ", "rita", NU);
    assertTrue(contact.getNotitie().isEmpty(), "a blank note is no note");
  }

  private Opschaling opschaling(String vraag, LocalDate uiterlijk, Gebruiker aan) {
    return new Opschaling(
        casus, null, vraag, "Partners lopen vast", "Twee ICO's", uiterlijk, aan, regisseur, NU);
  }

  private Afsluiting sluit(Resultaat resultaat, Gebruiker met, List<Afsluiting.Score> scores) {
    return Afsluiting.sluit(casus, resultaat, null, met, true, scores, "rita", NU);
  }

  private static String veld(Runnable actie) {
    return assertThrows(DomeinRegelGeschonden.class, actie::run).veld().orElse("(geen veld)");
  }
}
