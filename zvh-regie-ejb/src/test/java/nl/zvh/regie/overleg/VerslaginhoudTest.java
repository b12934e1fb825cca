package nl.zvh.regie.overleg;

import static nl.zvh.domain.testdata.Voorbeeldcasussen.metId;
import static nl.zvh.regie.document.PdfAControle.assertPdfA2b;
import static nl.zvh.regie.document.PdfAControle.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.regie.overleg.Verslagdocument.Aanwezige;
import nl.zvh.regie.overleg.Verslagdocument.Actiepunt;
import nl.zvh.regie.overleg.Verslagdocument.Inhoud;
import nl.zvh.regie.overleg.Verslagdocument.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the verslag as PDF reads from an overleg and its plan, built as the portal builds them. */
class VerslaginhoudTest {

  /** In winter: Dutch time is UTC+1. */
  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = metId(organisatie("Politie", OrganisatieType.POLITIE), 1);
  private final Organisatie ggz = metId(organisatie("GGZ Noord", OrganisatieType.GGZ), 2);
  private final Organisatie zvh = metId(organisatie("ZVH", OrganisatieType.ZVH), 3);
  private final Gebruiker regisseur =
      metId(
          new Gebruiker("rita", "Rita Regie", "rita@zvh.example", Rol.PROCESREGISSEUR, zvh, "x"),
          10);
  private final Gebruiker agent =
      metId(
          new Gebruiker(
              "piet", "Piet Agent", "piet@politie.example", Rol.KETENPARTNER, politie, "x"),
          11);
  private final Gebruiker arts =
      metId(new Gebruiker("anna", "Anna Arts", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 12);

  private Casus casus;
  private Betrokkene piet;
  private Betrokkene sanne;
  private Overleg overleg;
  private PlanVanAanpak plan;

  @BeforeEach
  void gehoudenEnVastgesteld() {
    casus = new Casus(politie, "agent", NU.minusDays(10));
    piet =
        metId(
            casus.voegBetrokkeneToe(
                "Piet", "Smit", LocalDate.of(1980, 5, 17), null, null, VANDAAG.minusDays(10)),
            101);
    sanne =
        metId(
            casus.voegBetrokkeneToe(
                "Sanne", "Smit", LocalDate.of(2010, 1, 2), null, null, VANDAAG.minusDays(10)),
            102);
    Voorbeeldcasussen.dienIn(casus, ggz, "ZVH-2026-000006", NU.minusDays(10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(1));
    if (!casus.neemtDeel(1L, VANDAAG)) {
      casus.laatDeelnemen(politie, VANDAAG);
    }
    casus.laatDeelnemen(ggz, VANDAAG);

    overleg =
        new Overleg(
            casus,
            1,
            new Overlegmoment(
                VANDAAG,
                LocalTime.of(13, 0),
                LocalTime.of(14, 30),
                "ZVH, zaal 2",
                "https://meet.example/ico"),
            regisseur,
            "Doel en plan van aanpak",
            "rita",
            NU);
    overleg.nodigUit(agent);
    overleg.nodigUit(arts);
    overleg.legVeiligheidscheckVast(
        new Veiligheidscheck(
            "Wijkagent Piet", VANDAAG, Veiligheidscheck.Uitkomst.VEILIG, null, "rita", NU));
    overleg.nodigBetrokkeneUit(true);
    overleg.legAanwezigheidVast(new HashSet<>(Set.of(11L)), true, VANDAAG);
    overleg.bewaarVerslag("Afspraken: schuldhulp.");
    overleg.stelVerslagVast("rita", NU.plusHours(5));
    overleg.bewaarVerslag("Afspraken: schuldhulp en een huisbezoek.");
    overleg.stelVerslagVast("sam", NU.plusDays(1));
    overleg.scoor(sanne, Leefgebied.JUSTITIE, 3, null);
    overleg.scoor(piet, Leefgebied.JUSTITIE, 2, 4);
    overleg.scoor(piet, Leefgebied.FINANCIEN, 1, null);

    plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Schulden onder controle");
    int actiepunt =
        plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG.plusDays(14), VANDAAG)
            .getNummer();
    plan.stelCasusregisseurAan(arts, "rita", NU);
    plan.stelVast(1, "rita", NU.plusHours(5)).orElseThrow();
    plan.wijzigActiepunt(
        actiepunt,
        "Aanmelden schuldhulp",
        politie,
        agent,
        VANDAAG.plusDays(21),
        Actiepuntstatus.IN_UITVOERING,
        VANDAAG);
    plan.stelVast(2, "rita", NU.plusDays(30)).orElseThrow();
  }

  @Test
  void theVerslagReadsTheOverlegItsLastVersionAndThePlanOfItsDay() {
    Inhoud inhoud = Verslagdocument.Inhoud.van(overleg, Verslagdienst.planBij(plan, 1));

    assertEquals("ZVH-2026-000006", inhoud.casusnummer());
    assertEquals(
        OffsetDateTime.of(2026, 12, 7, 13, 0, 0, 0, ZoneOffset.ofHours(1)), inhoud.tijdstip());
    assertEquals("ZVH, zaal 2 en online", inhoud.plaats());
    assertEquals("Rita Regie", inhoud.voorzitter());
    assertEquals(
        List.of(
            new Aanwezige("Piet Agent", "Politie", true),
            new Aanwezige("Anna Arts", "GGZ Noord", false),
            new Aanwezige("Betrokkene", null, true)),
        inhoud.aanwezigen());
    assertEquals("Afspraken: schuldhulp en een huisbezoek.", inhoud.verslag());
    assertEquals(2, inhoud.versie());
    assertEquals("sam", inhoud.vastgesteldDoor());
    assertEquals(NU.plusDays(1), inhoud.vastgesteldOp());
    assertEquals(List.of("Schulden onder controle"), inhoud.doelen());
    assertEquals(
        List.of(
            new Actiepunt(
                "Aanmelden schuldhulp", "Politie", "Piet Agent", VANDAAG.plusDays(14), "open")),
        inhoud.actiepunten(),
        "the plan as established at this overleg, the status in Dutch");
    assertEquals("Anna Arts (GGZ Noord)", inhoud.casusregisseur());
    assertEquals(
        List.of(
            new Score("Piet Smit", "Financiën", 1, null),
            new Score("Piet Smit", "Justitie", 2, 4),
            new Score("Sanne Smit", "Justitie", 3, null)),
        inhoud.scores(),
        "per betrokkene in the order of the case, per leefgebied in the order of the matrix");
  }

  @Test
  void theVerslagOfALaterOverlegHasThePlanAsChangedThere() {
    Optional<Planversie> bij1 = Verslagdienst.planBij(plan, 1);
    Optional<Planversie> bij2 = Verslagdienst.planBij(plan, 2);
    Optional<Planversie> bij3 = Verslagdienst.planBij(plan, 3);

    assertEquals(1, bij1.orElseThrow().getNummer());
    assertEquals(2, bij2.orElseThrow().getNummer());
    assertEquals(2, bij3.orElseThrow().getNummer(), "unchanged at the third: still the second");
    assertEquals(
        "in uitvoering", Verslagdocument.Inhoud.van(overleg, bij2).actiepunten().get(0).status());
    assertTrue(Verslagdienst.planBij(new PlanVanAanpak(casus), 1).isEmpty());
  }

  @Test
  void withoutAnEstablishedPlanThePlanPartsAreEmpty() {
    Inhoud inhoud = Verslagdocument.Inhoud.van(overleg, Optional.empty());

    assertTrue(inhoud.doelen().isEmpty());
    assertTrue(inhoud.actiepunten().isEmpty());
    assertNull(inhoud.casusregisseur());
    assertFalse(inhoud.scores().isEmpty());
  }

  @Test
  void aVerslagThatWasNeverEstablishedHasNoDocument() {
    Overleg nieuw =
        new Overleg(
            casus,
            2,
            new Overlegmoment(VANDAAG, LocalTime.of(15, 0), LocalTime.of(16, 0), "ZVH", null),
            regisseur,
            "Vervolg",
            "rita",
            NU);

    assertThrows(
        IllegalStateException.class, () -> Verslagdocument.Inhoud.van(nieuw, Optional.empty()));
  }

  @Test
  void theDocumentIsAPdfA2bWithTheDoelbindingOnItsFirstPage() {
    byte[] pdf =
        Verslagdocument.pdf(Verslagdocument.Inhoud.van(overleg, Verslagdienst.planBij(plan, 1)));

    assertPdfA2b(pdf);
    assertTrue(
        tekst(pdf, 1).replaceAll("\\s+", " ").contains(Verslagdocument.DOELBINDING), tekst(pdf, 1));
    String tekst = tekst(pdf).replaceAll("\\s+", " ");
    for (String verwacht :
        List.of(
            "Verslag ICO casus ZVH-2026-000006",
            "07-12-2026 13:00, ZVH, zaal 2 en online",
            "Versie 2, vastgesteld door sam op 08-12-2026 10:00",
            "Piet Agent Politie aanwezig",
            "Anna Arts GGZ Noord afwezig",
            "Betrokkene - aanwezig",
            "Afspraken: schuldhulp en een huisbezoek.",
            "Aanmelden schuldhulp Politie Piet Agent 21-12-2026 open",
            "Casusregisseur Anna Arts (GGZ Noord)",
            "Financiën 1 -",
            "Justitie 2 4")) {
      assertTrue(tekst.contains(verwacht), verwacht + " in:\n" + tekst);
    }
  }

  @Test
  void theFileNameHoldsNoPersonalData() {
    assertEquals(
        "verslag-ZVH-2026-000006-ico-1-v2.pdf",
        Verslagdienst.bestandsnaam("ZVH-2026-000006", 1, 2));
  }

  @Test
  void everyLeefgebiedHasItsOwnDutchName() {
    Set<String> namen = new HashSet<>();
    for (Leefgebied leefgebied : Leefgebied.values()) {
      String naam = Leefgebiednamen.naam(leefgebied);
      assertFalse(naam.isBlank(), leefgebied.name());
      assertTrue(namen.add(naam), "twice: " + naam);
    }
    assertEquals("Basale ADL", Leefgebiednamen.naam(Leefgebied.BASALE_ADL));
  }

  private static Organisatie organisatie(String naam, OrganisatieType type) {
    return new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
  }
}
