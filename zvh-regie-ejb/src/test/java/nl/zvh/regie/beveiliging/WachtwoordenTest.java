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
    assertDoesNotThrow(() -> Wachtwoorden.controleerBeleid("x".repeat(128)));
    assertThrows(DomeinRegelGeschonden.class, () -> Wachtwoorden.controleerBeleid("x".repeat(129)));
  }

  @Test
  void theHashParametersAreTheOnesTheIdentityStoreIsConfiguredWith() {
    assertEquals("Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512", Wachtwoorden.ALGORITME);
    assertEquals("Pbkdf2PasswordHash.Iterations=210000", Wachtwoorden.ITERATIES);
  }
}
