package nl.zvh.regie.casus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.StatusOvergang;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.logboek.Actie;

/**
 * "Is this person already known?": the other cases, open or ended in the last twelve months, of a
 * person with the same BSN or the same name and date of birth. Only for the procesregisseur's
 * screening; the caller asks the policy first.
 */
@ApplicationScoped
public class Bekendheid {

  static final int RECENT_MAANDEN = 12;

  private static final Set<CasusStatus> OPEN =
      EnumSet.of(
          CasusStatus.AANGEMELD,
          CasusStatus.IN_SCREENING,
          CasusStatus.AANVULLING_GEVRAAGD,
          CasusStatus.GEAGENDEERD_VOOR_TRIAGE,
          CasusStatus.OPGEPAKT,
          CasusStatus.IN_UITVOERING);

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingen verwerkingen;

  /**
   * The matches for the betrokkenen of this case; reading each matching betrokkene of another case
   * is logged for the actor.
   */
  public List<Bekend> controleer(Casus casus, Actor actor, OffsetDateTime nu) {
    Instant start = Instant.now();
    Resultaat resultaat = voor(casus, nu);
    for (Betrokkene ander : resultaat.gelezen()) {
      verwerkingen.registreer(
          "bekendheid.controleren",
          Actie.RAADPLEGEN,
          ander.getCasus(),
          List.of(ander),
          actor,
          "casus:" + ander.getCasus().getId() + " vergeleken met casus:" + casus.getId(),
          start);
    }
    return resultaat.bekend();
  }

  private Resultaat voor(Casus casus, OffsetDateTime nu) {
    Map<String, Bekend> bekend = new LinkedHashMap<>();
    List<Betrokkene> gelezen = new ArrayList<>();
    for (Betrokkene betrokkene : casus.getBetrokkenen()) {
      Stream<Betrokkene> opBsn =
          betrokkene.getBsn().stream()
              .flatMap(
                  bsn ->
                      em.createNamedQuery("Betrokkene.findByBsn", Betrokkene.class)
                          .setParameter("bsn", bsn.getNummer())
                          .getResultStream());
      Stream<Betrokkene> opNaam =
          em.createNamedQuery("Betrokkene.findByNaamEnGeboortedatum", Betrokkene.class)
              .setParameter("achternaam", betrokkene.getAchternaam())
              .setParameter("geboortedatum", betrokkene.getGeboortedatum())
              .getResultStream()
              .filter(ander -> ander.getVoornamen().equalsIgnoreCase(betrokkene.getVoornamen()));
      Stream.concat(opBsn, opNaam)
          .filter(ander -> !ander.getCasus().equals(casus) && telt(ander.getCasus(), nu))
          .forEach(
              ander -> {
                gelezen.add(ander);
                bekend.putIfAbsent(
                    betrokkene.getId() + "/" + ander.getCasus().getId(),
                    new Bekend(
                        betrokkene.getVoornamen() + " " + betrokkene.getAchternaam(),
                        ander.getCasus().getNummer(),
                        ander.getCasus().getStatus(),
                        betrokkene.getBsn().isPresent()
                            && betrokkene.getBsn().equals(ander.getBsn())));
              });
    }
    return new Resultaat(List.copyOf(bekend.values()), gelezen);
  }

  private static boolean telt(Casus ander, OffsetDateTime nu) {
    if (ander.getNummer() == null) {
      return false;
    }
    if (OPEN.contains(ander.getStatus())) {
      return true;
    }
    List<StatusOvergang> geschiedenis = ander.getStatusgeschiedenis();
    return geschiedenis
        .get(geschiedenis.size() - 1)
        .getTijdstip()
        .isAfter(nu.minusMonths(RECENT_MAANDEN));
  }

  /** A betrokkene of this case who also appears in another open or recent case. */
  public record Bekend(String betrokkene, String nummer, CasusStatus status, boolean opBsn)
      implements Serializable {}

  /** The matches, and the betrokkenen of other cases that were read to find them. */
  private record Resultaat(List<Bekend> bekend, List<Betrokkene> gelezen) {}
}
