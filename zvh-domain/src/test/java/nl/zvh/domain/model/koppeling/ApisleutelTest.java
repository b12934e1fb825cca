package nl.zvh.domain.model.koppeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApisleutelTest {

  @Test
  void aNewKeyHas64BitsOfIdAnd256BitsOfSecretAndReadsBackFromItsText() {
    Apisleutel sleutel = Apisleutel.nieuw();
    assertEquals(16, sleutel.sleutelId().length());
    assertEquals(43, sleutel.geheim().length());
    assertTrue(sleutel.tekst().startsWith("zvh_" + sleutel.sleutelId() + "_"));
    assertEquals(sleutel, Apisleutel.ontleed(sleutel.tekst()).orElseThrow());
    assertEquals(sleutel, Apisleutel.uitHeader("Bearer " + sleutel.tekst()).orElseThrow());
    assertEquals(sleutel, Apisleutel.uitHeader("bearer  " + sleutel.tekst()).orElseThrow());
  }

  @Test
  void keysAreRandom() {
    Set<String> ids = new HashSet<>();
    Set<String> geheimen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      Apisleutel sleutel = Apisleutel.nieuw();
      ids.add(sleutel.sleutelId());
      geheimen.add(sleutel.geheim());
    }
    assertEquals(1000, ids.size());
    assertEquals(1000, geheimen.size());
  }

  @Test
  void theStoredHashIsSha256OfTheSecretAndOnlyTheRightSecretFitsIt() {
    Apisleutel sleutel = Apisleutel.nieuw();
    String hash = sleutel.hash();
    assertEquals(64, hash.length());
    assertFalse(hash.contains(sleutel.geheim()));
    assertTrue(sleutel.past(hash));
    Apisleutel ander = new Apisleutel(sleutel.sleutelId(), Apisleutel.nieuw().geheim());
    assertFalse(ander.past(hash));
    assertFalse(sleutel.past(null));
    assertFalse(sleutel.past("zz".repeat(32)), "not hex");
    assertFalse(sleutel.past(hash.substring(1)));
    assertEquals(
        "0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a",
        new Apisleutel("demo0001", "A".repeat(43)).hash(),
        "SHA-256 of 43 times 'A'");
  }

  @Test
  void theTextNeverShowsTheSecret() {
    Apisleutel sleutel = Apisleutel.nieuw();
    assertFalse(sleutel.toString().contains(sleutel.geheim()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Basic cGFydG5lcjpnZWhlaW0=",
        "Bearer",
        "Bearer zvh_",
        "Bearer zvh_abcdefgh",
        "Bearer zvh_abcdefgh_kort",
        "Bearer xyz_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer zvh_ABCDEFGH_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer zvh_abc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer zvh_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "Bearer zvh_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer zvh_abcdefgh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u0000"
      })
  void anythingElseIsNoKey(String header) {
    assertTrue(Apisleutel.uitHeader(header).isEmpty(), header);
  }

  @Test
  void theSecretMayContainTheSeparator() {
    Apisleutel sleutel = new Apisleutel("abcdefgh", "A_B-" + "C".repeat(39));
    assertEquals(sleutel, Apisleutel.ontleed(sleutel.tekst()).orElseThrow());
    assertNotEquals(sleutel.hash(), new Apisleutel("abcdefgh", "A-B_" + "C".repeat(39)).hash());
  }

  @Test
  void anInvalidKeyCannotBeMade() {
    assertThrows(IllegalArgumentException.class, () -> new Apisleutel("ab", "A".repeat(43)));
    assertThrows(IllegalArgumentException.class, () -> new Apisleutel("abcdefgh", "A"));
  }
}
