package nl.zvh.regie.beveiliging;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WachtwoordenTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "elf-tekens!", "            "})
  void tooShortOrBlankPasswordsAreRefused(String wachtwoord) {
    DomeinRegelGeschonden fout =
        assertThrows(DomeinRegelGeschonden.class, () -> Wachtwoorden.controleerBeleid(wachtwoord));
    assertEquals("Een wachtwoord heeft 12 tot 128 tekens.", fout.getMessage());
  }

  @Test
  void twelveToOneHundredTwentyEightCharactersAreAccepted() {
    assertDoesNotThrow(() -> Wachtwoorden.controleerBeleid("twaalf-tekens"));
    assertDoesNotThrow(() -> Wachtwoorden.controleerBeleid("xy".repeat(64)));
    assertThrows(DomeinRegelGeschonden.class, () -> Wachtwoorden.controleerBeleid("xy".repeat(65)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "qwerty123456",
        "1q2w3e4r5t6y",
        "Welkom2026!!",
        "Wachtwoord01!",
        "!!Password123",
        "zorgenveiligheid",
        "aaaaaaaaaaaaa"
      })
  void commonPasswordsAreRefusedAlsoWithDecorationAtTheEnds(String wachtwoord) {
    DomeinRegelGeschonden fout =
        assertThrows(DomeinRegelGeschonden.class, () -> Wachtwoorden.controleerBeleid(wachtwoord));
    assertEquals("wachtwoord", fout.veld().orElseThrow());
  }

  @Test
  void aSentenceOfAFewWordsIsNotCommon() {
    assertDoesNotThrow(() -> Wachtwoorden.controleerBeleid("paars paard eet brood"));
    assertDoesNotThrow(() -> Wachtwoorden.controleerBeleid("ZvhDemo-2026!"));
  }

  @Test
  void theHashParametersAreTheOnesTheIdentityStoreIsConfiguredWith() {
    assertEquals("Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512", Wachtwoorden.ALGORITME);
    assertEquals("Pbkdf2PasswordHash.Iterations=210000", Wachtwoorden.ITERATIES);
  }
}
