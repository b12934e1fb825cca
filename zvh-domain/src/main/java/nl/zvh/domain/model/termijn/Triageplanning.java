package nl.zvh.domain.model.termijn;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * Which weekly triage discusses a referral: one submitted before the deadline (by default Monday
 * 12:00 Dutch time) goes to the triage day that follows that deadline (by default the Tuesday of
 * the same week); a later one to the next week's. Day, hour and weekday are settings.
 */
public record Triageplanning(
    DayOfWeek deadlinedag, LocalTime deadlinetijd, DayOfWeek triagedag, ZoneId zone) {

  public static final Triageplanning STANDAARD =
      new Triageplanning(DayOfWeek.MONDAY, LocalTime.NOON, DayOfWeek.TUESDAY, Tijdzone.NEDERLAND);

  public Triageplanning {
    Objects.requireNonNull(deadlinedag);
    Objects.requireNonNull(deadlinetijd);
    Objects.requireNonNull(triagedag);
    Objects.requireNonNull(zone);
  }

  /** The first deadline strictly after the moment of submission. */
  public ZonedDateTime deadlineVoor(Instant ingediend) {
    ZonedDateTime lokaal = ingediend.atZone(zone);
    ZonedDateTime deadline =
        lokaal
            .toLocalDate()
            .with(TemporalAdjusters.nextOrSame(deadlinedag))
            .atTime(deadlinetijd)
            .atZone(zone);
    return lokaal.isBefore(deadline) ? deadline : deadline.plusWeeks(1);
  }

  /** The triage day that discusses a referral submitted at this moment. */
  public LocalDate triagedatum(Instant ingediend) {
    LocalDate deadline = deadlineVoor(ingediend).toLocalDate();
    return deadline.with(TemporalAdjusters.nextOrSame(triagedag));
  }
}
