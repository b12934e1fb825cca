package nl.zvh.regie.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeheimslotTest {

  private static final String GEHEIM = "ZVHDEMOZVHDEMOZVHDEMOZVHDEMOZVH2";
  private final Geheimslot slot = new Geheimslot("een-sleutel-van-ten-minste-32-tekens!!");

  @Test
  void aSecretIsStoredEncryptedAndReadBackForItsOwnAccountOnly() {
    String opgeslagen = slot.sluit(GEHEIM, 7);

    assertTrue(Geheimslot.isGesloten(opgeslagen));
    assertFalse(opgeslagen.contains(GEHEIM));
    assertTrue(opgeslagen.length() <= 200, "fits the column: " + opgeslagen.length());
    assertNotEquals(opgeslagen, slot.sluit(GEHEIM, 7), "a new nonce each time");
    assertEquals(GEHEIM, slot.open(opgeslagen, 7));
    assertThrows(
        IllegalStateException.class,
        () -> slot.open(opgeslagen, 8),
        "copied to another account's row");
  }

  @Test
  void aTamperedValueOrAnotherKeyIsRefusedAndAPlainOldSecretIsReadAsItIs() {
    String opgeslagen = slot.sluit(GEHEIM, 7);
    char laatste = opgeslagen.charAt(opgeslagen.length() - 1);
    String gewijzigd =
        opgeslagen.substring(0, opgeslagen.length() - 1) + (laatste == 'A' ? 'B' : 'A');

    assertThrows(IllegalStateException.class, () -> slot.open(gewijzigd, 7));
    assertThrows(
        IllegalStateException.class,
        () -> new Geheimslot("een-andere-sleutel-van-32-tekens-lang").open(opgeslagen, 7));
    assertEquals(GEHEIM, slot.open(GEHEIM, 7), "stored before encryption");
  }
}
