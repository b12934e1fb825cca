package nl.zvh.domain.model.uitvoering;

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
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignaalEnEscalatieTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie =
      metId(new Organisatie("Politie", OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null), 1);
  private final Organisatie ggz =
      metId(new Organisatie("GGZ", OrganisatieType.GGZ, LocalDate.of(2025, 3, 1), null), 2);
  private final Gebruiker agent =
      metId(
          new Gebruiker("piet", "Piet", "piet@politie.example", Rol.KETENPARTNER, politie, "x"),
          11);
  private final Gebruiker arts =
      metId(new Gebruiker("anna", "Anna", "anna@ggz.example", Rol.KETENPARTNER, ggz, "x"), 12);
  private Casus casus;
  private PlanVanAanpak plan;

  @BeforeEach
  void inUitvoering() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(1));
    if (!casus.neemtDeel(1L, VANDAAG)) {
      casus.laatDeelnemen(politie, VANDAAG);
    }
    casus.laatDeelnemen(ggz, VANDAAG);
    plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Schulden onder controle");
    plan.voegActiepuntToe("Aanmelden schuldhulp", politie, agent, VANDAAG, VANDAAG);
    plan.voegActiepuntToe("Huisbezoek", ggz, arts, VANDAAG, VANDAAG);
    plan.stelCasusregisseurAan(arts, "rita", NU);
    plan.stelVast(1, "rita", NU).orElseThrow();
  }

  @Test
  void luktNietGivesASignalWithItsReasonAndNothingElseDoes() {
    int nummer = plan.getActiepunten().get(0).getNummer();
    Terugkoppeling luktNiet =
        plan.koppelTerug(nummer, Terugkoppeling.Soort.LUKT_NIET, "Geen wachtlijstplek", agent, NU);
    Signaal signaal = Signaal.luktNiet(luktNiet);
    assertEquals(Signaal.Soort.LUKT_NIET, signaal.getSoort());
    assertEquals("Geen wachtlijstplek", signaal.getTekst());
    assertEquals(luktNiet, signaal.getTerugkoppeling().orElseThrow());
    assertTrue(signaal.isOpen());

    Terugkoppeling voortgang =
        plan.koppelTerug(
            plan.getActiepunten().get(1).getNummer(),
            Terugkoppeling.Soort.VOORTGANG,
            "Afspraak gemaakt",
            arts,
            NU);
    assertThrows(DomeinRegelGeschonden.class, () -> Signaal.luktNiet(voortgang));
  }

  @Test
  void aDevelopmentIsDescribedAndHandledOnce() {
    assertEquals("tekst", veld(() -> Signaal.ontwikkeling(plan, "  ", agent, NU)));
    assertEquals("tekst", veld(() -> Signaal.ontwikkeling(plan, "x".repeat(2001), agent, NU)));
    Signaal signaal = Signaal.ontwikkeling(plan, "Huisuitzetting aangekondigd", agent, NU);

    assertEquals("afhandeling", veld(() -> signaal.handelAf("", "anna", NU)));
    assertTrue(signaal.isOpen(), "a refused handling leaves it open");
    signaal.handelAf("Besproken met de woningcorporatie", "anna", NU.plusHours(2));
    assertEquals(Signaal.Status.AFGEHANDELD, signaal.getStatus());
    assertEquals("anna", signaal.getAfgehandeldDoor().orElseThrow());
    assertThrows(
        DomeinRegelGeschonden.class, () -> signaal.handelAf("Nogmaals", "anna", NU.plusHours(3)));
  }

  @Test
  void anEscalationNeedsAReasonTakesUpOpenSignalsOfItsCaseAndIsHandledOnce() {
    Signaal open = Signaal.ontwikkeling(plan, "Huisuitzetting aangekondigd", agent, NU);
    Signaal afgehandeld = Signaal.ontwikkeling(plan, "Verhuisd", agent, NU);
    afgehandeld.handelAf("Adres bijgewerkt", "anna", NU);

    assertEquals("reden", veld(() -> new Escalatie(plan, " ", null, List.of(), arts, NU)));
    assertTrue(open.isOpen(), "a refused escalation takes up nothing");
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Escalatie(plan, "Afspraken niet nagekomen", null, List.of(afgehandeld), arts, NU),
        "a handled signal is not escalated");
    Casus andereCasus =
        Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000002", NU.minusDays(3));
    Voorbeeldcasussen.opgepaktVoorIco(andereCasus, NU.minusDays(1));
    PlanVanAanpak andere = new PlanVanAanpak(andereCasus);
    assertEquals(
        "signalen",
        veld(
            () ->
                new Escalatie(andere, "Afspraken niet nagekomen", null, List.of(open), arts, NU)));

    Escalatie escalatie =
        new Escalatie(
            plan,
            "Afspraken niet nagekomen",
            "Vervolg-ICO met de woningcorporatie",
            List.of(open),
            arts,
            NU);
    assertEquals(Signaal.Status.OPGESCHAALD, open.getStatus());
    assertEquals(escalatie, open.getEscalatie().orElseThrow());
    assertTrue(escalatie.isOpen());

    assertEquals("uitkomst", veld(() -> escalatie.handelAf(null, "rita", NU)));
    escalatie.handelAf("Vervolg-ICO gepland", "rita", NU.plusDays(1));
    assertFalse(escalatie.isOpen());
    assertThrows(
        DomeinRegelGeschonden.class, () -> escalatie.handelAf("Nogmaals", "rita", NU.plusDays(2)));
  }

  private static String veld(Runnable actie) {
    return assertThrows(DomeinRegelGeschonden.class, actie::run).veld().orElse("(geen veld)");
  }
}
