package nl.zvh.regie.screening;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;

/**
 * The query behind the work queue: the referrals in the given statuses with their form, the nearest
 * contact deadline first. What the queue shows and checks (referrer, betrokkenen, uitvragen and
 * their addresses, the form's problems, criteria and partners) comes along in batches, not a query
 * per row. Plain JPA, so the benchmark runs it outside the container too.
 */
public final class Werkvoorraadlijst {

  private final EntityManager em;

  public Werkvoorraadlijst(EntityManager em) {
    this.em = em;
  }

  public TypedQuery<Casus> inStatussen(Collection<CasusStatus> statussen) {
    return em.createQuery(
            "select c from Casus c join fetch c.aanmelding a where c.status in :statussen"
                + " order by a.contactUiterlijk, c.nummer",
            Casus.class)
        .setParameter("statussen", statussen)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.aanmeldendeOrganisatie")
        .setHint("eclipselink.batch", "c.betrokkenen")
        .setHint("eclipselink.batch", "c.uitvragen")
        .setHint("eclipselink.batch", "c.uitvragen.adressen")
        .setHint("eclipselink.batch", "c.aanmelding.problemen")
        .setHint("eclipselink.batch", "c.aanmelding.criteria")
        .setHint("eclipselink.batch", "c.aanmelding.partners");
  }
}
