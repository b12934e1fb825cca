package nl.zvh.regie.screening;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.UitvraagAdres;

/**
 * The query behind the work queue: the referrals in the given statuses with their form, the nearest
 * contact deadline first. What the queue shows and checks (referrer, betrokkenen, uitvragen and
 * their addresses, the form's problems, criteria and partners) comes along in batches, not a query
 * per row. Plain JPA, so the benchmark runs it outside the container too.
 */
public final class Werkvoorraadlijst {

  /** The referrals of the work queue: new, in screening, waiting for completion or triage. */
  public static final Set<CasusStatus> IN_BEHANDELING =
      Set.of(
          CasusStatus.AANGEMELD,
          CasusStatus.IN_SCREENING,
          CasusStatus.AANVULLING_GEVRAAGD,
          CasusStatus.GEAGENDEERD_VOOR_TRIAGE);

  private final EntityManager em;

  public Werkvoorraadlijst(EntityManager em) {
    this.em = em;
  }

  public TypedQuery<Casus> inStatussen(Collection<CasusStatus> statussen) {
    return inStatussen(statussen, null, null);
  }

  /** The same, only what the filter asks for ({@code null}: all); {@code vandaag} for its dates. */
  public TypedQuery<Casus> inStatussen(
      Collection<CasusStatus> statussen, Werkvoorraadfilter filter, LocalDate vandaag) {
    return parameters(
            em.createQuery(
                "select c from Casus c join fetch c.aanmelding a"
                    + voorwaarden(filter)
                    + " order by a.contactUiterlijk, c.nummer",
                Casus.class),
            statussen,
            filter,
            vandaag)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.aanmeldendeOrganisatie")
        .setHint("eclipselink.batch", "c.betrokkenen")
        .setHint("eclipselink.batch", "c.uitvragen")
        .setHint("eclipselink.batch", "c.uitvragen.adressen")
        .setHint("eclipselink.batch", "c.aanmelding.problemen")
        .setHint("eclipselink.batch", "c.aanmelding.criteria")
        .setHint("eclipselink.batch", "c.aanmelding.partners");
  }

  /** How many referrals in these statuses the filter finds: a count in the database. */
  public long tel(Collection<CasusStatus> statussen, Werkvoorraadfilter filter, LocalDate vandaag) {
    return parameters(
            em.createQuery(
                "select count(c) from Casus c join c.aanmelding a" + voorwaarden(filter),
                Long.class),
            statussen,
            filter,
            vandaag)
        .getSingleResult();
  }

  private static String voorwaarden(Werkvoorraadfilter filter) {
    return " where c.status in :statussen" + (filter == null ? "" : filter.voorwaarde());
  }

  private static <T> TypedQuery<T> parameters(
      TypedQuery<T> query,
      Collection<CasusStatus> statussen,
      Werkvoorraadfilter filter,
      LocalDate vandaag) {
    query.setParameter("statussen", statussen);
    if (filter != null) {
      query.setParameter("vandaag", vandaag);
    }
    if (filter == Werkvoorraadfilter.UITVRAAG_VERLOPEN) {
      query.setParameter("open", UitvraagAdres.Antwoord.OPEN);
    }
    return query;
  }
}
