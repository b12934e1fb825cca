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
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanVanAanpakTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = metId(organisatie("Politie", OrganisatieType.POLITIE), 1);
  private final Organisatie ggz = metId(organisatie("GGZ", OrganisatieType.GGZ), 2);
  private final Organisatie woning =
      metId(organisatie("Woningcorporatie", OrganisatieType.WONINGCORPORATIE), 3);
  private final Gebruiker agent =
      metId(
          new Gebruiker("piet", "Piet", "piet@politie.example", Rol.KETENPARTNER, politie, "x"),
          11);
  private final Gebruiker arts =
      metId(new Gebruiker("anna", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 12);
  private final Gebruiker verhuurder =
      metId(new Gebruiker("wim", "Wim", "wim@woning.example", Rol.KETENPARTNER, woning, "x"), 13);
  private Casus casus;
  private PlanVanAanpak plan;

  @BeforeEach
  void opgepaktMetDeelnemers() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(1));
    if (!casus.neemtDeel(1L, VANDAAG)) {
      casus.laatDeelnemen(politie, VANDAAG);
    }
    casus.laatDeelnemen(ggz, VANDAAG);
    plan = new PlanVanAanpak(casus);
  }

  @Test
  void aPlanNeedsADoelAnActiepuntAndACasusregisseurBeforeItIsEstablished() {
    assertEquals("doel", weigering(() -> plan.stelVast(1, "rita", NU)));
    plan.voegDoelToe("Schulden onder controle");
    assertEquals("omschrijving", weigering(() -> plan.stelVast(1, "rita", NU)));
    plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG.plusDays(14), VANDAAG);
    assertEquals("casusregisseur", weigering(() -> plan.stelVast(1, "rita", NU)));
    plan.stelCasusregisseurAan(arts, "rita", NU);

    Planversie eerste = plan.stelVast(1, "rita", NU).orElseThrow();
    assertEquals(1, eerste.getNummer());
    assertEquals(List.of("Eerste versie van het plan van aanpak."), eerste.getWijzigingen());
    assertEquals(1, eerste.regels(Planregel.Soort.DOEL).size());
    assertEquals("Anna", eerste.regels(Planregel.Soort.CASUSREGISSEUR).get(0).getOmschrijving());
    assertTrue(plan.stelVast(1, "rita", NU).isEmpty(), "nothing changed: no new version");
  }

  @Test
  void aLaterChangeMakesANewVersionThatSaysWhatChangedAndKeepsTheOldOneAsItWas() {
    vastgesteld();
    int nummer = plan.getActiepunten().get(0).getNummer();
    plan.wijzigActiepunt(
        nummer,
        "Aanmelden schuldhulp",
        politie,
        agent,
        VANDAAG.plusDays(21),
        Actiepuntstatus.IN_UITVOERING,
        VANDAAG);
    plan.voegDoelToe("Een vaste woning");
    assertTrue(plan.heeftWijzigingen());

    Planversie tweede = plan.stelVast(2, "sam", NU.plusDays(30)).orElseThrow();
    assertEquals(2, tweede.getNummer());
    assertEquals("sam", tweede.getVastgesteldDoor());
    assertEquals(2, tweede.getWijzigingen().size(), tweede.getWijzigingen().toString());
    assertTrue(tweede.getWijzigingen().get(0).startsWith("Toegevoegd: doel 'Een vaste woning'"));
    assertTrue(tweede.getWijzigingen().get(1).startsWith("Gewijzigd: actiepunt"));
    Planregel oud = plan.getVersies().get(0).regels(Planregel.Soort.ACTIEPUNT).get(0);
    assertEquals(Actiepuntstatus.OPEN, oud.getStatus());
    assertEquals(VANDAAG.plusDays(14), oud.getDeadline());
  }

  @Test
  void anEstablishedActiepuntIsDroppedNotDeletedAndAConceptOneMayGo() {
    vastgesteld();
    int vast = plan.getActiepunten().get(0).getNummer();
    assertThrows(DomeinRegelGeschonden.class, () -> plan.verwijderActiepunt(vast));
    Actiepunt nieuw = plan.voegActiepuntToe("Huisbezoek", ggz, null, VANDAAG.plusDays(3), VANDAAG);
    plan.verwijderActiepunt(nieuw.getNummer());
    assertEquals(1, plan.getActiepunten().size());
  }

  @Test
  void actiepuntenBelongToParticipatingOrganisationsAndTheirOwnPeople() {
    assertEquals(
        "eigenaar",
        weigering(
            () -> plan.voegActiepuntToe("Woning", woning, null, VANDAAG.plusDays(3), VANDAAG)));
    assertEquals(
        "persoon",
        weigering(
            () -> plan.voegActiepuntToe("Brief", politie, arts, VANDAAG.plusDays(3), VANDAAG)));
    assertEquals(
        "deadline",
        weigering(
            () -> plan.voegActiepuntToe("Brief", politie, null, VANDAAG.minusDays(1), VANDAAG)));
  }

  @Test
  void theStatusOfAnActiepuntFollowsItsLifeCycle() {
    assertTrue(Actiepuntstatus.OPEN.magOvergaanNaar(Actiepuntstatus.LUKT_NIET));
    assertTrue(Actiepuntstatus.LUKT_NIET.magOvergaanNaar(Actiepuntstatus.IN_UITVOERING));
    assertTrue(Actiepuntstatus.GEREED.magOvergaanNaar(Actiepuntstatus.IN_UITVOERING));
    assertFalse(Actiepuntstatus.VERVALLEN.magOvergaanNaar(Actiepuntstatus.OPEN));
    assertFalse(Actiepuntstatus.GEREED.magOvergaanNaar(Actiepuntstatus.OPEN));

    Actiepunt punt = plan.voegActiepuntToe("Brief", politie, null, VANDAAG.plusDays(1), VANDAAG);
    plan.wijzigActiepunt(
        punt.getNummer(),
        "Brief",
        politie,
        null,
        VANDAAG.plusDays(1),
        Actiepuntstatus.VERVALLEN,
        VANDAAG);
    assertEquals(
        "status",
        weigering(
            () ->
                plan.wijzigActiepunt(
                    punt.getNummer(),
                    "Brief",
                    politie,
                    null,
                    VANDAAG.plusDays(1),
                    Actiepuntstatus.OPEN,
                    VANDAAG)));
    assertFalse(punt.isVerlopen(VANDAAG.plusDays(5)), "a dropped point is never overdue");
    Actiepunt lopend = plan.voegActiepuntToe("Bellen", politie, null, VANDAAG.plusDays(1), VANDAAG);
    assertTrue(lopend.isVerlopen(VANDAAG.plusDays(2)));
    assertEquals(List.of(lopend), plan.verlopenActiepunten(VANDAAG.plusDays(2)));
  }

  @Test
  void theCasusregisseurIsAParticipatingPartnerOneAtATimeWithHistory() {
    assertEquals(
        "casusregisseur", weigering(() -> plan.stelCasusregisseurAan(verhuurder, "rita", NU)));
    plan.stelCasusregisseurAan(arts, "rita", NU);
    assertEquals(
        "casusregisseur",
        weigering(() -> plan.stelCasusregisseurAan(arts, "rita", NU.plusHours(1))));
    plan.stelCasusregisseurAan(agent, "sam", NU.plusDays(1));
    assertEquals(agent, plan.casusregisseur().orElseThrow().getGebruiker());
    assertEquals(2, plan.getCasusregisseurs().size());
    assertEquals(
        NU.plusDays(1), plan.getCasusregisseurs().get(0).getTot().orElseThrow(), "handed over");
  }

  @Test
  void theFirstEstablishedPlanPutsTheCaseInUitvoering() {
    vastgesteld();
    casus.startUitvoering("rita", NU);
    assertEquals(CasusStatus.IN_UITVOERING, casus.getStatus());
    casus.startUitvoering("rita", NU.plusDays(30));
    assertEquals(
        1,
        casus.getStatusgeschiedenis().stream()
            .filter(o -> o.getNaarStatus() == CasusStatus.IN_UITVOERING)
            .count());
  }

  @Test
  void theOwnerReportsBackOnAnEstablishedRunningActiepuntAndItsStatusFollows() {
    plan.voegDoelToe("Schulden onder controle");
    int nummer =
        plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG, VANDAAG).getNummer();
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> plan.koppelTerug(nummer, Terugkoppeling.Soort.VOORTGANG, "Gebeld", agent, NU),
        "a concept actiepunt is not reported on");
    plan.stelCasusregisseurAan(arts, "rita", NU);
    plan.stelVast(1, "rita", NU).orElseThrow();

    assertEquals(
        "tekst",
        weigering(() -> plan.koppelTerug(nummer, Terugkoppeling.Soort.VOORTGANG, " ", agent, NU)));
    assertEquals(
        "tekst",
        weigering(() -> plan.koppelTerug(nummer, Terugkoppeling.Soort.LUKT_NIET, null, agent, NU)));
    assertEquals(
        "tekst",
        weigering(
            () ->
                plan.koppelTerug(
                    nummer, Terugkoppeling.Soort.VOORTGANG, "x".repeat(2001), agent, NU)));
    assertEquals(
        Actiepuntstatus.OPEN, plan.actiepunt(nummer).getStatus(), "refusals change nothing");

    Terugkoppeling voortgang =
        plan.koppelTerug(nummer, Terugkoppeling.Soort.VOORTGANG, " Afspraak gemaakt ", agent, NU);
    assertEquals(Actiepuntstatus.IN_UITVOERING, plan.actiepunt(nummer).getStatus());
    assertEquals("Afspraak gemaakt", voortgang.getTekst().orElseThrow());
    assertEquals(politie, voortgang.getOrganisatie());
    assertEquals(casus, voortgang.getCasus());

    Terugkoppeling gereed = plan.koppelTerug(nummer, Terugkoppeling.Soort.GEREED, null, agent, NU);
    assertTrue(gereed.getTekst().isEmpty(), "done needs no words");
    assertEquals(Actiepuntstatus.GEREED, plan.actiepunt(nummer).getStatus());
    assertEquals(
        "soort",
        weigering(
            () -> plan.koppelTerug(nummer, Terugkoppeling.Soort.LUKT_NIET, "Toch niet", agent, NU)),
        "a done actiepunt is no longer reported on");
  }

  @Test
  void theCasusregisseurInFunctionIsTheOneOfTheLastEstablishedVersion() {
    assertTrue(plan.casusregisseurInFunctie().isEmpty());
    vastgesteld();
    assertEquals(arts, plan.casusregisseurInFunctie().orElseThrow().getGebruiker());
    plan.stelCasusregisseurAan(agent, "rita", NU.plusDays(1));
    assertEquals(
        arts,
        plan.casusregisseurInFunctie().orElseThrow().getGebruiker(),
        "one the concept appointed is not yet in function");
    plan.stelVast(2, "rita", NU.plusDays(2)).orElseThrow();
    assertEquals(agent, plan.casusregisseurInFunctie().orElseThrow().getGebruiker());
  }

  private void vastgesteld() {
    plan.voegDoelToe("Schulden onder controle");
    plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG.plusDays(14), VANDAAG);
    plan.stelCasusregisseurAan(arts, "rita", NU);
    plan.stelVast(1, "rita", NU).orElseThrow();
  }

  private static String weigering(Runnable actie) {
    return assertThrows(DomeinRegelGeschonden.class, actie::run).veld().orElse("(geen veld)");
  }

  private static Organisatie organisatie(String naam, OrganisatieType type) {
    return new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
  }
}
