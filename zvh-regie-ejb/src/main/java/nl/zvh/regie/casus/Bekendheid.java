package nl.zvh.regie.casus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;

/**
 * "Is this person already known?": the other cases, open or ended in the last twelve months, of a
 * person with the same BSN or the same name and date of birth. Only for the procesregisseur's
 * screening; the caller asks the policy first.
 */
@ApplicationScoped
public class Bekendheid {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;

  /**
   * The matches for the betrokkenen of this case; reading each matching betrokkene of another case
   * is logged for the actor.
   */
  public List<Bekend> controleer(Casus casus, Actor actor, OffsetDateTime nu) {
    return controleer(List.of(casus), actor, nu).get(casus.getId());
  }

  /** The same for many cases at once (a work queue), with the same log. */
  public Map<Long, List<Bekend>> controleer(List<Casus> casussen, Actor actor, OffsetDateTime nu) {
    Map<Long, List<Bekend>> bekend = new LinkedHashMap<>();
    new Bekendheidsvergelijking(em)
        .vergelijk(casussen, nu)
        .forEach((casusId, treffers) -> bekend.put(casusId, bekend(treffers, actor)));
    return bekend;
  }

  private List<Bekend> bekend(List<Bekendheidsvergelijking.Treffer> treffers, Actor actor) {
    Map<String, Bekend> perCasus = new LinkedHashMap<>();
    for (Bekendheidsvergelijking.Treffer treffer : treffers) {
      Betrokkene eigen = treffer.eigen();
      Betrokkene ander = treffer.ander();
      poort.verwerkGevonden(
          actor,
          Handeling.BEKENDHEID_CONTROLEREN,
          () -> ander,
          (gelezen, log) -> log.object("vergeleken met casus:" + eigen.getCasus().getId()));
      perCasus.putIfAbsent(
          eigen.getId() + "/" + ander.getCasus().getId(),
          new Bekend(
              eigen.getVoornamen() + " " + eigen.getAchternaam(),
              ander.getCasus().getNummer(),
              ander.getCasus().getStatus(),
              treffer.opBsn()));
    }
    return List.copyOf(perCasus.values());
  }

  /** A betrokkene of this case who also appears in another open or recent case. */
  public record Bekend(String betrokkene, String nummer, CasusStatus status, boolean opBsn)
      implements Serializable {}
}
