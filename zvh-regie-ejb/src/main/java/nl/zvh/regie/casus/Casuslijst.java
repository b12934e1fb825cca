package nl.zvh.regie.casus;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import nl.zvh.domain.model.casus.Casus;

/**
 * The queries behind the case list, newest number first: every submitted case for a
 * procesregisseur, the cases an organisation takes part in on a day for a partner. What the list
 * shows (referrer, betrokkenen, participants) comes along in batches, not a query per row. Plain
 * JPA, so the tests run it on each database outside the container.
 */
public final class Casuslijst {

  private final EntityManager em;

  public Casuslijst(EntityManager em) {
    this.em = em;
  }

  /** Every case that has a number (a concept is the referrer's alone). */
  public TypedQuery<Casus> genummerd() {
    return metWatDeLijstToont(
        em.createQuery(
            "select c from Casus c where c.nummer is not null order by c.nummer desc",
            Casus.class));
  }

  /** The numbered cases in which the organisation takes part on that day. */
  public TypedQuery<Casus> metDeelnemer(long organisatieId, LocalDate dag) {
    return metWatDeLijstToont(
            em.createQuery(
                "select distinct c from Casus c join c.deelnames d where c.nummer is not null"
                    + " and d.organisatie.id = :organisatieId and d.sinds <= :dag"
                    + " and (d.tot is null or d.tot >= :dag) order by c.nummer desc",
                Casus.class))
        .setParameter("organisatieId", organisatieId)
        .setParameter("dag", dag);
  }

  private static TypedQuery<Casus> metWatDeLijstToont(TypedQuery<Casus> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.aanmeldendeOrganisatie")
        .setHint("eclipselink.batch", "c.betrokkenen")
        .setHint("eclipselink.batch", "c.deelnames")
        .setHint("eclipselink.batch", "c.deelnames.organisatie");
  }
}
