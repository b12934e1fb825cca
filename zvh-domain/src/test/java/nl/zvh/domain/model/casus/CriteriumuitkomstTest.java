package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriumuitkomstTest {

  @Test
  void everyCompleteAnswerMeetsTheCriteriaExactlyWhenABAndCOrD() {
    for (int bits = 0; bits < 16; bits++) {
      boolean a = (bits & 1) != 0;
      boolean b = (bits & 2) != 0;
      boolean c = (bits & 4) != 0;
      boolean d = (bits & 8) != 0;
      Criteriumuitkomst verwacht =
          (a && b && c) || d ? Criteriumuitkomst.VOLDOET : Criteriumuitkomst.VOLDOET_NIET;
      assertEquals(verwacht, Criteriumuitkomst.van(antwoorden(a, b, c, d)), "a b c d = " + bits);
    }
  }

  @ParameterizedTest(name = "a={0} b={1} c={2} d={3} -> {4}")
  @CsvSource(
      nullValues = "?",
      value = {
        "?, ?, ?, ?, ONVOLLEDIG", // nothing answered yet
        "?, ?, ?, true, VOLDOET", // d alone is enough
        "true, true, true, ?, VOLDOET", // a, b and c are enough
        "true, true, ?, false, ONVOLLEDIG", // c decides
        "false, ?, ?, false, VOLDOET_NIET", // a no and d no: nothing can help
        "false, ?, ?, ?, ONVOLLEDIG", // d may still help
        "true, false, true, ?, ONVOLLEDIG"
      })
  void partialAnswersGiveAnOutcomeOnlyWhenItIsCertain(
      Boolean a, Boolean b, Boolean c, Boolean d, Criteriumuitkomst uitkomst) {
    assertEquals(uitkomst, Criteriumuitkomst.van(antwoorden(a, b, c, d)));
  }

  private static Map<Criterium, Boolean> antwoorden(Boolean a, Boolean b, Boolean c, Boolean d) {
    Map<Criterium, Boolean> antwoorden = new EnumMap<>(Criterium.class);
    Boolean[] waarden = {a, b, c, d};
    for (Criterium criterium : Criterium.values()) {
      if (waarden[criterium.ordinal()] != null) {
        antwoorden.put(criterium, waarden[criterium.ordinal()]);
      }
    }
    return antwoorden;
  }
}
