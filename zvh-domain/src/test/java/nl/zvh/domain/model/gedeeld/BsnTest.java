package nl.zvh.domain.model.gedeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999990019"})
  void numbersThatPassTheElfproefAreValid(String nummer) {
    assertTrue(Bsn.isGeldig(nummer));
    assertEquals(nummer, new Bsn(nummer).getNummer());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"123456789", "000000000", "12345678", "1234567820", "12345678a", " 23456782"})
  void numbersThatFailTheElfproefOrTheFormatAreRefused(String nummer) {
    assertFalse(Bsn.isGeldig(nummer));
    assertThrows(DomeinRegelGeschonden.class, () -> new Bsn(nummer));
  }

  @ParameterizedTest
  @ValueSource(strings = {"111222333"})
  void theNumberNeverAppearsInItsTextForm(String nummer) {
    assertFalse(new Bsn(nummer).toString().contains(nummer));
  }
}
