package nl.zvh.domain.model.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenTest {

  private final Werkdagen werkdagen = new Werkdagen(Feestdagen.zonderBesluiten());

  @ParameterizedTest(name = "{0} + 5 werkdagen = {1}")
  @CsvSource({
    "2026-11-23, 2026-11-30", // Monday: the Monday after
    "2026-11-27, 2026-12-04", // Friday
    "2026-11-28, 2026-12-04", // Saturday: counting starts on Monday
    "2026-04-01, 2026-04-10", // Good Friday and Easter Monday skipped
    "2026-04-24, 2026-05-04", // King's Day (Monday 27 April) skipped
    "2026-12-22, 2026-12-30", // Christmas on Friday skipped (Boxing Day is a Saturday)
    "2025-12-22, 2025-12-31", // Christmas and Boxing Day on Thursday and Friday skipped
    "2026-05-13, 2026-05-21" // Ascension Day skipped
  })
  void theContactDeadlineIsFiveWorkingDaysLater(LocalDate ingediend, LocalDate deadline) {
    assertEquals(deadline, werkdagen.na(ingediend, 5));
  }

  @Test
  void weekendsAndHolidaysAreNoWorkingDays() {
    assertFalse(werkdagen.isWerkdag(LocalDate.of(2026, 11, 29)));
    assertFalse(werkdagen.isWerkdag(LocalDate.of(2026, 4, 6)));
    assertThrows(IllegalArgumentException.class, () -> werkdagen.na(LocalDate.of(2026, 1, 5), 0));
  }
}
