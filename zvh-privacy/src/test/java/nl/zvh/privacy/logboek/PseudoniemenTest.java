package nl.zvh.privacy.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PseudoniemenTest {

  @Test
  void theSamePersonGetsTheSamePseudonymUnderOneKeyAndAnotherUnderAnotherKey() {
    Pseudoniemen a = new Pseudoniemen("sleutel-a-van-minstens-32-tekens-lang");
    Pseudoniemen b = new Pseudoniemen("sleutel-b-van-minstens-32-tekens-lang");
    assertEquals(a.van(42), a.van(42));
    assertNotEquals(a.van(42), a.van(43));
    assertNotEquals(a.van(42), b.van(42));
    assertEquals(64, a.van(42).length());
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Pseudoniemen("te-kort"));
  }
}
