package nl.zvh.regie.casus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Verwerking;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.regie.beveiliging.Verzoekcontext;

/**
 * Reports processings of personal data to the log, with the request's trace, access point and
 * origin: the one way services write to the processing log.
 */
@ApplicationScoped
public class Verwerkingen {

  @Inject private Verwerkingslogboek logboek;
  @Inject private Verzoekcontext verzoek;
  @Inject private Clock klok;

  /** One record for each of the given betrokkenen of the case, under the activity of its phase. */
  public void registreer(
      String operatie,
      Actie actie,
      Casus casus,
      List<Betrokkene> betrokkenen,
      Actor actor,
      String objecten,
      Instant start) {
    registreer(
        operatie,
        actie,
        activiteit(casus.getStatus()),
        betrokkenen.stream().map(Betrokkene::getId).toList(),
        actor,
        objecten,
        start);
  }

  /** One record for each betrokkene (by internal id) under the given processing activity. */
  public void registreer(
      String operatie,
      Actie actie,
      String activiteitId,
      List<Long> betrokkenen,
      Actor actor,
      String objecten,
      Instant start) {
    if (betrokkenen.isEmpty()) {
      return;
    }
    logboek.registreer(
        new Verwerking(
            verzoek.traceId(),
            operatie,
            actie,
            activiteitId,
            betrokkenen,
            actor,
            verzoek.toegangspunt(),
            objecten,
            verzoek.herkomst(),
            start,
            Instant.now(klok),
            true));
  }

  /** The processing activity of the register that the case's phase belongs to. */
  static String activiteit(CasusStatus status) {
    return switch (status) {
      case CONCEPT, AANGEMELD, IN_SCREENING, AANVULLING_GEVRAAGD, INGETROKKEN -> "ZVH-VA-01";
      case GEAGENDEERD_VOOR_TRIAGE, NIET_VOOR_ZVH -> "ZVH-VA-02";
      case OPGEPAKT, IN_UITVOERING, AFGESLOTEN -> "ZVH-VA-03";
    };
  }
}
