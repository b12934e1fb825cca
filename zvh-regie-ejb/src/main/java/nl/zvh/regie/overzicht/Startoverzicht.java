package nl.zvh.regie.overzicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** The figures on the start pages: counts for ZVH staff, the own referrals for a partner. */
@Stateless
public class Startoverzicht {

  static final int MAXIMAAL_OP_STARTPAGINA = 20;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private HuidigeGebruiker huidigeGebruiker;

  /** How many cases are in each status (every status present, zero where none). */
  @RolesAllowed({"PROCESREGISSEUR", "MANAGER", "PRIVACY_OFFICER", "BEHEERDER"})
  public Map<CasusStatus, Long> aantallenPerStatus() {
    Map<CasusStatus, Long> aantallen = new EnumMap<>(CasusStatus.class);
    for (CasusStatus status : CasusStatus.values()) {
      aantallen.put(status, 0L);
    }
    for (Object[] rij :
        em.createNamedQuery("Casus.countPerStatus", Object[].class).getResultList()) {
      aantallen.put((CasusStatus) rij[0], (Long) rij[1]);
    }
    return aantallen;
  }

  /** The latest referrals of the partner's own organisation. */
  @RolesAllowed("KETENPARTNER")
  public List<CasusRegel> recenteAanmeldingenVanEigenOrganisatie() {
    return em.createNamedQuery("Casus.findByAanmeldendeOrganisatie", Casus.class)
        .setParameter("organisatieId", huidigeGebruiker.vereist().organisatieId())
        .setMaxResults(MAXIMAAL_OP_STARTPAGINA)
        .getResultStream()
        .map(c -> new CasusRegel(c.getId(), c.getNummer(), c.getStatus(), c.getAangemaaktOp()))
        .toList();
  }
}
