package nl.zvh.domain.model.gedeeld;

import java.time.ZoneId;

/**
 * The one time zone of the portal: Dutch time. Deadlines, triage dates, working days and what
 * "today" is are all judged in it, whatever the server's own zone is. Defined here, in the lowest
 * module, because domain rules (the triage planning) need it too.
 */
public final class Tijdzone {

  /** The zone's id, for annotations that take a string (the schedules of EJB timers). */
  public static final String ID = "Europe/Amsterdam";

  public static final ZoneId NEDERLAND = ZoneId.of(ID);

  private Tijdzone() {}
}
