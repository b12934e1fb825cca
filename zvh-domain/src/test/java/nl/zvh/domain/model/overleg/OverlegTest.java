package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.testdata.Voorbeeldcasussen.metId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverlegTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = metId(organisatie("Politie", OrganisatieType.POLITIE), 1);
  private final Organisatie ggz = metId(organisatie("GGZ", OrganisatieType.GGZ), 2);
  private final Organisatie zvh = metId(organisatie("ZVH", OrganisatieType.ZVH), 3);
  private final Gebruiker regisseur =
      metId(new Gebruiker("rita", "Rita", "rita@zvh.example", Rol.PROCESREGISSEUR, zvh, "x"), 10);
  private final Gebruiker agent =
      metId(
          new Gebruiker("piet", "Piet", "piet@politie.example", Rol.KETENPARTNER, politie, "x"),
          11);
  private final Gebruiker arts =
      metId(new Gebruiker("anna", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 12);
  private Casus casus;

  @BeforeEach
  void opgepakt() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(1));
  }

  @Test
  void anOverlegIsPlannedOnlyForACaseTakenOnWithTheRouteToAnIco() {
    Casus niet = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000002", NU.minusDays(10));
    DomeinRegelGeschonden fout =
        assertThrows(DomeinRegelGeschonden.class, () -> plan(niet, VANDAAG.plusDays(3)));
    assertTrue(fout.getMessage().contains("route naar een ICO"), fout.getMessage());

    Overleg overleg = plan(casus, VANDAAG.plusDays(3));
    assertEquals(Overleg.Status.GEPLAND, overleg.getStatus());
    assertEquals(0, overleg.getReeks());
  }

  @Test
  void whenWhereAndWhoAreCheckedWithAMessageForTheField() {
    assertEquals(
        "eind",
        assertThrows(
                DomeinRegelGeschonden.class,
                () ->
                    new Overlegmoment(
                        VANDAAG, LocalTime.of(14, 0), LocalTime.of(13, 0), "ZVH", null))
            .veld()
            .orElseThrow());
    assertEquals(
        "locatie",
        assertThrows(
                DomeinRegelGeschonden.class,
                () ->
                    new Overlegmoment(VANDAAG, LocalTime.of(13, 0), LocalTime.of(14, 0), " ", null))
            .veld()
            .orElseThrow());
    assertEquals(
        "vergaderlink",
        assertThrows(
                DomeinRegelGeschonden.class,
                () ->
                    new Overlegmoment(
                        VANDAAG, LocalTime.of(13, 0), LocalTime.of(14, 0), null, "javascript:x"))
            .veld()
            .orElseThrow());
    assertEquals(
        "datum",
        assertThrows(DomeinRegelGeschonden.class, () -> plan(casus, VANDAAG.minusDays(1)))
            .veld()
            .orElseThrow());
    assertEquals(
        "voorzitter",
        assertThrows(
                DomeinRegelGeschonden.class,
                () -> new Overleg(casus, 1, moment(VANDAAG), agent, "Agenda", "rita", NU))
            .veld()
            .orElseThrow());
  }

  @Test
  void theBetrokkeneIsInvitedOnlyAfterASafetyCheckThatFoundNoRisk() {
    Overleg overleg = plan(casus, VANDAAG.plusDays(3));
    DomeinRegelGeschonden zonder =
        assertThrows(DomeinRegelGeschonden.class, () -> overleg.nodigBetrokkeneUit(true));
    assertTrue(zonder.getMessage().contains("veiligheidscheck"), zonder.getMessage());

    overleg.legVeiligheidscheckVast(check(Veiligheidscheck.Uitkomst.NIET_VEILIG));
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.nodigBetrokkeneUit(true));

    overleg.legVeiligheidscheckVast(check(Veiligheidscheck.Uitkomst.VEILIG));
    overleg.nodigBetrokkeneUit(true);
    assertTrue(overleg.isBetrokkeneUitgenodigd());

    overleg.legVeiligheidscheckVast(check(Veiligheidscheck.Uitkomst.NIET_VEILIG));
    assertFalse(overleg.isBetrokkeneUitgenodigd(), "a check with a risk withdraws the invitation");
  }

  @Test
  void onlyActivePartnerUsersAreInvitedOnceAndOnlyTheyAnswer() {
    Overleg overleg = plan(casus, VANDAAG.plusDays(3));
    overleg.nodigUit(agent);
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.nodigUit(agent));
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.nodigUit(regisseur));
    Gebruiker weg =
        metId(new Gebruiker("oud", "Oud", "oud@ggz.example", Rol.KETENPARTNER, ggz, "x"), 13);
    weg.deactiveer();
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.nodigUit(weg));

    overleg.reageer(11, Genodigde.Reactie.KOMT, NU);
    assertEquals(Genodigde.Reactie.KOMT, overleg.genodigde(11).orElseThrow().getReactie());
    assertThrows(
        DomeinRegelGeschonden.class, () -> overleg.reageer(12, Genodigde.Reactie.KOMT, NU));
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.meldVoorbereid(2, NU));
    overleg.meldVoorbereid(1, NU);
    assertTrue(overleg.genodigde(11).orElseThrow().getVoorbereidOp().isPresent());
  }

  @Test
  void movingAndCancellingRaiseTheSequenceOfTheSameInvitation() {
    Overleg overleg = plan(casus, VANDAAG.plusDays(3));
    String uid = overleg.getUid();
    overleg.wijzigPlanning(moment(VANDAAG.plusDays(4)), regisseur, "Nieuwe agenda", VANDAAG);
    assertEquals(1, overleg.getReeks());
    overleg.annuleer("Voorzitter ziek");
    assertEquals(2, overleg.getReeks());
    assertEquals(uid, overleg.getUid());
    assertEquals(Overleg.Status.GEANNULEERD, overleg.getStatus());
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> overleg.wijzigPlanning(moment(VANDAAG.plusDays(5)), regisseur, "x", VANDAAG));
    assertThrows(
        DomeinRegelGeschonden.class, () -> overleg.legAanwezigheidVast(Set.of(), false, VANDAAG));
  }

  @Test
  void anOverlegIsRecordedFromItsDayOnThenItsVerslagIsEstablishedInVersions() {
    Overleg overleg = plan(casus, VANDAAG);
    overleg.nodigUit(agent);
    overleg.nodigUit(arts);
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.bewaarVerslag("Te vroeg"));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> overleg.legAanwezigheidVast(Set.of(11L), false, VANDAAG.minusDays(1)));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> overleg.legAanwezigheidVast(Set.of(11L), true, VANDAAG),
        "the betrokkene was not invited");

    overleg.legAanwezigheidVast(Set.of(11L), false, VANDAAG);
    assertEquals(Overleg.Status.GEHOUDEN, overleg.getStatus());
    assertTrue(overleg.genodigde(11).orElseThrow().getAanwezig().orElseThrow());
    assertFalse(overleg.genodigde(12).orElseThrow().getAanwezig().orElseThrow());

    assertThrows(DomeinRegelGeschonden.class, () -> overleg.stelVerslagVast("rita", NU));
    overleg.bewaarVerslag("Afspraken: schuldhulp en behandeling.");
    assertEquals(1, overleg.stelVerslagVast("rita", NU).orElseThrow().getNummer());
    assertTrue(overleg.stelVerslagVast("rita", NU).isEmpty(), "unchanged: no new version");
    assertFalse(overleg.heeftVerslagwijzigingen());

    overleg.bewaarVerslag("Afspraken: schuldhulp, behandeling en woning.");
    assertTrue(overleg.heeftVerslagwijzigingen());
    Verslagversie tweede = overleg.stelVerslagVast("sam", NU.plusHours(2)).orElseThrow();
    assertEquals(2, tweede.getNummer());
    assertEquals("sam", tweede.getVastgesteldDoor());
    assertEquals(
        "Afspraken: schuldhulp en behandeling.", overleg.getVerslagversies().get(0).getTekst());
  }

  @Test
  void zrmScoresLieBetweenOneAndFiveAndBelongToTheCasesBetrokkenen() {
    Overleg overleg = plan(casus, VANDAAG);
    overleg.legAanwezigheidVast(Set.of(), false, VANDAAG);
    Betrokkene piet = casus.getBetrokkenen().get(0);
    overleg.scoor(piet, Leefgebied.FINANCIEN, 2, 4);
    overleg.scoor(piet, Leefgebied.FINANCIEN, 3, 4);
    assertEquals(1, overleg.getScores().size(), "a second score replaces the first");
    assertEquals(3, overleg.getScores().get(0).getScore());
    assertEquals(
        "score",
        assertThrows(
                DomeinRegelGeschonden.class,
                () -> overleg.scoor(piet, Leefgebied.JUSTITIE, 6, null))
            .veld()
            .orElseThrow());
    assertEquals(
        "doelscore",
        assertThrows(
                DomeinRegelGeschonden.class, () -> overleg.scoor(piet, Leefgebied.JUSTITIE, 2, 0))
            .veld()
            .orElseThrow());
    Casus ander = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000003", NU.minusDays(10));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> overleg.scoor(ander.getBetrokkenen().get(0), Leefgebied.JUSTITIE, 2, null));
    overleg.scoor(piet, Leefgebied.FINANCIEN, null, null);
    assertTrue(overleg.getScores().isEmpty());
  }

  private Overleg plan(Casus voor, LocalDate datum) {
    return new Overleg(voor, 1, moment(datum), regisseur, "Doel en plan van aanpak", "rita", NU);
  }

  private static Overlegmoment moment(LocalDate datum) {
    return new Overlegmoment(
        datum,
        LocalTime.of(13, 0),
        LocalTime.of(14, 30),
        "ZVH, zaal 2",
        "https://meet.example/ico");
  }

  private static Veiligheidscheck check(Veiligheidscheck.Uitkomst uitkomst) {
    return new Veiligheidscheck("Wijkagent Piet", VANDAAG, uitkomst, null, "rita", NU);
  }

  private static Organisatie organisatie(String naam, OrganisatieType type) {
    return new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
  }
}
