package nl.zvh.regie.bericht;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.privacy.Actor;

/**
 * The unread messages of a user, per case, in ONE query for all cases (the menu asks on every
 * page): messages of others with a higher id than the user read up to. The query asks what {@code
 * Toegangsbeleid.berichtenLezen} decides for one case: the procesregisseur reads every submitted
 * case, a partner only those its organisation takes part in on that day; other roles none (no query
 * at all).
 */
final class Berichtenteller {

  private Berichtenteller() {}

  static List<Ongelezen.Casus> tel(EntityManager em, Actor actor, LocalDate dag) {
    if (!actor.heeftRol(Rol.PROCESREGISSEUR) && !actor.heeftRol(Rol.KETENPARTNER)) {
      return List.of();
    }
    return vraag(em, actor, dag)
        .getResultStream()
        .map(
            r ->
                new Ongelezen.Casus((Long) r[0], (String) r[1], (Long) r[2], (OffsetDateTime) r[3]))
        .toList();
  }

  static TypedQuery<Object[]> vraag(EntityManager em, Actor actor, LocalDate dag) {
    boolean partner = actor.heeftRol(Rol.KETENPARTNER);
    TypedQuery<Object[]> vraag =
        em.createQuery(
                "select c.id, c.nummer, count(b), max(b.verstuurdOp) from Bericht b join b.casus c"
                    + " where b.afzender.gebruikersnaam <> :gebruikersnaam and c.nummer is not null"
                    + " and not exists (select l from Berichtlezing l"
                    + " where l.gebruiker.gebruikersnaam = :gebruikersnaam and l.casus = c"
                    + " and l.laatstGelezen >= b.id)"
                    + (partner
                        ? " and exists (select d from Deelname d where d.casus = c"
                            + " and d.organisatie.id = :organisatieId and d.sinds <= :dag"
                            + " and (d.tot is null or d.tot >= :dag))"
                        : "")
                    + " group by c.id, c.nummer order by max(b.verstuurdOp) desc, c.id",
                Object[].class)
            .setParameter("gebruikersnaam", actor.gebruikersnaam());
    if (partner) {
      vraag.setParameter("organisatieId", actor.organisatieId()).setParameter("dag", dag);
    }
    return vraag;
  }
}
