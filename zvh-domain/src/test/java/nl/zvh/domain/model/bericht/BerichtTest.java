package nl.zvh.domain.model.bericht;

import static nl.zvh.domain.testdata.Voorbeeldcasussen.metId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a message and of how far a user has read the thread. */
class BerichtTest {

  static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = metId(organisatie("Politie", OrganisatieType.POLITIE), 1);
  private final Organisatie ggz = metId(organisatie("GGZ", OrganisatieType.GGZ), 2);
  private final Organisatie zvh = metId(organisatie("ZVH", OrganisatieType.ZVH), 3);
  private final Organisatie gemeente = metId(organisatie("Gemeente", OrganisatieType.GEMEENTE), 4);
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
  void casusMetPolitieEnGgz() {
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000001", NU.minusDays(10));
    if (!casus.neemtDeel(politie.getId(), VANDAAG)) {
      casus.laatDeelnemen(politie, VANDAAG.minusDays(10));
    }
    casus.laatDeelnemen(ggz, VANDAAG.minusDays(5));
  }

  @Test
  void aMessageIsOfTheSendersOrganisationAndOfNoneForTheProcesregisseur() {
    Bericht vanArts = new Bericht(casus, arts, "  Cliënt is opgenomen.\nBel mij.  ", null, NU);
    assertEquals("Cliënt is opgenomen.\nBel mij.", vanArts.getTekst(), "line breaks are kept");
    assertSame(ggz, vanArts.getOrganisatie().orElseThrow());
    assertSame(arts, vanArts.getAfzender());
    assertEquals(NU, vanArts.getVerstuurdOp());
    assertTrue(vanArts.getCorrigeert().isEmpty());

    Bericht vanZvh = new Bericht(casus, regisseur, "Volgend ICO op 14 januari.", null, NU);
    assertTrue(vanZvh.getOrganisatie().isEmpty(), "the ZVH's procesregisseur: no organisation");
  }

  @Test
  void anEmptyOrTooLongMessageIsRefusedWithADutchMessageNamingTheField() {
    DomeinRegelGeschonden leeg =
        assertThrows(DomeinRegelGeschonden.class, () -> new Bericht(casus, arts, " \n ", null, NU));
    assertEquals("Typ een bericht.", leeg.getMessage());
    assertEquals("tekst", leeg.veld().orElseThrow());

    new Bericht(casus, arts, "x".repeat(Bericht.MAX_TEKST), null, NU);
    DomeinRegelGeschonden lang =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> new Bericht(casus, arts, "x".repeat(Bericht.MAX_TEKST + 1), null, NU));
    assertEquals("Het bericht is te lang: ten hoogste 4000 tekens, nu 4001.", lang.getMessage());
    assertEquals("tekst", lang.veld().orElseThrow());
  }

  @Test
  void onlyTheProcesregisseurAndUsersOfParticipatingOrganisationsWrite() {
    Gebruiker ambtenaar =
        metId(
            new Gebruiker("gert", "Gert", "gert@gemeente.example", Rol.KETENPARTNER, gemeente, "x"),
            13);
    assertThrows(
        DomeinRegelGeschonden.class, () -> new Bericht(casus, ambtenaar, "Hallo", null, NU));
    Gebruiker manager =
        metId(new Gebruiker("max", "Max", "max@zvh.example", Rol.MANAGER, zvh, "x"), 14);
    assertThrows(DomeinRegelGeschonden.class, () -> new Bericht(casus, manager, "Hallo", null, NU));

    casus.beeindigDeelname(ggz.getId(), VANDAAG.minusDays(1));
    DomeinRegelGeschonden vertrokken =
        assertThrows(DomeinRegelGeschonden.class, () -> new Bericht(casus, arts, "Hoi", null, NU));
    assertTrue(vertrokken.getMessage().contains("deelnemende organisaties"));
  }

  @Test
  void aCorrectionIsANewMessageOfTheSameSenderInTheSameCase() {
    Bericht fout = metId(new Bericht(casus, agent, "Zitting op 3 maart.", null, NU), 100);
    Bericht correctie =
        new Bericht(casus, agent, "Correctie: zitting op 13 maart.", fout, NU.plusMinutes(5));
    assertSame(fout, correctie.getCorrigeert().orElseThrow());
    assertEquals("Zitting op 3 maart.", fout.getTekst(), "the first message stays as it was");

    DomeinRegelGeschonden vanAnder =
        assertThrows(
            DomeinRegelGeschonden.class, () -> new Bericht(casus, arts, "Nee, 14", fout, NU));
    assertEquals("U kunt alleen uw eigen bericht corrigeren.", vanAnder.getMessage());

    Casus andere = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000002", NU.minusDays(3));
    if (!andere.neemtDeel(politie.getId(), VANDAAG)) {
      andere.laatDeelnemen(politie, VANDAAG.minusDays(3));
    }
    assertThrows(DomeinRegelGeschonden.class, () -> new Bericht(andere, agent, "x", fout, NU));
  }

  @Test
  void aMessageIsUnreadUntilTheUserReadPastItAndTheirOwnNeverIs() {
    Bericht eerste = metId(new Bericht(casus, agent, "Een", null, NU), 100);
    Bericht tweede = metId(new Bericht(casus, regisseur, "Twee", null, NU), 150);
    Bericht eigen = metId(new Bericht(casus, arts, "Drie", null, NU), 200);
    Berichtlezing lezing = new Berichtlezing(arts, casus, NU);
    assertTrue(lezing.isOngelezen(eerste));
    assertTrue(lezing.isOngelezen(tweede));
    assertFalse(lezing.isOngelezen(eigen), "one's own message is never unread");

    lezing.gelezenTot(tweede, NU.plusHours(1));
    assertFalse(lezing.isOngelezen(eerste));
    assertFalse(lezing.isOngelezen(tweede));
    assertEquals(150, lezing.getLaatstGelezen());
    assertEquals(NU.plusHours(1), lezing.getGelezenOp());

    lezing.gelezenTot(eerste, NU.plusHours(2));
    assertEquals(150, lezing.getLaatstGelezen(), "reading an older page does not go back");
    assertEquals(NU.plusHours(1), lezing.getGelezenOp());
  }

  private static Organisatie organisatie(String naam, OrganisatieType type) {
    return new Organisatie(naam, type, LocalDate.of(2025, 3, 1), null);
  }
}
