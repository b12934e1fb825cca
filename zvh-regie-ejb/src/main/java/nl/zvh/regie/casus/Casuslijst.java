package nl.zvh.regie.casus;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zvh.domain.model.casus.Casus;

/**
 * The queries behind the case list: every numbered case for a procesregisseur, the cases an
 * organisation takes part in on a day for a partner; filtered, ordered and paged in the database
 * ({@link Casuszoekvraag}). What the list shows (referrer, betrokkenen, participants) comes along
 * in batches, not a query per row. Plain JPA, so the tests run it on each database outside the
 * container.
 */
public final class Casuslijst {

  private final EntityManager em;

  public Casuslijst(EntityManager em) {
    this.em = em;
  }

  /** Whose cases: all numbered ones, or those of one participating organisation on a day. */
  public record Reikwijdte(Long deelnemerId, LocalDate dag) {

    public static Reikwijdte alle() {
      return new Reikwijdte(null, null);
    }

    public static Reikwijdte deelnemer(long organisatieId, LocalDate dag) {
      return new Reikwijdte(organisatieId, dag);
    }
  }

  /** The page the question asks for, in its order; the case id breaks ties. */
  public TypedQuery<Casus> zoek(Reikwijdte reikwijdte, Casuszoekvraag vraag) {
    Voorwaarden voorwaarden = new Voorwaarden(reikwijdte, vraag);
    String richting = vraag.oplopend() ? " asc" : " desc";
    TypedQuery<Casus> query =
        em.createQuery(
            "select c from Casus c where "
                + voorwaarden.jpql
                + " order by "
                + vraag.sortering().pad
                + richting
                + ", c.id"
                + richting,
            Casus.class);
    voorwaarden.zetOp(query);
    return query
        .setFirstResult(vraag.eerste())
        .setMaxResults(vraag.aantal())
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.aanmeldendeOrganisatie")
        .setHint("eclipselink.batch", "c.betrokkenen")
        .setHint("eclipselink.batch", "c.deelnames")
        .setHint("eclipselink.batch", "c.deelnames.organisatie");
  }

  /** How many cases match the question's filters, on all pages. */
  public long tel(Reikwijdte reikwijdte, Casuszoekvraag vraag) {
    Voorwaarden voorwaarden = new Voorwaarden(reikwijdte, vraag);
    TypedQuery<Long> query =
        em.createQuery("select count(c) from Casus c where " + voorwaarden.jpql, Long.class);
    voorwaarden.zetOp(query);
    return query.getSingleResult();
  }

  /** The where clause of both queries and its parameters; only fixed text, never user input. */
  private static final class Voorwaarden {

    private final String jpql;
    private final Reikwijdte reikwijdte;
    private final Casuszoekvraag vraag;

    Voorwaarden(Reikwijdte reikwijdte, Casuszoekvraag vraag) {
      this.reikwijdte = reikwijdte;
      this.vraag = vraag;
      List<String> delen = new ArrayList<>();
      delen.add("c.nummer is not null");
      if (reikwijdte.deelnemerId() != null) {
        // exists, not a join: no duplicate rows, and any column can order the result.
        delen.add(
            "exists (select d from Deelname d where d.casus = c"
                + " and d.organisatie.id = :deelnemerId and d.sinds <= :dag"
                + " and (d.tot is null or d.tot >= :dag))");
      }
      if (vraag.nummer() != null) {
        delen.add("upper(c.nummer) like :nummer");
      }
      if (vraag.status() != null) {
        delen.add("c.status = :status");
      }
      this.jpql = String.join(" and ", delen);
    }

    void zetOp(TypedQuery<?> query) {
      if (reikwijdte.deelnemerId() != null) {
        query.setParameter("deelnemerId", reikwijdte.deelnemerId());
        query.setParameter("dag", reikwijdte.dag());
      }
      if (vraag.nummer() != null) {
        query.setParameter("nummer", "%" + letterlijk(vraag.nummer()) + "%");
      }
      if (vraag.status() != null) {
        query.setParameter("status", vraag.status());
      }
    }

    /** A case number has no % or _; dropped, they cannot widen the pattern. */
    private static String letterlijk(String tekst) {
      return tekst.toUpperCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
    }
  }
}
