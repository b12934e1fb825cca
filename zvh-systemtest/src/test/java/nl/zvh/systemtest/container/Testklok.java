package nl.zvh.systemtest.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * Test-only: the portal's clock, which the in-container test sets and moves, so that every service
 * and job sees the moment the test chose. Only the test's deployment has it: as an alternative with
 * a priority it replaces the application's clock everywhere, without a hook in production code.
 * Until a test sets a moment it is the real time, so the demo data and the other tests see now.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class Testklok extends Clock {

  /** The moment the portal stands still at; null while it follows the real time. */
  private volatile Instant moment;

  /** Puts the portal at this Dutch local time; it stays there until moved. */
  public void zet(LocalDateTime nederlandseTijd) {
    moment = nederlandseTijd.atZone(Tijdzone.NEDERLAND).toInstant();
  }

  /** Moves the portal on (or back) from where it stands. */
  public void verzet(Duration duur) {
    moment = instant().plus(duur);
  }

  /** Back to the real time. */
  public void loopWeer() {
    moment = null;
  }

  @Override
  public Instant instant() {
    Instant vast = moment;
    return vast == null ? Instant.now() : vast;
  }

  @Override
  public ZoneId getZone() {
    return Tijdzone.NEDERLAND;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Clock deze = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return deze.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId andere) {
        return deze.withZone(andere);
      }
    };
  }
}
