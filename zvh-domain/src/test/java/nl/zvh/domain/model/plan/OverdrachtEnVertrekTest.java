package nl.zvh.domain.model.plan;

import static nl.zvh.domain.testdata.Voorbeeldcasussen.metId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Deelname;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handing over actiepunten and the casusregie, and an organisation leaving the case. */
class OverdrachtEnVertrekTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = metId(organisatie("Politie", OrganisatieType.POLITIE), 1);
  private final Organisatie ggz = metId(organisatie("GGZ", OrganisatieType.GGZ), 2);
  private final Organisatie woning =
      metId(organisatie("Woningcorporatie", OrganisatieType.WONINGCORPORATIE), 3);
  private final Gebruiker agent = partner("piet", "Piet", politie, 11);
  private final Gebruiker collega = partner("karin", "Karin", politie, 14);
  private final Gebruiker arts = partner("anna", "Anna", ggz, 12);
  private final Gebruiker verpleegkundige = partner("bas", "Bas", ggz, 15);
  private final Gebruiker verhuurder = partner("wim", "Wim", woning, 13);
  private final Organisatie gemeente = metId(organisatie("Gemeente", OrganisatieType.GEMEENTE), 4);
  private Casus casus;
  private PlanVanAanpak plan;
  private int actiepunt;

  @BeforeEach
  void inUitvoering() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(1));
    if (!casus.neemtDeel(1L, VANDAAG)) {
      casus.laatDeelnemen(politie, VANDAAG.minusDays(1));
    }
    casus.laatDeelnemen(ggz, VANDAAG.minusDays(1));
    casus.laatDeelnemen(woning, VANDAAG.minusDays(1));
    plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Schulden onder controle");
    actiepunt =
        plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG.plusDays(14), VANDAAG)
            .getNummer();
    plan.stelCasusregisseurAan(arts, "rita", NU);
    plan.stelVast(1, "rita", NU).orElseThrow();
  }

  // ---- Actiepunten to a colleague

  @Test
  void anActiepuntGoesToAnActiveColleagueOfTheOwningOrganisationOnly() {
    assertEquals("collega", weigering(() -> plan.draagActiepuntOver(actiepunt, arts)));
    assertEquals("collega", weigering(() -> plan.draagActiepuntOver(actiepunt, agent)));
    collega.deactiveer();
    assertEquals("collega", weigering(() -> plan.draagActiepuntOver(actiepunt, collega)));
    collega.activeer();

    plan.draagActiepuntOver(actiepunt, collega);
    assertEquals(collega, plan.getActiepunten().get(0).getPersoon().orElseThrow());
    assertTrue(plan.heeftWijzigingen(), "the concept now differs from the established version");
  }

  @Test
  void aConceptOrFinishedActiepuntIsNotHandedOver() {
    int concept =
        plan.voegActiepuntToe("Huisbezoek", politie, agent, VANDAAG.plusDays(3), VANDAAG)
            .getNummer();
    assertThrows(DomeinRegelGeschonden.class, () -> plan.draagActiepuntOver(concept, collega));
    plan.wijzigActiepunt(
        actiepunt,
        "Aanmelden schuldhulp",
        politie,
        agent,
        VANDAAG.plusDays(14),
        Actiepuntstatus.GEREED,
        VANDAAG);
    assertThrows(DomeinRegelGeschonden.class, () -> plan.draagActiepuntOver(actiepunt, collega));
  }

  @Test
  void allOwnRunningActiepuntenGoAtOnce() {
    plan.voegActiepuntToe("Huisbezoek", politie, agent, VANDAAG.plusDays(3), VANDAAG);
    plan.voegActiepuntToe("Proces-verbaal", politie, null, VANDAAG.plusDays(3), VANDAAG);
    plan.stelVast(2, "rita", NU).orElseThrow();

    List<Actiepunt> over = plan.draagActiepuntenOver(agent, collega);
    assertEquals(2, over.size());
    assertTrue(plan.openActiepuntenVan(agent).isEmpty());
    assertEquals(2, plan.openActiepuntenVan(collega).size());
    assertEquals("collega", weigering(() -> plan.draagActiepuntenOver(agent, collega)));
  }

  // ---- The casusregie

  @Test
  void theCasusregieIsHandedOverAsANewVersionFromTheLastEstablishedOne() {
    plan.voegDoelToe("Nog niet vastgesteld doel");
    Planversie versie = plan.draagCasusregieOver(verhuurder, "anna", NU.plusHours(1));

    assertEquals(2, versie.getNummer());
    assertEquals(
        List.of("Casusregie overgedragen: Anna (GGZ) → Wim (Woningcorporatie)"),
        versie.getWijzigingen());
    assertEquals(1, versie.regels(Planregel.Soort.DOEL).size(), "the concept's doel is not in it");
    assertEquals("Wim", versie.regels(Planregel.Soort.CASUSREGISSEUR).get(0).getOmschrijving());
    assertEquals("anna", versie.getVastgesteldDoor());
    assertEquals(verhuurder, plan.casusregisseur().orElseThrow().getGebruiker());
    assertEquals(verhuurder, plan.casusregisseurInFunctie().orElseThrow().getGebruiker());
    assertEquals(
        1,
        plan.getCasusregisseurs().stream().filter(Casusregisseurschap::isHuidig).count(),
        "never two at once");
  }

  @Test
  void theCasusregieIsNeverVacantAndGoesOnlyToAnActivePartnerOfAParticipant() {
    Gebruiker regisseur =
        metId(
            new Gebruiker(
                "rita",
                "Rita",
                "rita@zvh.example",
                Rol.PROCESREGISSEUR,
                metId(organisatie("ZVH", OrganisatieType.ZVH), 5),
                "x"),
            20);
    assertEquals("casusregisseur", weigering(() -> plan.draagCasusregieOver(null, "anna", NU)));
    assertEquals("casusregisseur", weigering(() -> plan.draagCasusregieOver(arts, "anna", NU)));
    assertEquals(
        "casusregisseur", weigering(() -> plan.draagCasusregieOver(regisseur, "anna", NU)));
    Gebruiker buitenstaander = partner("olga", "Olga", gemeente, 16);
    assertEquals(
        "casusregisseur", weigering(() -> plan.draagCasusregieOver(buitenstaander, "rita", NU)));
    verpleegkundige.deactiveer();
    assertEquals(
        "casusregisseur", weigering(() -> plan.draagCasusregieOver(verpleegkundige, "rita", NU)));

    assertEquals(arts, plan.casusregisseur().orElseThrow().getGebruiker(), "still the old one");
    assertEquals(1, plan.getVersies().size(), "no version made by a refusal");
  }

  @Test
  void withoutAnEstablishedPlanTheCasusregisseurIsAppointedInThePlan() {
    PlanVanAanpak leeg = new PlanVanAanpak(casus);
    assertEquals(
        "casusregisseur", weigering(() -> leeg.draagCasusregieOver(verhuurder, "rita", NU)));
  }

  // ---- Leaving the case

  @Test
  void leavingIsRefusedWhileTheOrganisationHasOpenActiepuntenOrTheCasusregie() {
    DomeinRegelGeschonden open =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> plan.beeindigDeelname(politie, "Klaar", VANDAAG, "piet", NU));
    assertTrue(
        open.getMessage().startsWith("Politie heeft nog 1 open actiepunt"), open.getMessage());

    DomeinRegelGeschonden regie =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> plan.beeindigDeelname(ggz, "Klaar", VANDAAG, "anna", NU));
    assertTrue(regie.getMessage().endsWith("Draag eerst de casusregie over."), regie.getMessage());
    assertTrue(casus.neemtDeel(ggz.getId(), VANDAAG.plusDays(1)));

    plan.draagCasusregieOver(verhuurder, "anna", NU);
    plan.beeindigDeelname(ggz, "Behandeling afgerond", VANDAAG.plusDays(3), "anna", NU);
    assertTrue(casus.neemtDeel(ggz.getId(), VANDAAG.plusDays(2)), "until the day before");
    assertFalse(casus.neemtDeel(ggz.getId(), VANDAAG.plusDays(3)), "not from the date");
    Deelname deelname = deelname(ggz);
    assertEquals(VANDAAG.plusDays(2), deelname.getTot(), "tot is the last day (inclusive)");
    assertEquals(VANDAAG.plusDays(3), deelname.getEindigtOp().orElseThrow());
    assertEquals("Behandeling afgerond", deelname.getRedenEinde().orElseThrow());
    assertEquals("anna", deelname.getEindeGemeldDoor().orElseThrow());
    Gebeurtenis laatste = casus.getGebeurtenissen().get(casus.getGebeurtenissen().size() - 1);
    assertEquals(Gebeurtenis.Soort.DEELNAME_BEEINDIGD, laatste.getSoort());
    assertEquals(
        "GGZ is niet meer betrokken vanaf 10-12-2026. Reden: Behandeling afgerond",
        laatste.getOmschrijving());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> plan.beeindigDeelname(ggz, "Nog eens", VANDAAG.plusDays(3), "anna", NU),
        "announced once");
  }

  @Test
  void leavingTodayEndsTheInvolvementAtOnceEvenOnTheDayItBegan() {
    casus.laatDeelnemen(gemeente, VANDAAG);
    plan.beeindigDeelname(gemeente, "Geen rol meer", VANDAAG, "olga", NU);
    assertFalse(casus.neemtDeel(gemeente.getId(), VANDAAG));
    assertEquals(VANDAAG.minusDays(1), deelname(gemeente).getTot());

    assertTrue(plan.openActiepuntenVan(ggz).isEmpty());
    plan.draagCasusregieOver(agent, "anna", NU);
    plan.beeindigDeelname(ggz, "Klaar", VANDAAG, "anna", NU);
    assertFalse(casus.neemtDeel(ggz.getId(), VANDAAG), "leaving today: not today any more");
    assertTrue(casus.neemtDeel(ggz.getId(), VANDAAG.minusDays(1)));
  }

  @Test
  void theReasonAndADateOfTodayOrLaterAreRequired() {
    assertEquals("reden", weigering(() -> plan.beeindigDeelname(woning, " ", VANDAAG, "w", NU)));
    assertEquals(
        "reden",
        weigering(() -> plan.beeindigDeelname(woning, "x".repeat(1001), VANDAAG, "w", NU)));
    assertEquals("datum", weigering(() -> plan.beeindigDeelname(woning, "x", null, "w", NU)));
    assertEquals(
        "datum",
        weigering(() -> plan.beeindigDeelname(woning, "x", VANDAAG.minusDays(1), "w", NU)));
    assertTrue(casus.neemtDeel(woning.getId(), VANDAAG));
  }

  @Test
  void openActiepuntenHandedToAnotherOrganisationLetTheOwnerLeave() {
    plan.wijzigActiepunt(
        actiepunt,
        "Aanmelden schuldhulp",
        ggz,
        null,
        VANDAAG.plusDays(14),
        Actiepuntstatus.OPEN,
        VANDAAG);
    plan.beeindigDeelname(politie, "Zaak geseponeerd", VANDAAG.plusDays(1), "piet", NU);
    assertTrue(casus.neemtDeel(politie.getId(), VANDAAG));
    assertFalse(casus.neemtDeel(politie.getId(), VANDAAG.plusDays(1)));
  }

  private Deelname deelname(Organisatie organisatie) {
    return casus.getDeelnames().stream()
        .filter(d -> d.getOrganisatie().getId().equals(organisatie.getId()))
        .reduce((eerder, later) -> later)
        .orElseThrow();
  }

  private static Gebruiker partner(String naam, String weergave, Organisatie org, long id) {
    return metId(
        new Gebruiker(naam, weergave, naam + "@example.org", Rol.KETENPARTNER, org, "x"), id);
  }

  private static String weigering(Runnable actie) {
    return assertThrows(DomeinRegelGeschonden.class, actie::run).veld().orElse("(geen veld)");
  }

  private static Organisatie organisatie(String naam, OrganisatieType type) {
    return new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
  }
}
