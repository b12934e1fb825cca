package nl.zvh.domain.model.gebruiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GebruikerTest {

  private static final Organisatie ZVH =
      new Organisatie("ZVH", OrganisatieType.ZVH, LocalDate.of(2025, 1, 1), null);
  private static final Organisatie POLITIE =
      new Organisatie("Politie", OrganisatieType.POLITIE, LocalDate.of(2025, 1, 1), null);

  @Test
  void aNewUserIsActiveWithANormalisedEmail() {
    Gebruiker g =
        new Gebruiker(
            "j.jansen", "Jan Jansen", "J.Jansen@Politie.NL", Rol.KETENPARTNER, POLITIE, "hash");
    assertEquals("j.jansen@politie.nl", g.getEmail());
    assertEquals(true, g.isActief());
    g.deactiveer();
    assertFalse(g.isActief());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jan", "j", "1jan", "jan jansen", "jan@x"})
  void usernamesOutsideTheAllowedFormAreRefused(String naam) {
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Gebruiker(naam, "Jan", "jan@example.nl", Rol.BEHEERDER, ZVH, "hash"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jan", "jan@", "@example.nl", "jan@example", "jan jansen@example.nl"})
  void malformedEmailAddressesAreRefused(String email) {
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () -> new Gebruiker("jan", "Jan", email, Rol.BEHEERDER, ZVH, "hash"));
    assertEquals("Het e-mailadres is ongeldig.", fout.getMessage());
  }

  @Test
  void aKetenpartnerCannotWorkForTheZvhItself() {
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Gebruiker("jan", "Jan", "jan@zvh.nl", Rol.KETENPARTNER, ZVH, "hash"));
  }

  @Test
  void aPasswordHashIsRequired() {
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> new Gebruiker("jan", "Jan", "jan@zvh.nl", Rol.BEHEERDER, ZVH, " "));
  }
}
