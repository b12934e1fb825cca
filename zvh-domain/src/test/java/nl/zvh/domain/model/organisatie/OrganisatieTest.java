package nl.zvh.domain.model.organisatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import org.junit.jupiter.api.Test;

class OrganisatieTest {

  private static final LocalDate VANAF = LocalDate.of(2025, 3, 1);

  @Test
  void membershipIncludesBothEndsOfThePeriod() {
    Organisatie org =
        new Organisatie("GGZ Noord", OrganisatieType.GGZ, VANAF, LocalDate.of(2026, 12, 31));
    assertFalse(org.isConvenantLidOp(VANAF.minusDays(1)));
    assertTrue(org.isConvenantLidOp(VANAF));
    assertTrue(org.isConvenantLidOp(LocalDate.of(2026, 12, 31)));
    assertFalse(org.isConvenantLidOp(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void anOpenEndedMembershipLastsIndefinitely() {
    Organisatie org = new Organisatie("Politie", OrganisatieType.POLITIE, VANAF, null);
    assertTrue(org.isConvenantLidOp(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void theNameIsStrippedAndRequired() {
    assertEquals(
        "OM", new Organisatie("  OM ", OrganisatieType.OPENBAAR_MINISTERIE, VANAF, null).getNaam());
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> new Organisatie(" ", OrganisatieType.GGZ, VANAF, null));
    assertEquals("De naam van de organisatie is verplicht.", fout.getMessage());
  }

  @Test
  void aMembershipCannotEndBeforeItStarts() {
    Organisatie org = new Organisatie("Gemeente", OrganisatieType.GEMEENTE, VANAF, null);
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> org.wijzig("Gemeente", OrganisatieType.GEMEENTE, VANAF, VANAF.minusDays(1)));
    assertEquals(
        null, org.getConvenantLidTot(), "a refused change leaves the organisation as it was");
  }

  @Test
  void typesBelongToTheirChain() {
    assertEquals(OrganisatieType.Keten.STRAFRECHT, OrganisatieType.RECLASSERING.keten());
    assertEquals(OrganisatieType.Keten.ZORG, OrganisatieType.GGZ.keten());
    assertTrue(new Organisatie("ZVH", OrganisatieType.ZVH, VANAF, null).isZvh());
  }
}
