package nl.zvh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Deelname;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The access matrix of the policy: every role, partners inside and outside the case, items with and
 * without consent, consent withdrawn, involvement ended. Refusals are checked as hard as
 * permissions.
 */
class ToegangsbeleidTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private final Toegangsbeleid beleid = new Toegangsbeleid();

  private Organisatie zvh;
  private Organisatie politie;
  private Organisatie ggz;
  private Organisatie gemeente;
  private Casus casus;
  private InformatieItem politieItem;
  private InformatieItem ggzGedeeld;
  private InformatieItem ggzNietGedeeld;

  @BeforeEach
  void casusMetPolitieEnGgz() {
    zvh = organisatie(1, "ZVH", OrganisatieType.ZVH);
    politie = organisatie(2, "Politie", OrganisatieType.POLITIE);
    ggz = organisatie(3, "GGZ", OrganisatieType.GGZ);
    gemeente = organisatie(4, "Gemeente", OrganisatieType.GEMEENTE);
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU);
    casus.laatDeelnemen(ggz, VANDAAG);
    politieItem =
        casus.legInformatieVast(
            politie, null, Informatiecategorie.STRAFRECHTELIJK, "PV", "agent", NU);
    ggzGedeeld =
        casus.legInformatieVast(ggz, null, Informatiecategorie.GEZONDHEID, "Diagnose", "arts", NU);
    ggzGedeeld.deelMetDeelnemers("arts", NU);
    ggzNietGedeeld =
        casus.legInformatieVast(ggz, null, Informatiecategorie.GEZONDHEID, "Medicatie", "arts", NU);
  }

  @Test
  void aPartnerSeesACaseOnlyWhileTheirOrganisationTakesPart() {
    assertTrue(beleid.casusInzien(partner(politie), casus, VANDAAG).toegestaan());
    assertTrue(beleid.casusInzien(partner(ggz), casus, VANDAAG).toegestaan());
    Besluit buiten = beleid.casusInzien(partner(gemeente), casus, VANDAAG);
    assertFalse(buiten.toegestaan());
    assertEquals("Uw organisatie neemt niet deel aan deze casus.", buiten.reden());

    casus.beeindigDeelname(ggz.getId(), VANDAAG);
    assertTrue(
        beleid.casusInzien(partner(ggz), casus, VANDAAG).toegestaan(), "the last day counts");
    assertFalse(beleid.casusInzien(partner(ggz), casus, VANDAAG.plusDays(1)).toegestaan());
  }

  @ParameterizedTest
  @EnumSource(
      value = Rol.class,
      names = {"MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
  void rolesWithoutNeedToKnowSeeNoCaseContent(Rol rol) {
    Actor actor = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
    assertFalse(beleid.casusInzien(actor, casus, VANDAAG).toegestaan());
    assertEquals(List.of(), beleid.zichtbareItems(actor, casus, VANDAAG));
  }

  @Test
  void aManagerReadsOnlyTheEscalationsAddressedToThemAndNeverTheCase() {
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU);
    Gebruiker mark = new Gebruiker("mark", "Mark", "mark@zvh.example", Rol.MANAGER, zvh, "x");
    Gebruiker rita =
        new Gebruiker("rita", "Rita", "rita@zvh.example", Rol.PROCESREGISSEUR, zvh, "x");
    Opschaling opschaling =
        new Opschaling(
            casus, null, "Besluit?", "Vastgelopen", "Twee ICO's", VANDAAG, mark, rita, NU);
    Actor manager = new Actor("mark", Rol.MANAGER, zvh.getId(), zvh.getNaam());
    Actor andereManager = new Actor("anne", Rol.MANAGER, zvh.getId(), zvh.getNaam());
    Actor regisseur = new Actor("rita", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());

    assertTrue(beleid.opschalingInzien(manager, opschaling, VANDAAG).toegestaan());
    assertTrue(beleid.opschalingBesluiten(manager, opschaling, VANDAAG).toegestaan());
    assertFalse(
        beleid.casusInzien(manager, casus, VANDAAG).toegestaan(),
        "the escalation is all the manager reads of the case");
    Besluit ander = beleid.opschalingInzien(andereManager, opschaling, VANDAAG);
    assertFalse(ander.toegestaan());
    assertEquals("Deze opschaling is aan een andere manager gericht.", ander.reden());
    assertFalse(beleid.opschalingBesluiten(andereManager, opschaling, VANDAAG).toegestaan());

    assertTrue(beleid.opschalingInzien(regisseur, opschaling, VANDAAG).toegestaan());
    assertFalse(
        beleid.opschalingBesluiten(regisseur, opschaling, VANDAAG).toegestaan(),
        "the manager decides, not the procesregisseur");
    for (Actor zonder :
        List.of(
            partner(politie),
            partner(ggz),
            new Actor("paula", Rol.PRIVACY_OFFICER, zvh.getId(), zvh.getNaam()),
            new Actor("bram", Rol.BEHEERDER, zvh.getId(), zvh.getNaam()))) {
      assertFalse(
          beleid.opschalingInzien(zonder, opschaling, VANDAAG).toegestaan(),
          zonder.gebruikersnaam());
    }

    assertTrue(beleid.managementcijfersZien(manager).toegestaan());
    assertFalse(beleid.managementcijfersZien(regisseur).toegestaan());
    assertTrue(beleid.procesregieVoeren(regisseur).toegestaan());
    assertFalse(beleid.procesregieVoeren(manager).toegestaan());
    assertFalse(beleid.procesregieVoeren(partner(ggz)).toegestaan());
  }

  @Test
  void theProcesregisseurSeesEveryCaseAndItem() {
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    assertTrue(beleid.casusInzien(regisseur, casus, VANDAAG).toegestaan());
    assertEquals(3, beleid.zichtbareItems(regisseur, casus, VANDAAG).size());
  }

  @Test
  void aConceptIsTheReferrersAloneUntilItIsSubmitted() {
    Casus concept = new Casus(politie, "agent", NU);
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    assertFalse(beleid.casusInzien(regisseur, concept, VANDAAG).toegestaan());
    assertTrue(beleid.casusInzien(partner(politie), concept, VANDAAG).toegestaan());
    assertTrue(beleid.aanmeldingWijzigen(partner(politie), concept).toegestaan());
    assertFalse(beleid.aanmeldingWijzigen(partner(ggz), concept).toegestaan());
    assertFalse(beleid.aanmeldingWijzigen(regisseur, concept).toegestaan());
  }

  @Test
  void aSubmittedReferralIsChangedByNobody() {
    casus.vraagAanvulling("Vul het adres aan.", "regisseur", NU);
    Besluit wijzigen = beleid.aanmeldingWijzigen(partner(politie), casus);
    assertTrue(wijzigen.toegestaan(), "sent back for completion, though numbered");
    casus.dienIn(null, "agent", NU, VANDAAG.plusWeeks(1), VANDAAG.plusDays(7));
    wijzigen = beleid.aanmeldingWijzigen(partner(politie), casus);
    assertFalse(wijzigen.toegestaan());
    assertEquals(
        "Deze aanmelding is ingediend en kan niet meer worden gewijzigd.", wijzigen.reden());
  }

  @Test
  void onlyTheProcesregisseurScreensAndOnlyTheAskedOrganisationAnswers() {
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    assertTrue(beleid.screenen(regisseur, casus, VANDAAG).toegestaan());
    assertFalse(beleid.screenen(partner(politie), casus, VANDAAG).toegestaan());
    assertFalse(
        beleid.screenen(regisseur, new Casus(politie, "agent", NU), VANDAAG).toegestaan(),
        "a concept");
    assertTrue(beleid.uitvraagBeantwoorden(partner(ggz), ggz.getId()).toegestaan());
    assertFalse(beleid.uitvraagBeantwoorden(partner(politie), ggz.getId()).toegestaan());
    assertFalse(beleid.uitvraagBeantwoorden(regisseur, zvh.getId()).toegestaan());
  }

  @Test
  void theReferralIsSeenByTheReferrerAndTheProcesregisseurOnly() {
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    assertTrue(beleid.aanmeldingInzien(partner(politie), casus, VANDAAG).toegestaan());
    assertTrue(beleid.aanmeldingInzien(regisseur, casus, VANDAAG).toegestaan());
    Besluit ggzBesluit = beleid.aanmeldingInzien(partner(ggz), casus, VANDAAG);
    assertFalse(ggzBesluit.toegestaan(), "a participant, but not the referrer");
    assertFalse(beleid.aanmeldingInzien(partner(gemeente), casus, VANDAAG).toegestaan());
  }

  @ParameterizedTest
  @EnumSource(Rol.class)
  void onlyTheProcesregisseurSeesThatABetrokkeneIsAlreadyKnown(Rol rol) {
    Actor actor = new Actor("iemand", rol, politie.getId(), politie.getNaam());
    assertEquals(rol == Rol.PROCESREGISSEUR, beleid.bekendheidZien(actor).toegestaan());
  }

  @Test
  void aPartnerSeesOwnItemsAndSharedItemsOfOthersButNotUnsharedOnes() {
    assertEquals(
        List.of(politieItem, ggzGedeeld), beleid.zichtbareItems(partner(politie), casus, VANDAAG));
    assertEquals(
        List.of(ggzGedeeld, ggzNietGedeeld), beleid.zichtbareItems(partner(ggz), casus, VANDAAG));
    assertEquals(
        "De bronorganisatie heeft deze informatie niet met u gedeeld.",
        beleid.itemInzien(partner(politie), ggzNietGedeeld, VANDAAG).reden());
    assertEquals(List.of(), beleid.zichtbareItems(partner(gemeente), casus, VANDAAG));
  }

  @Test
  void withdrawnConsentHidesTheItemAtOnce() {
    assertTrue(beleid.itemInzien(partner(politie), ggzGedeeld, VANDAAG).toegestaan());
    ggzGedeeld.trekDelenIn();
    assertFalse(beleid.itemInzien(partner(politie), ggzGedeeld, VANDAAG).toegestaan());
    assertTrue(
        beleid.itemInzien(partner(ggz), ggzGedeeld, VANDAAG).toegestaan(),
        "the source still sees it");
  }

  @Test
  void onlyTheSourceDecidesOnSharing() {
    assertTrue(beleid.delenWijzigen(partner(ggz), ggzNietGedeeld, VANDAAG).toegestaan());
    assertFalse(beleid.delenWijzigen(partner(politie), ggzNietGedeeld, VANDAAG).toegestaan());
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    assertFalse(beleid.delenWijzigen(regisseur, ggzNietGedeeld, VANDAAG).toegestaan());
    assertFalse(beleid.delenWijzigen(partner(gemeente), ggzNietGedeeld, VANDAAG).toegestaan());
  }

  @Test
  void specialCategoriesAreMarked() {
    assertTrue(politieItem.getCategorie().isBijzonder());
    assertTrue(ggzGedeeld.getCategorie().isBijzonder());
    assertFalse(Informatiecategorie.ALGEMEEN.isBijzonder());
  }

  @Test
  void onlyThePrivacyOfficerReadsTheLog() {
    for (Rol rol : Rol.values()) {
      Actor actor = new Actor("x", rol, zvh.getId(), zvh.getNaam());
      assertEquals(
          rol == Rol.PRIVACY_OFFICER, beleid.logboekRaadplegen(actor).toegestaan(), rol.name());
    }
  }

  @Test
  void aRefusalStopsTheCallerWithItsReason() {
    GeenToegang fout =
        assertThrows(
            GeenToegang.class,
            () -> beleid.casusInzien(partner(gemeente), casus, VANDAAG).vereis());
    assertEquals("Uw organisatie neemt niet deel aan deze casus.", fout.getMessage());
  }

  @Test
  void theProcesregisseurPlansTheOverlegTheParticipantsSeeItAndOnlyInviteesAnswer() {
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.plusDays(5));
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    Gebruiker rita =
        new Gebruiker("regisseur", "Rita", "rita@zvh.example", Rol.PROCESREGISSEUR, zvh, "x");
    Gebruiker arts =
        Voorbeeldcasussen.metId(
            new Gebruiker("partner.3", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 30);
    Overleg overleg =
        new Overleg(
            casus,
            1,
            new Overlegmoment(
                VANDAAG.plusDays(7), LocalTime.of(13, 0), LocalTime.of(14, 0), "ZVH", null),
            rita,
            "Plan van aanpak",
            "regisseur",
            NU.plusDays(5));
    overleg.nodigUit(arts);

    assertTrue(beleid.overlegVoeren(regisseur, casus, VANDAAG).toegestaan());
    assertFalse(beleid.overlegVoeren(partner(ggz), casus, VANDAAG).toegestaan());
    assertTrue(beleid.conceptInzien(regisseur, casus, VANDAAG).toegestaan());
    assertFalse(beleid.conceptInzien(partner(politie), casus, VANDAAG).toegestaan());

    assertTrue(beleid.overlegKennen(partner(politie), overleg, VANDAAG).toegestaan());
    assertFalse(beleid.overlegKennen(partner(gemeente), overleg, VANDAAG).toegestaan());
    assertTrue(beleid.overlegReageren(partner(ggz), overleg, VANDAAG).toegestaan());
    assertFalse(
        beleid.overlegReageren(partner(politie), overleg, VANDAAG).toegestaan(),
        "politie takes part but was not invited");
    assertTrue(beleid.overlegVoorbereiden(partner(ggz), overleg, VANDAAG).toegestaan());
    assertFalse(beleid.overlegVoorbereiden(partner(politie), overleg, VANDAAG).toegestaan());
    for (Rol rol : List.of(Rol.MANAGER, Rol.PRIVACY_OFFICER, Rol.BEHEERDER)) {
      Actor ander = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
      assertFalse(beleid.overlegKennen(ander, overleg, VANDAAG).toegestaan(), rol.name());
      assertFalse(beleid.overlegVoeren(ander, casus, VANDAAG).toegestaan(), rol.name());
    }
  }

  @Test
  void theOwnerReportsBackTheCasusregisseurSteersAndEscalatesAndSignalsStayWithThem() {
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU);
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
    // partner(ggz) is "partner.3": the casusregisseur; another GGZ user is not.
    Gebruiker arts =
        Voorbeeldcasussen.metId(
            new Gebruiker("partner.3", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 30);
    Gebruiker agent =
        Voorbeeldcasussen.metId(
            new Gebruiker("partner.2", "Piet", "piet@pol.example", Rol.KETENPARTNER, politie, "x"),
            31);
    Actor collega = new Actor("ggz.collega", Rol.KETENPARTNER, ggz.getId(), ggz.getNaam());
    PlanVanAanpak plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Rust in huis");
    Actiepunt actiepunt =
        plan.voegActiepuntToe("Schuldhulp", politie, agent, VANDAAG.plusDays(7), VANDAAG);

    assertFalse(
        beleid.actiepuntKennen(partner(politie), actiepunt, VANDAAG).toegestaan(),
        "a concept actiepunt is the procesregisseur's");
    assertTrue(beleid.actiepuntKennen(regisseur, actiepunt, VANDAAG).toegestaan());
    assertFalse(
        beleid.signaalMelden(partner(politie), plan, VANDAAG).toegestaan(),
        "no casusregisseur in function yet");
    plan.stelCasusregisseurAan(arts, "regisseur", NU);
    plan.stelVast(1, "regisseur", NU).orElseThrow();

    assertTrue(beleid.actiepuntKennen(partner(politie), actiepunt, VANDAAG).toegestaan());
    assertFalse(beleid.actiepuntKennen(partner(gemeente), actiepunt, VANDAAG).toegestaan());
    assertTrue(beleid.actiepuntTerugkoppelen(partner(politie), actiepunt, VANDAAG).toegestaan());
    assertFalse(
        beleid.actiepuntTerugkoppelen(partner(ggz), actiepunt, VANDAAG).toegestaan(),
        "the casusregisseur does not report for another organisation");
    assertFalse(beleid.actiepuntTerugkoppelen(regisseur, actiepunt, VANDAAG).toegestaan());

    assertTrue(beleid.signaalMelden(partner(politie), plan, VANDAAG).toegestaan());
    assertFalse(beleid.signaalMelden(regisseur, plan, VANDAAG).toegestaan());

    assertTrue(beleid.casusregieVoeren(partner(ggz), plan, VANDAAG).toegestaan());
    assertTrue(beleid.casusregieVoeren(regisseur, plan, VANDAAG).toegestaan());
    assertFalse(beleid.casusregieVoeren(collega, plan, VANDAAG).toegestaan());
    assertFalse(beleid.casusregieVoeren(partner(politie), plan, VANDAAG).toegestaan());
    assertTrue(beleid.opschalen(partner(ggz), plan, VANDAAG).toegestaan());
    assertFalse(
        beleid.opschalen(regisseur, plan, VANDAAG).toegestaan(),
        "the procesregisseur escalates further up, not to themself");

    assertTrue(beleid.signaalInzien(partner(politie), plan, politie.getId()).toegestaan());
    assertTrue(beleid.signaalInzien(partner(ggz), plan, politie.getId()).toegestaan());
    assertTrue(beleid.signaalInzien(regisseur, plan, politie.getId()).toegestaan());
    assertFalse(
        beleid.signaalInzien(collega, plan, politie.getId()).toegestaan(),
        "another participant does not read what politie signalled");
    assertTrue(beleid.escalatieInzien(partner(ggz), plan, VANDAAG).toegestaan());
    assertFalse(beleid.escalatieInzien(partner(politie), plan, VANDAAG).toegestaan());

    for (Rol rol : List.of(Rol.MANAGER, Rol.PRIVACY_OFFICER, Rol.BEHEERDER)) {
      Actor ander = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
      assertFalse(beleid.actiepuntKennen(ander, actiepunt, VANDAAG).toegestaan(), rol.name());
      assertFalse(beleid.casusregieVoeren(ander, plan, VANDAAG).toegestaan(), rol.name());
      assertFalse(beleid.signaalInzien(ander, plan, politie.getId()).toegestaan(), rol.name());
      assertFalse(beleid.escalatieInzien(ander, plan, VANDAAG).toegestaan(), rol.name());
    }

    casus.beeindigDeelname(ggz.getId(), VANDAAG);
    assertFalse(
        beleid.actiepuntKennen(partner(ggz), actiepunt, VANDAAG.plusDays(1)).toegestaan(),
        "an organisation that left no longer knows the plan");
  }

  // ---- Handing over and leaving (issue 12, item 5)

  @Test
  void anActiepuntGoesToAColleagueOnlyByItsOwningOrganisation() {
    PlanVanAanpak plan = vastgesteldPlan();
    Actiepunt actiepunt = plan.getActiepunten().get(0);
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());

    assertTrue(beleid.actiepuntOverdragen(partner(politie), actiepunt, VANDAAG).toegestaan());
    Besluit ander = beleid.actiepuntOverdragen(partner(ggz), actiepunt, VANDAAG);
    assertFalse(ander.toegestaan());
    assertEquals(
        "Alleen een medewerker van de organisatie die eigenaar is draagt een actiepunt over"
            + " aan een collega.",
        ander.reden());
    assertFalse(
        beleid.actiepuntOverdragen(regisseur, actiepunt, VANDAAG).toegestaan(),
        "to another organisation the procesregisseur changes the plan instead");
    assertFalse(beleid.actiepuntOverdragen(partner(gemeente), actiepunt, VANDAAG).toegestaan());

    assertTrue(beleid.eigenActiepuntenOverdragen(partner(ggz), casus, VANDAAG).toegestaan());
    assertFalse(beleid.eigenActiepuntenOverdragen(partner(gemeente), casus, VANDAAG).toegestaan());
    assertFalse(beleid.eigenActiepuntenOverdragen(regisseur, casus, VANDAAG).toegestaan());
  }

  @Test
  void theCasusregieIsHandedOverByTheCasusregisseurOrTheProcesregisseurOnly() {
    PlanVanAanpak plan = vastgesteldPlan();
    Actor arts = new Actor("anna", Rol.KETENPARTNER, ggz.getId(), ggz.getNaam());
    Actor collegaVanArts = new Actor("bas", Rol.KETENPARTNER, ggz.getId(), ggz.getNaam());
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());

    assertTrue(beleid.casusregieOverdragen(arts, plan, VANDAAG).toegestaan());
    assertTrue(beleid.casusregieOverdragen(regisseur, plan, VANDAAG).toegestaan());
    Besluit collega = beleid.casusregieOverdragen(collegaVanArts, plan, VANDAAG);
    assertFalse(
        collega.toegestaan(), "a colleague of the casusregisseur is not the casusregisseur");
    assertEquals(
        "Alleen de casusregisseur of de procesregisseur draagt de casusregie over.",
        collega.reden());
    assertFalse(beleid.casusregieOverdragen(partner(politie), plan, VANDAAG).toegestaan());
    for (Rol rol : List.of(Rol.MANAGER, Rol.PRIVACY_OFFICER, Rol.BEHEERDER)) {
      Actor ander = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
      assertFalse(beleid.casusregieOverdragen(ander, plan, VANDAAG).toegestaan(), rol.name());
    }
  }

  @Test
  void anOrganisationEndsItsOwnInvolvementOrTheProcesregisseurDoes() {
    Deelname ggzDeelname =
        casus.getDeelnames().stream()
            .filter(d -> d.getOrganisatie().getId().equals(ggz.getId()))
            .findFirst()
            .orElseThrow();
    Actor regisseur = new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());

    assertTrue(beleid.deelnameBeeindigen(partner(ggz), ggzDeelname, VANDAAG).toegestaan());
    assertTrue(beleid.deelnameBeeindigen(regisseur, ggzDeelname, VANDAAG).toegestaan());
    Besluit ander = beleid.deelnameBeeindigen(partner(politie), ggzDeelname, VANDAAG);
    assertFalse(ander.toegestaan());
    assertEquals(
        "Alleen de organisatie zelf of de procesregisseur beëindigt een betrokkenheid.",
        ander.reden());
    assertFalse(beleid.deelnameBeeindigen(partner(gemeente), ggzDeelname, VANDAAG).toegestaan());
    Actor beheerder = new Actor("beheerder", Rol.BEHEERDER, zvh.getId(), zvh.getNaam());
    assertFalse(beleid.deelnameBeeindigen(beheerder, ggzDeelname, VANDAAG).toegestaan());
  }

  @Test
  void aPartnerThatLeftTodayNoLongerSeesTheCaseButDidBefore() {
    casus.meldVertrek(ggz, "Behandeling afgerond", VANDAAG.plusDays(2), "anna", NU);
    assertTrue(beleid.casusInzien(partner(ggz), casus, VANDAAG.plusDays(1)).toegestaan());
    assertFalse(beleid.casusInzien(partner(ggz), casus, VANDAAG.plusDays(2)).toegestaan());
    assertEquals(
        List.of(ggzGedeeld, ggzNietGedeeld),
        beleid.zichtbareItems(partner(ggz), casus, VANDAAG.plusDays(1)),
        "before the date it still sees its own items");
    assertEquals(List.of(), beleid.zichtbareItems(partner(ggz), casus, VANDAAG.plusDays(2)));
    assertEquals(
        3,
        beleid
            .zichtbareItems(
                new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam()),
                casus,
                VANDAAG.plusDays(2))
            .size(),
        "its own items stay in the case as its own");
  }

  /** The case taken on for an ICO, with an established plan: politie owns, GGZ directs. */
  private PlanVanAanpak vastgesteldPlan() {
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU);
    Gebruiker agent =
        Voorbeeldcasussen.metId(
            new Gebruiker("piet", "Piet", "piet@p.example", Rol.KETENPARTNER, politie, "x"), 11);
    Gebruiker arts =
        Voorbeeldcasussen.metId(
            new Gebruiker("anna", "Anna", "anna@g.example", Rol.KETENPARTNER, ggz, "x"), 12);
    PlanVanAanpak plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Rust in de wijk");
    plan.voegActiepuntToe("Huisbezoek", politie, agent, VANDAAG.plusDays(7), VANDAAG);
    plan.stelCasusregisseurAan(arts, "regisseur", NU);
    plan.stelVast(1, "regisseur", NU).orElseThrow();
    return plan;
  }

  @Test
  void aPartnersWorkListHoldsEstablishedActiepuntenOfItsOrganisationOrAssignedToTheUser() {
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU);
    Gebruiker arts =
        Voorbeeldcasussen.metId(
            new Gebruiker("partner.3", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 30);
    PlanVanAanpak plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("In zorg");
    Actiepunt vanGgz = plan.voegActiepuntToe("Intake", ggz, arts, VANDAAG.plusDays(7), VANDAAG);
    Actiepunt vanPolitie =
        plan.voegActiepuntToe("Huisbezoek", politie, null, VANDAAG.plusDays(7), VANDAAG);
    plan.stelCasusregisseurAan(arts, "regisseur", NU);

    Besluit concept = beleid.actiepuntInWerklijst(partner(ggz), vanGgz, VANDAAG);
    assertFalse(concept.toegestaan(), "not yet established");
    assertEquals("Dit actiepunt is nog niet vastgesteld.", concept.reden());

    plan.stelVast(1, "regisseur", NU);
    assertTrue(beleid.actiepuntInWerklijst(partner(ggz), vanGgz, VANDAAG).toegestaan());
    assertTrue(beleid.actiepuntInWerklijst(partner(politie), vanPolitie, VANDAAG).toegestaan());
    assertFalse(
        beleid.actiepuntInWerklijst(partner(ggz), vanPolitie, VANDAAG).toegestaan(),
        "the GGZ takes part, but the actiepunt is the police's");
    Actor verhuisd = new Actor("partner.3", Rol.KETENPARTNER, politie.getId(), politie.getNaam());
    assertEquals(
        "Dit actiepunt is aan u toegewezen.",
        beleid.actiepuntInWerklijst(verhuisd, vanGgz, VANDAAG).reden(),
        "assigned to the user, who now works at another participant");
    assertFalse(beleid.actiepuntInWerklijst(partner(gemeente), vanPolitie, VANDAAG).toegestaan());

    casus.beeindigDeelname(ggz.getId(), VANDAAG);
    assertFalse(
        beleid.actiepuntInWerklijst(partner(ggz), vanGgz, VANDAAG.plusDays(1)).toegestaan(),
        "an organisation that left no longer sees the case's actiepunten");

    assertTrue(beleid.werklijstenZien(partner(gemeente)).toegestaan());
    for (Rol rol : List.of(Rol.PROCESREGISSEUR, Rol.MANAGER, Rol.PRIVACY_OFFICER, Rol.BEHEERDER)) {
      Actor ander = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
      assertFalse(beleid.werklijstenZien(ander).toegestaan(), rol.name());
      assertFalse(beleid.actiepuntInWerklijst(ander, vanPolitie, VANDAAG).toegestaan(), rol.name());
    }
  }

  private static Actor partner(Organisatie organisatie) {
    return new Actor(
        "partner." + organisatie.getId(),
        Rol.KETENPARTNER,
        organisatie.getId(),
        organisatie.getNaam());
  }

  /** An organisation with the id the database would have given it. */
  private static Organisatie organisatie(long id, String naam, OrganisatieType type) {
    Organisatie organisatie = new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
    try {
      Field veld = Organisatie.class.getDeclaredField("id");
      veld.setAccessible(true);
      veld.set(organisatie, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return organisatie;
  }
}
