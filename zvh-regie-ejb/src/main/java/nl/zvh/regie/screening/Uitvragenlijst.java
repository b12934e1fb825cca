package nl.zvh.regie.screening;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import nl.zvh.domain.model.casus.UitvraagAdres;

/**
 * The query behind a partner's uitvragen: those addressed to one organisation, all or filtered, and
 * how many there are (a count in the database, for the start page). One set of conditions for both,
 * so that a count and the list it leads to always agree.
 */
public final class Uitvragenlijst {

  private final EntityManager em;

  public Uitvragenlijst(EntityManager em) {
    this.em = em;
  }

  public TypedQuery<UitvraagAdres> zoek(
      long organisatieId, Uitvraagfilter filter, LocalDate vandaag) {
    return parameters(
        em.createQuery(
            "select a from UitvraagAdres a join fetch a.uitvraag u join fetch u.casus"
                + voorwaarden(filter)
                + " order by u.beantwoordenVoor, a.id",
            UitvraagAdres.class),
        organisatieId,
        filter,
        vandaag);
  }

  public long tel(long organisatieId, Uitvraagfilter filter, LocalDate vandaag) {
    return parameters(
            em.createQuery(
                "select count(a) from UitvraagAdres a join a.uitvraag u" + voorwaarden(filter),
                Long.class),
            organisatieId,
            filter,
            vandaag)
        .getSingleResult();
  }

  private static String voorwaarden(Uitvraagfilter filter) {
    String voorwaarden = " where a.organisatie.id = :organisatieId";
    if (filter != null) {
      voorwaarden += " and a.antwoord = :open";
    }
    if (filter == Uitvraagfilter.VERLOPEN) {
      voorwaarden += " and u.beantwoordenVoor < :vandaag";
    }
    return voorwaarden;
  }

  private static <T> TypedQuery<T> parameters(
      TypedQuery<T> query, long organisatieId, Uitvraagfilter filter, LocalDate vandaag) {
    query.setParameter("organisatieId", organisatieId);
    if (filter != null) {
      query.setParameter("open", UitvraagAdres.Antwoord.OPEN);
    }
    if (filter == Uitvraagfilter.VERLOPEN) {
      query.setParameter("vandaag", vandaag);
    }
    return query;
  }
}
