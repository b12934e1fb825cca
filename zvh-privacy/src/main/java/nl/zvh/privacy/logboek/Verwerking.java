package nl.zvh.privacy.logboek;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.zvh.privacy.Actor;

/**
 * One processing of personal data, as a service reports it to the log: it becomes one record per
 * betrokkene. {@code objecten} names what was touched (for example {@code casus:12 item:40}), never
 * its content.
 *
 * @param traceId the trace of the request (W3C trace context: 32 hex characters)
 * @param operatie the name of the operation, for example {@code casus.inzien}
 * @param betrokkenen the internal ids of the betrokkenen whose data was processed
 * @param herkomst where the request came from (for example the client address)
 * @param gelukt whether the processing succeeded (status ok or error)
 */
public record Verwerking(
    String traceId,
    String operatie,
    Actie actie,
    String activiteitId,
    List<Long> betrokkenen,
    Actor actor,
    Toegangspunt toegangspunt,
    String objecten,
    String herkomst,
    Instant start,
    Instant eind,
    boolean gelukt) {

  public Verwerking {
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(operatie, "operatie");
    Objects.requireNonNull(actie, "actie");
    Objects.requireNonNull(activiteitId, "activiteitId");
    betrokkenen = List.copyOf(betrokkenen);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(toegangspunt, "toegangspunt");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(eind, "eind");
  }
}
