package nl.zvh.domain.model.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeestdagenTest {

  private final Feestdagen feestdagen = Feestdagen.zonderBesluiten();

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterIsComputedForAnyYear(int jaar, LocalDate pasen) {
    assertEquals(pasen, Feestdagen.eerstePaasdag(jaar));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-01", // Nieuwjaarsdag
        "2026-04-03", // Goede Vrijdag
        "2026-04-06", // Tweede Paasdag
        "2026-04-27", // Koningsdag
        "2026-05-05", // Bevrijdingsdag
        "2026-05-14", // Hemelvaartsdag
        "2026-05-25", // Tweede Pinksterdag
        "2026-12-25", // Eerste Kerstdag
        "2026-12-26", // Tweede Kerstdag
        "2025-04-26" // Koningsdag on Saturday: the 27th was a Sunday
      })
  void theHolidaysOfTheAlgemeneTermijnenwet(LocalDate dag) {
    assertTrue(feestdagen.isFeestdag(dag), dag.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-27", "2026-04-07", "2026-05-15", "2026-12-24", "2026-12-31"})
  void ordinaryDaysAreNot(LocalDate dag) {
    assertFalse(feestdagen.isFeestdag(dag), dag.toString());
  }

  @Test
  void daysDeclaredEqualByDecreeCount() {
    LocalDate vrijdagNaHemelvaart = LocalDate.of(2026, 5, 15);
    assertTrue(new Feestdagen(Set.of(vrijdagNaHemelvaart)).isFeestdag(vrijdagNaHemelvaart));
  }
}
