package nl.zvh.domain.model.termijn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageplanningTest {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @ParameterizedTest(name = "ingediend {0} -> triage {1}")
  @CsvSource({
    "2026-11-23T11:59:59, 2026-11-24", // Monday just before noon: tomorrow
    "2026-11-23T12:00:00, 2026-12-01", // Monday noon exactly: next week
    "2026-11-22T23:59:00, 2026-11-24", // Sunday night: the coming Tuesday
    "2026-11-24T10:00:00, 2026-12-01", // Tuesday, on triage day: next week
    "2026-11-24T15:00:00, 2026-12-01", // Tuesday after the triage
    "2026-11-27T09:00:00, 2026-12-01", // Friday
    "2026-03-30T11:59:00, 2026-03-31", // the Monday after summer time began (29 March)
    "2026-03-29T02:30:00, 2026-03-31", // during the switch night itself (a time that does not
    // exist)
    "2026-10-26T11:59:00, 2026-10-27", // the Monday after summer time ended (25 October)
    "2026-10-25T02:30:00, 2026-10-27", // the doubled hour of that night
    "2026-12-28T11:00:00, 2026-12-29", // the week after Christmas
    "2026-04-06T11:00:00, 2026-04-07", // Easter Monday: the deadline is a clock time, not a working
    // day
    "2026-04-27T12:30:00, 2026-05-05", // King's Day (a Monday) after noon: the next week
    "2026-12-21T11:59:00, 2026-12-22" // the Monday before Christmas
  })
  void theTriageDateFollowsTheMondayNoonDeadlineInDutchTime(
      LocalDateTime lokaal, LocalDate triage) {
    Instant ingediend = lokaal.atZone(NL).toInstant();
    assertEquals(triage, Triageplanning.STANDAARD.triagedatum(ingediend));
  }

  @Test
  void theDeadlineIsInDutchTimeWhateverTheServerClock() {
    // 10:59 UTC on a Monday in winter is 11:59 in Amsterdam; in summer 10:59 UTC is 12:59.
    assertEquals(
        LocalDate.of(2026, 11, 24),
        Triageplanning.STANDAARD.triagedatum(Instant.parse("2026-11-23T10:59:00Z")));
    assertEquals(
        LocalDate.of(2026, 6, 9),
        Triageplanning.STANDAARD.triagedatum(Instant.parse("2026-06-01T10:59:00Z")));
  }

  @Test
  void dayHourAndWeekdayAreSettings() {
    Triageplanning donderdag =
        new Triageplanning(DayOfWeek.WEDNESDAY, LocalTime.of(17, 0), DayOfWeek.THURSDAY, NL);
    assertEquals(
        LocalDate.of(2026, 11, 26),
        donderdag.triagedatum(LocalDateTime.of(2026, 11, 25, 16, 59).atZone(NL).toInstant()));
    assertEquals(
        LocalDate.of(2026, 12, 3),
        donderdag.triagedatum(LocalDateTime.of(2026, 11, 25, 17, 0).atZone(NL).toInstant()));
  }
}
