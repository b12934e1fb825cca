package nl.zvh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may read and write the message thread of a case (issue 12, "one place to talk"): the
 * procesregisseur and the partners of organisations that take part today; a partner that left no
 * longer reads it; the other roles never. Refusals are checked as hard as permissions, and the two
 * handelingen of the thread ask this one rule.
 */
class BerichtenbeleidTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private final Toegangsbeleid beleid = new Toegangsbeleid();

  private Organisatie zvh;
  private Organisatie politie;
  private Organisatie ggz;
  private Organisatie gemeente;
  private Casus casus;

  @BeforeEach
  void casusMetPolitieEnGgz() {
    zvh = organisatie(1, "ZVH", OrganisatieType.ZVH);
    politie = organisatie(2, "Politie", OrganisatieType.POLITIE);
    ggz = organisatie(3, "GGZ", OrganisatieType.GGZ);
    gemeente = organisatie(4, "Gemeente", OrganisatieType.GEMEENTE);
    casus = Voorbeeldcasussen.ingediend(politie, ggz, "ZVH-2026-000006", NU.minusDays(20));
    casus.laatDeelnemen(ggz, VANDAAG.minusDays(10));
  }

  @Test
  void theProcesregisseurReadsAndWritesTheThreadOfEverySubmittedCase() {
    Besluit besluit = beleid.berichtenLezen(regisseur(), casus, VANDAAG);
    assertTrue(besluit.toegestaan());
    assertEquals("De procesregisseur voert de procesregie.", besluit.reden());

    Casus concept = new Casus(politie, "agent", NU);
    assertFalse(beleid.berichtenLezen(regisseur(), concept, VANDAAG).toegestaan());
  }

  @Test
  void aPartnerReadsTheThreadOnlyWhileTheirOrganisationTakesPart() {
    assertTrue(beleid.berichtenLezen(partner(politie), casus, VANDAAG).toegestaan());
    assertTrue(beleid.berichtenLezen(partner(ggz), casus, VANDAAG).toegestaan());
    assertFalse(
        beleid.berichtenLezen(partner(ggz), casus, VANDAAG.minusDays(11)).toegestaan(),
        "not before the organisation joined");

    Besluit buiten = beleid.berichtenLezen(partner(gemeente), casus, VANDAAG);
    assertFalse(buiten.toegestaan());
    assertEquals(
        "Alleen deelnemende organisaties lezen de berichten van deze casus.", buiten.reden());
  }

  @Test
  void aPartnerWhoseOrganisationLeftNoLongerReadsTheThread() {
    casus.beeindigDeelname(ggz.getId(), VANDAAG);
    assertTrue(
        beleid.berichtenLezen(partner(ggz), casus, VANDAAG).toegestaan(), "the last day counts");
    Besluit daarna = beleid.berichtenLezen(partner(ggz), casus, VANDAAG.plusDays(1));
    assertFalse(daarna.toegestaan());
    assertEquals(
        "Alleen deelnemende organisaties lezen de berichten van deze casus.", daarna.reden());
    assertTrue(
        beleid.berichtenLezen(partner(politie), casus, VANDAAG.plusDays(1)).toegestaan(),
        "the others still do");
  }

  @ParameterizedTest
  @EnumSource(
      value = Rol.class,
      names = {"MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
  void managerPrivacyOfficerAndBeheerderNeverReadTheThread(Rol rol) {
    Actor actor = new Actor("zvh." + rol, rol, zvh.getId(), zvh.getNaam());
    Besluit besluit = beleid.berichtenLezen(actor, casus, VANDAAG);
    assertFalse(besluit.toegestaan());
    assertEquals("Uw rol leest en schrijft geen berichten van casussen.", besluit.reden());
  }

  @Test
  void readingAndWritingAreLoggedHandelingenThatAskThisRule() {
    assertEquals("berichten.lezen", Handeling.BERICHTEN_LEZEN.operatie());
    assertEquals("bericht.versturen", Handeling.BERICHT_VERSTUREN.operatie());
    assertEquals(nl.zvh.privacy.logboek.Actie.RAADPLEGEN, Handeling.BERICHTEN_LEZEN.actie());
    assertEquals(nl.zvh.privacy.logboek.Actie.AANMAKEN, Handeling.BERICHT_VERSTUREN.actie());
    for (Handeling<Casus> handeling :
        java.util.List.of(Handeling.BERICHTEN_LEZEN, Handeling.BERICHT_VERSTUREN)) {
      assertTrue(handeling.wordtGelogd());
      assertTrue(handeling.kennen(beleid, regisseur(), casus, VANDAAG).toegestaan());
      assertTrue(handeling.kennen(beleid, partner(ggz), casus, VANDAAG).toegestaan());
      assertFalse(handeling.kennen(beleid, partner(gemeente), casus, VANDAAG).toegestaan());
      assertTrue(handeling.mogen(beleid, partner(ggz), casus, VANDAAG).toegestaan());
      Actor privacy = new Actor("privacy", Rol.PRIVACY_OFFICER, zvh.getId(), zvh.getNaam());
      assertFalse(handeling.kennen(beleid, privacy, casus, VANDAAG).toegestaan());
      assertEquals(
          "casus:" + casus.getId() + " berichten", handeling.objecten(java.util.List.of(casus)));
    }
  }

  private Actor regisseur() {
    return new Actor("regisseur", Rol.PROCESREGISSEUR, zvh.getId(), zvh.getNaam());
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
