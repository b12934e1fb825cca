package nl.zvh.regie.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;

/**
 * The work behind {@link Startoverzicht}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Startoverzichtdienst {

  static final int MAXIMAAL_OP_STARTPAGINA = 20;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;

  /** How many cases are in each status (every status present, zero where none). */
  public Map<CasusStatus, Long> aantallenPerStatus() {
    Map<CasusStatus, Long> aantallen = new EnumMap<>(CasusStatus.class);
    for (CasusStatus status : CasusStatus.values()) {
      aantallen.put(status, 0L);
    }
    for (Object[] rij : aantallenPerStatus(em).getResultList()) {
      aantallen.put((CasusStatus) rij[0], (Long) rij[1]);
    }
    return aantallen;
  }

  /** The latest referrals of the partner's own organisation. */
  public List<CasusRegel> recenteAanmeldingenVanEigenOrganisatie(Actor actor) {
    return poort.verwerkLijst(
        actor,
        Handeling.AANMELDING_VOLGEN,
        () ->
            recentVan(em, actor.organisatieId())
                .setMaxResults(MAXIMAAL_OP_STARTPAGINA)
                .getResultList(),
        (casussen, log) ->
            casussen.stream()
                .map(
                    c ->
                        new CasusRegel(
                            c.getId(), c.getNummer(), c.getStatus(), c.getAangemaaktOp()))
                .toList());
  }

  static TypedQuery<Object[]> aantallenPerStatus(EntityManager em) {
    return em.createQuery(
        "select c.status, count(c) from Casus c group by c.status", Object[].class);
  }

  static TypedQuery<Casus> recentVan(EntityManager em, long organisatieId) {
    return em.createQuery(
            "select c from Casus c where c.aanmeldendeOrganisatie.id = :organisatieId"
                + " order by c.aangemaaktOp desc",
            Casus.class)
        .setParameter("organisatieId", organisatieId);
  }
}
