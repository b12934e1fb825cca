package nl.zvh.regie.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.triage.Triageoverleg;

/**
 * Makes the triage of a date on its first use and puts the referrals with that triage date on its
 * agenda, in a transaction of its own under a row lock. Two procesregisseurs opening the same
 * agenda at once then wait for each other instead of both inserting the same rows; when both make a
 * new date's agenda in the same instant, its unique date refuses one, and the caller tries again.
 */
@ApplicationScoped
public class Agendavulling {

  /** The referrals a triage agenda takes: those in screening, not yet decided. */
  public static final Set<CasusStatus> TE_AGENDEREN =
      Set.of(CasusStatus.AANGEMELD, CasusStatus.IN_SCREENING, CasusStatus.GEAGENDEERD_VOOR_TRIAGE);

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void vul(LocalDate datum) {
    List<Triageoverleg> bestaand =
        em.createNamedQuery("Triageoverleg.findByDatum", Triageoverleg.class)
            .setParameter("datum", datum)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Triageoverleg overleg;
    if (bestaand.isEmpty()) {
      overleg = new Triageoverleg(datum);
      em.persist(overleg);
      em.flush();
    } else {
      overleg = bestaand.get(0);
    }
    List<Casus> nieuw =
        em.createNamedQuery("Triageoverleg.nogTeAgenderen", Casus.class)
            .setParameter("datum", datum)
            .setParameter("statussen", TE_AGENDEREN)
            .getResultList();
    if (!nieuw.isEmpty()) {
      nieuw.forEach(overleg::zetOpAgenda);
      // The agenda changed: whoever acts on the copy they saw before gets the conflict message.
      em.lock(overleg, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    // Every write fails here, as a PersistenceException the caller can handle, not at the commit.
    em.flush();
  }
}
