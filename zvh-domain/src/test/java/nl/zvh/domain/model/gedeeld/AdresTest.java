package nl.zvh.domain.model.gedeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdresTest {

  @Test
  void aFormWithoutAnyAddressPartGivesNoAddress() {
    assertNull(Adres.uitInvoer(null, " ", "", null));
  }

  @Test
  void aPartlyFilledAddressNeedsEveryPart() {
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class, () -> Adres.uitInvoer("Lindenlaan", null, null, null));
    assertEquals("Het huisnummer is verplicht.", fout.getMessage());
  }

  @Test
  void aCompleteAddressIsNormalised() {
    assertEquals(
        "Lindenlaan 12, 1811AB Alkmaar",
        Adres.uitInvoer("Lindenlaan", "12", "1811 ab", "Alkmaar").alsTekst());
  }
}
