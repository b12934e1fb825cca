package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Triagebesluit.Route;
import nl.zvh.domain.model.casus.Triagebesluit.Uitkomst;
import nl.zvh.domain.model.casus.UitvraagAdres.Antwoord;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreeningEnTriageTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie zvh = organisatie(1, OrganisatieType.ZVH);
  private final Organisatie politie = organisatie(2, OrganisatieType.POLITIE);
  private final Organisatie ggz = organisatie(3, OrganisatieType.GGZ);
  private final Organisatie reclassering = organisatie(4, OrganisatieType.RECLASSERING);
  private Casus casus;

  @BeforeEach
  void ingediendeAanmelding() {
    // Submitted on Monday morning: its triage is today, Tuesday.
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(1));
  }

  @Test
  void anAanvullingIsAskedWithWhatIsMissingAndScreeningIsRecordedFirst() {
    assertThrows(DomeinRegelGeschonden.class, () -> casus.vraagAanvulling(" ", "regisseur", NU));
    casus.vraagAanvulling("Het adres ontbreekt.", "regisseur", NU);
    assertEquals(CasusStatus.AANVULLING_GEVRAAGD, casus.getStatus());
    List<StatusOvergang> geschiedenis = casus.getStatusgeschiedenis();
    assertEquals(
        CasusStatus.IN_SCREENING, geschiedenis.get(geschiedenis.size() - 2).getNaarStatus());
    assertEquals("Het adres ontbreekt.", casus.aanvullingsverzoek().orElseThrow());
  }

  @Test
  void theFirstContactWithTheReferrerIsKept() {
    casus.legContactVast("Gebeld met de wijkagent", "regisseur", NU);
    casus.legContactVast(null, "regisseur", NU.plusDays(1));
    assertEquals(NU, casus.getAanmelding().getContactOpgenomenOp().orElseThrow());
    assertEquals(2, casus.getGebeurtenissen().size());
    assertEquals(Gebeurtenis.Soort.CONTACT_OPGENOMEN, casus.getGebeurtenissen().get(0).getSoort());
  }

  @Test
  void anUitvraagMakesThePartnersParticipantsAndEachAnswersForItself() {
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            casus.stuurUitvraag(
                List.of(ggz), "Bekend?", "Triage", VANDAAG.minusDays(1), "regisseur", NU),
        "a date in the past");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.stuurUitvraag(List.of(zvh), "Bekend?", "Triage", VANDAAG, "regisseur", NU),
        "only partners");
    Uitvraag uitvraag =
        casus.stuurUitvraag(
            List.of(ggz, reclassering),
            "Is hij bekend?",
            "Voor de triage",
            VANDAAG.plusDays(3),
            "regisseur",
            NU);
    assertTrue(casus.neemtDeel(ggz.getId(), VANDAAG));
    assertTrue(casus.neemtDeel(reclassering.getId(), VANDAAG));

    UitvraagAdres vanGgz = uitvraag.getAdressen().get(0);
    InformatieItem item =
        casus.beantwoordUitvraag(
            vanGgz, Informatiecategorie.GEZONDHEID, "In behandeling geweest.", null, "arts", NU);
    assertEquals(ggz, item.getBron());
    assertEquals(Antwoord.INFORMATIE_GEDEELD, vanGgz.getAntwoord());
    assertFalse(item.isGedeeld(), "the answer stays the source's own");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> vanGgz.beantwoord(Antwoord.GEEN_INFORMATIE, "toch niet", "arts", NU),
        "answered once");

    UitvraagAdres vanReclassering = uitvraag.getAdressen().get(1);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> vanReclassering.beantwoord(Antwoord.KAN_NIET_DELEN, " ", "rc", NU),
        "a reason is needed");
    assertFalse(uitvraag.isVerlopen(VANDAAG.plusDays(3)));
    assertTrue(uitvraag.isVerlopen(VANDAAG.plusDays(4)), "overdue after the date");
    vanReclassering.beantwoord(Antwoord.KAN_NIET_DELEN, "Beroepsgeheim", "rc", NU);
    assertFalse(uitvraag.isVerlopen(VANDAAG.plusDays(4)));
  }

  @Test
  void onlyAnAgendaedReferralGetsADecisionWithRouteAndMotivation() {
    Triagebesluit opgepakt =
        new Triagebesluit(
            Uitkomst.OPGEPAKT, Route.UITVRAAG_EN_BRIEFING, null, "Zorg en veiligheid", VANDAAG);
    assertThrows(DomeinRegelGeschonden.class, () -> casus.besluit(opgepakt, "regisseur", NU));
    casus.agendeer("regisseur", NU);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Triagebesluit(Uitkomst.OPGEPAKT, null, null, "Motivering", VANDAAG),
        "a route is needed");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Triagebesluit(Uitkomst.OPGEPAKT, Route.ANDERE_OVERLEGTAFEL, " ", "M", VANDAAG),
        "the other table is named");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Triagebesluit(Uitkomst.NIET_VOOR_ZVH, null, null, "", VANDAAG),
        "written advice");

    casus.besluit(
        new Triagebesluit(
            Uitkomst.NIET_VOOR_ZVH,
            Route.ADVIES,
            "genegeerd",
            "Advies: schakel het wijkteam in.",
            VANDAAG),
        "regisseur",
        NU);
    assertEquals(CasusStatus.NIET_VOOR_ZVH, casus.getStatus());
    Triagebesluit besluit = casus.getTriagebesluit().orElseThrow();
    assertTrue(besluit.getRoute().isEmpty(), "a route only for a case taken on");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.besluit(opgepakt, "regisseur", NU),
        "decided once");
  }

  @Test
  void onlyTheTriageOfTheReferralsOwnDateDecidesAndSaysWhichDayThatIs() {
    casus.agendeer("regisseur", NU);
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                casus.besluit(
                    new Triagebesluit(
                        Uitkomst.NIET_VOOR_ZVH, null, null, "Advies.", VANDAAG.plusWeeks(1)),
                    "regisseur",
                    NU));
    assertEquals(
        "Deze aanmelding staat op de agenda van de triage van 24-11-2026. Leg het besluit vast"
            + " op de agenda van die datum.",
        fout.getMessage());
    assertEquals(CasusStatus.GEAGENDEERD_VOOR_TRIAGE, casus.getStatus(), "nothing decided");

    casus.verzetTriage(VANDAAG.plusWeeks(1), "Wacht op de GGZ", "regisseur", NU);
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            casus.besluit(
                new Triagebesluit(Uitkomst.NIET_VOOR_ZVH, null, null, "Advies.", VANDAAG),
                "regisseur",
                NU),
        "moved to next week: this week's agenda no longer decides");
    casus.besluit(
        new Triagebesluit(Uitkomst.NIET_VOOR_ZVH, null, null, "Advies.", VANDAAG.plusWeeks(1)),
        "regisseur",
        NU.plusWeeks(1));
    assertEquals(CasusStatus.NIET_VOOR_ZVH, casus.getStatus());
  }

  @Test
  void aRefusedDecisionNamesTheFieldItIsAbout() {
    assertEquals(
        "uitkomst",
        assertThrows(
                DomeinRegelGeschonden.class,
                () -> new Triagebesluit(null, null, null, "M", VANDAAG))
            .veld()
            .orElseThrow());
    DomeinRegelGeschonden motivering =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> new Triagebesluit(Uitkomst.OPGEPAKT, Route.ADVIES, null, " ", VANDAAG));
    assertEquals("motivering", motivering.veld().orElseThrow());
    assertEquals("Motiveer het besluit.", motivering.getMessage());
    assertEquals(
        "route",
        assertThrows(
                DomeinRegelGeschonden.class,
                () -> new Triagebesluit(Uitkomst.OPGEPAKT, null, null, "M", VANDAAG))
            .veld()
            .orElseThrow());
    assertEquals(
        "overlegtafel",
        assertThrows(
                DomeinRegelGeschonden.class,
                () ->
                    new Triagebesluit(
                        Uitkomst.OPGEPAKT, Route.ANDERE_OVERLEGTAFEL, " ", "M", VANDAAG))
            .veld()
            .orElseThrow());
  }

  @Test
  void onlyACaseTheTriageDecidedOnIsClosedAndWithAReasonFromWhichRetentionRuns() {
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class, () -> casus.sluitAf("Klaar", "regisseur", NU), "open");
    assertEquals(
        "Alleen een casus waarover de triage heeft besloten kan worden afgesloten.",
        fout.getMessage());
    casus.agendeer("regisseur", NU);
    casus.besluit(
        new Triagebesluit(Uitkomst.NIET_VOOR_ZVH, null, null, "Advies gegeven.", VANDAAG),
        "regisseur",
        NU);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.sluitAf(" ", "regisseur", NU.plusDays(1)),
        "a reason is needed");

    casus.sluitAf("  Het wijkteam pakt het op.  ", "regisseur", NU.plusDays(1));
    assertEquals(CasusStatus.AFGESLOTEN, casus.getStatus());
    StatusOvergang laatste =
        casus.getStatusgeschiedenis().get(casus.getStatusgeschiedenis().size() - 1);
    assertEquals("Het wijkteam pakt het op.", laatste.getReden());
    assertEquals(NU.plusDays(1), laatste.getTijdstip());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.sluitAf("Nog eens", "regisseur", NU.plusDays(2)),
        "closed once");
  }

  @Test
  void anUnansweredUitvraagIsRemindedFromTheDayAfterItsDateAndAnAnsweredOneNever() {
    Uitvraag uitvraag =
        casus.stuurUitvraag(
            List.of(ggz, reclassering), "Bekend?", "Triage", VANDAAG, "regisseur", NU);
    UitvraagAdres vanGgz = uitvraag.getAdressen().get(0);
    UitvraagAdres vanReclassering = uitvraag.getAdressen().get(1);
    vanReclassering.beantwoord(Antwoord.GEEN_INFORMATIE, "Onbekend", "rc", NU);

    assertFalse(vanGgz.isTeHerinneren(VANDAAG), "on the day itself");
    assertThrows(
        DomeinRegelGeschonden.class, () -> vanGgz.registreerHerinnering(VANDAAG, "taak", NU));
    assertTrue(vanGgz.isTeHerinneren(VANDAAG.plusDays(1)));
    assertFalse(vanReclassering.isTeHerinneren(VANDAAG.plusDays(1)), "answered");

    vanGgz.registreerHerinnering(VANDAAG.plusDays(1), "taak", NU);
    Gebeurtenis laatste = casus.getGebeurtenissen().get(casus.getGebeurtenissen().size() - 1);
    assertEquals(Gebeurtenis.Soort.UITVRAAG_HERINNERD, laatste.getSoort());
    assertTrue(laatste.getOmschrijving().startsWith(ggz.getNaam() + ": antwoord gevraagd"));
  }

  @Test
  void aReferralMovesToALaterTriageWithAReason() {
    assertEquals(VANDAAG, casus.getAanmelding().getTriagedatum().orElseThrow());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.verzetTriage(VANDAAG.plusWeeks(1), " ", "regisseur", NU));
    assertThrows(
        DomeinRegelGeschonden.class, () -> casus.verzetTriage(VANDAAG, "Te vol", "regisseur", NU));
    casus.verzetTriage(VANDAAG.plusWeeks(1), "Wachten op de uitvraag", "regisseur", NU);
    assertEquals(VANDAAG.plusWeeks(1), casus.getAanmelding().getTriagedatum().orElseThrow());
    assertEquals(
        Gebeurtenis.Soort.NAAR_VOLGENDE_TRIAGE, casus.getGebeurtenissen().get(0).getSoort());
  }

  @Test
  void aReferralPutOnAnotherTriageTakesItsDateOnTheTimeline() {
    casus.getAanmelding().verzetTriage(VANDAAG.plusWeeks(1));
    casus.zetOpTriage(VANDAAG.plusWeeks(1), "regisseur", NU);
    assertTrue(casus.getGebeurtenissen().isEmpty(), "its own triage: nothing changes");

    casus.zetOpTriage(VANDAAG, "regisseur", NU);
    assertEquals(VANDAAG, casus.getAanmelding().getTriagedatum().orElseThrow(), "earlier is fine");
    Gebeurtenis gebeurtenis = casus.getGebeurtenissen().get(0);
    assertEquals(Gebeurtenis.Soort.OP_ANDERE_TRIAGE, gebeurtenis.getSoort());
    assertTrue(gebeurtenis.getOmschrijving().contains(VANDAAG.getYear() + ""));
    assertThrows(
        DomeinRegelGeschonden.class, () -> casus.zetOpTriage(null, "regisseur", NU), "no date");
  }

  @Test
  void theEventsTheDomainDescribesItselfAreWordedForTheTimelineAsStored() {
    Uitvraag uitvraag =
        casus.stuurUitvraag(
            List.of(ggz, reclassering), "Bekend?", "Triage", VANDAAG, "regisseur", NU);
    uitvraag.getAdressen().get(1).beantwoord(Antwoord.KAN_NIET_DELEN, "Beroepsgeheim", "rc", NU);
    uitvraag.getAdressen().get(0).registreerHerinnering(VANDAAG.plusDays(1), "taak", NU);
    casus.zetOpTriage(LocalDate.of(2026, 12, 1), "regisseur", NU);
    assertEquals(
        List.of(
            "GGZ, RECLASSERING",
            "RECLASSERING: kan niet delen",
            "GGZ: antwoord gevraagd uiterlijk 24-11-2026",
            "Triage van 01-12-2026"),
        casus.getGebeurtenissen().stream().map(Gebeurtenis::getOmschrijving).toList());
  }

  @Test
  void aFileIsAcceptedOnlyOfAKnownTypeAndSize() {
    assertEquals("application/pdf", new Bijlage("verslag.pdf", new byte[] {1}).getMediatype());
    assertEquals("rapport.pdf", new Bijlage("C:\\\\temp\\\\rapport.pdf", new byte[] {1}).getNaam());
    assertThrows(DomeinRegelGeschonden.class, () -> new Bijlage("virus.exe", new byte[] {1}));
    assertThrows(DomeinRegelGeschonden.class, () -> new Bijlage("leeg.pdf", new byte[0]));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Bijlage("groot.pdf", new byte[Bijlage.MAX_BYTES + 1]));
    assertThrows(DomeinRegelGeschonden.class, () -> new Bijlage("<script>.pdf", new byte[] {1}));
  }

  static Organisatie organisatie(long id, OrganisatieType type) {
    Organisatie organisatie = new Organisatie(type.name(), type, LocalDate.of(2025, 3, 1), null);
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
