package nl.zvh.domain.model.koppeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import org.junit.jupiter.api.Test;

class KoppelingTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  private static Organisatie org(OrganisatieType type, LocalDate tot) {
    return new Organisatie("Org " + type, type, LocalDate.of(2025, 3, 1), tot);
  }

  @Test
  void aPartnersSystemIsAKetenpartnerAndTheZvhsOwnAProcesregisseur() {
    assertEquals(
        Rol.KETENPARTNER,
        new Koppeling(
                "politie-rms", org(OrganisatieType.POLITIE, null), Apisleutel.nieuw(), "b", NU)
            .getRol());
    assertEquals(
        Rol.KETENPARTNER,
        new Koppeling("ggz-epd", org(OrganisatieType.GGZ, null), Apisleutel.nieuw(), "b", NU)
            .getRol());
    Koppeling zvh =
        new Koppeling("zvh-regie", org(OrganisatieType.ZVH, null), Apisleutel.nieuw(), "b", NU);
    assertEquals(Rol.PROCESREGISSEUR, zvh.getRol());
    assertEquals("koppeling:zvh-regie", zvh.aanroepernaam());
  }

  @Test
  void onlyTheHashOfTheSecretIsKept() {
    Apisleutel sleutel = Apisleutel.nieuw();
    Koppeling k =
        new Koppeling("politie-rms", org(OrganisatieType.POLITIE, null), sleutel, "b", NU);
    assertEquals(sleutel.sleutelId(), k.getSleutelId());
    assertEquals(sleutel.hash(), k.getSleutelHash());
    assertFalse(k.getSleutelHash().contains(sleutel.geheim()));
  }

  @Test
  void aRevokedKeyOrAnOrganisationOutsideTheConvenantIsNotValid() {
    Koppeling k =
        new Koppeling(
            "politie-rms",
            org(OrganisatieType.POLITIE, NU.toLocalDate().plusDays(1)),
            Apisleutel.nieuw(),
            "b",
            NU);
    assertTrue(k.isGeldigOp(NU.toLocalDate()));
    assertTrue(k.isGeldigOp(NU.toLocalDate().plusDays(1)), "the last day of the convenant");
    assertFalse(k.isGeldigOp(NU.toLocalDate().plusDays(2)), "the convenant ended");
    k.trekIn("beheerder", NU.plusHours(1));
    assertFalse(k.isGeldigOp(NU.toLocalDate()));
    assertEquals("beheerder", k.getIngetrokkenDoor().orElseThrow());
    DomeinRegelGeschonden tweemaal =
        assertThrows(DomeinRegelGeschonden.class, () -> k.trekIn("beheerder", NU.plusHours(2)));
    assertEquals("Deze sleutel is al ingetrokken.", tweemaal.getMessage());
  }

  @Test
  void theNameAndTheOrganisationAreChecked() {
    Organisatie politie = org(OrganisatieType.POLITIE, null);
    for (String naam :
        new String[] {null, " ", "ab", "Politie", "politie rms", "1politie", "a:b"}) {
      DomeinRegelGeschonden fout =
          assertThrows(
              DomeinRegelGeschonden.class,
              () -> new Koppeling(naam, politie, Apisleutel.nieuw(), "b", NU),
              String.valueOf(naam));
      assertEquals("naam", fout.veld().orElseThrow());
    }
    DomeinRegelGeschonden geenOrg =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> new Koppeling("politie-rms", null, Apisleutel.nieuw(), "b", NU));
    assertEquals("organisatie", geenOrg.veld().orElseThrow());
    Organisatie voorbij = org(OrganisatieType.POLITIE, NU.toLocalDate().minusDays(1));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Koppeling("politie-rms", voorbij, Apisleutel.nieuw(), "b", NU));
  }
}
