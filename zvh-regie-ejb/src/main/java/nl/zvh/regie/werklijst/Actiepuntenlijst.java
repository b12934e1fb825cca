package nl.zvh.regie.werklijst;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Actiepuntstatus;

/**
 * The queries behind a partner's actiepunten: the established ones of the organisation or assigned
 * to the user, in the cases the organisation takes part in on a day; filtered, ordered and paged in
 * the database ({@link Actiepuntvraag}), with what a row shows (case, owner, person) in batches.
 * One set of conditions for the page and the count, so that a count on the start page and the list
 * it leads to always agree. Plain JPA, so the tests run it on each database outside the container.
 */
public final class Actiepuntenlijst {

  /** The statuses in which work is still expected (see {@link Actiepuntstatus#isLopend()}). */
  static final Set<Actiepuntstatus> LOPEND =
      Set.of(Actiepuntstatus.OPEN, Actiepuntstatus.IN_UITVOERING);

  private final EntityManager em;

  public Actiepuntenlijst(EntityManager em) {
    this.em = em;
  }

  /** Whose work: the user, their organisation, and the day on which it takes part. */
  public record Reikwijdte(long organisatieId, String gebruikersnaam, LocalDate dag) {}

  /** The page the question asks for, in its order; due date and id break ties. */
  public TypedQuery<Actiepunt> zoek(Reikwijdte reikwijdte, Actiepuntvraag vraag) {
    Voorwaarden voorwaarden = new Voorwaarden(reikwijdte, vraag);
    String richting = vraag.oplopend() ? " asc" : " desc";
    String volgorde =
        vraag.sortering() == Actiepuntvraag.Sortering.DEADLINE
            ? "a.deadline" + richting + ", a.id" + richting
            : vraag.sortering().pad + richting + ", a.deadline asc, a.id asc";
    TypedQuery<Actiepunt> query =
        em.createQuery(
            "select a from Actiepunt a join a.plan pl join pl.casus c left join a.persoon p where "
                + voorwaarden.jpql
                + " order by "
                + volgorde,
            Actiepunt.class);
    voorwaarden.zetOp(query);
    return query
        .setFirstResult(vraag.eerste())
        .setMaxResults(vraag.aantal())
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.plan")
        .setHint("eclipselink.batch", "a.plan.casus")
        .setHint("eclipselink.batch", "a.plan.casus.betrokkenen")
        .setHint("eclipselink.batch", "a.eigenaar")
        .setHint("eclipselink.batch", "a.persoon");
  }

  /** How many actiepunten match the question's filters, on all pages. */
  public long tel(Reikwijdte reikwijdte, Actiepuntvraag vraag) {
    Voorwaarden voorwaarden = new Voorwaarden(reikwijdte, vraag);
    TypedQuery<Long> query =
        em.createQuery(
            "select count(a) from Actiepunt a join a.plan pl join pl.casus c"
                + " left join a.persoon p where "
                + voorwaarden.jpql,
            Long.class);
    voorwaarden.zetOp(query);
    return query.getSingleResult();
  }

  /** The where clause of both queries and its parameters; only fixed text, never user input. */
  private static final class Voorwaarden {

    private final String jpql;
    private final Reikwijdte reikwijdte;
    private final Actiepuntvraag vraag;

    Voorwaarden(Reikwijdte reikwijdte, Actiepuntvraag vraag) {
      this.reikwijdte = reikwijdte;
      this.vraag = vraag;
      List<String> delen = new ArrayList<>();
      delen.add("cast(a.vastgesteld as integer) = 1");
      // exists, not a join: no duplicate rows when the organisation took part more than once.
      delen.add(
          "exists (select d from Deelname d where d.casus = c"
              + " and d.organisatie.id = :organisatieId and d.sinds <= :dag"
              + " and (d.tot is null or d.tot >= :dag))");
      if (vraag.toewijzing() == null) {
        delen.add("(a.eigenaar.id = :organisatieId or p.gebruikersnaam = :gebruikersnaam)");
      } else {
        delen.add(vraag.toewijzing().voorwaarde());
      }
      if (vraag.filter() != null) {
        delen.add(vraag.filter().voorwaarde());
      }
      this.jpql = String.join(" and ", delen);
    }

    void zetOp(TypedQuery<?> query) {
      query.setParameter("organisatieId", reikwijdte.organisatieId());
      query.setParameter("dag", reikwijdte.dag());
      if (vraag.toewijzing() != Toewijzing.ORGANISATIE) {
        query.setParameter("gebruikersnaam", reikwijdte.gebruikersnaam());
      }
      if (vraag.filter() == null) {
        return;
      }
      switch (vraag.filter()) {
        case OPEN, TE_LAAT -> query.setParameter("lopend", LOPEND);
        case GEREED -> query.setParameter("status", Actiepuntstatus.GEREED);
        case LUKT_NIET -> query.setParameter("status", Actiepuntstatus.LUKT_NIET);
      }
    }
  }
}
