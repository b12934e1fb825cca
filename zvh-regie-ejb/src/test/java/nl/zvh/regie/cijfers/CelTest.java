package nl.zvh.regie.cijfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small-cell rule: 1 to 4 is "&lt; 5", 0 stays 0, and derived figures follow their base. */
class CelTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0,0", "1,< 5", "4,< 5", "5,5", "1234,1234"})
  void aCountUnderFiveIsHidden(long aantal, String tekst) {
    assertEquals(tekst, Cel.aantal(aantal).tekst());
  }

  @Test
  void aHiddenCellHoldsNoValue() {
    Cel cel = Cel.aantal(3);
    assertTrue(cel.onderdrukt());
    assertNull(cel.waarde());
    assertFalse(cel.heeftWaarde());
    assertThrows(IllegalArgumentException.class, () -> new Cel(BigDecimal.ONE, true));
  }

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({
    "6,11,'54,5'", // both parts 5 or more
    "0,10,0", // nobody on time: 0 singles out no one
    "10,10,100",
    "3,10,< 5", // the part is small
    "9,10,< 5", // the rest is small: the share would tell it
    "4,4,< 5", // the whole is small
    "0,0,–" // nothing to compute
  })
  void aShareIsHiddenWhenItWouldRevealASmallCount(long deel, long geheel, String tekst) {
    assertEquals(tekst, Cel.aandeel(deel, geheel).tekst());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "6,3,5,0|6,< 5,≥ 5,0", // one small part: the smallest other one goes too
        "3,4,9|< 5,< 5,9", // two small parts: neither can be told from the total
        "12,7|12,7",
        "2,0|< 5,0" // nothing else to hide: the total is small itself
      })
  void oneSmallPartOfATotalHidesAnotherOne(String aantallen, String teksten) {
    List<Long> getallen = Arrays.stream(aantallen.split(",")).map(Long::valueOf).toList();
    assertEquals(teksten, String.join(",", Cel.groep(getallen).stream().map(Cel::tekst).toList()));
  }

  @Test
  void aFigureDerivedFromFewerThanFiveCasesIsHidden() {
    assertEquals("< 5", Cel.afgeleid(BigDecimal.TEN, 4).tekst());
    assertEquals("10", Cel.afgeleid(BigDecimal.TEN, 5).tekst());
    assertEquals("6,5", Cel.afgeleid(new BigDecimal("6.50"), 12).tekst());
    assertEquals("–", Cel.afgeleid(null, 0).tekst());
  }
}
