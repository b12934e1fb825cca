package nl.zvh.regie.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notes that a key was used, in a transaction of its own and only when the stored time is older
 * than the limit (so concurrent requests of one key write once). A failure here never fails the
 * request: the last-used time is information for the BEHEERDER, not a security decision.
 */
@ApplicationScoped
public class Koppelinggebruik {

  private static final Logger LOG = Logger.getLogger(Koppelinggebruik.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void noteer(long koppelingId, OffsetDateTime nu, OffsetDateTime grens) {
    try {
      em.createNamedQuery("Koppeling.gebruikt")
          .setParameter("id", koppelingId)
          .setParameter("nu", nu)
          .setParameter("grens", grens)
          .executeUpdate();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Laatst-gebruikt van koppeling " + koppelingId + " niet bijgewerkt", e);
    }
  }
}
