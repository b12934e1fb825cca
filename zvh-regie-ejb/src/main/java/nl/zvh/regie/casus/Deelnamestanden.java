package nl.zvh.regie.casus;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.Planregel;

/**
 * Where the cases of a page stand for a partner ({@link Deelnamestand}): three queries for the
 * whole page, whatever its size, never one per case. Plain JPA, so the tests run it on each
 * database outside the container.
 */
public final class Deelnamestanden {

  private static final Set<Actiepuntstatus> LOPEND =
      Set.of(Actiepuntstatus.OPEN, Actiepuntstatus.IN_UITVOERING);

  private final EntityManager em;

  public Deelnamestanden(EntityManager em) {
    this.em = em;
  }

  /** Per case id of the page: the stand for the user of that organisation on that day. */
  public Map<Long, Deelnamestand> van(
      Collection<Long> casusIds, long organisatieId, String gebruikersnaam, LocalDate dag) {
    Map<Long, Deelnamestand> standen = new HashMap<>();
    if (casusIds.isEmpty()) {
      return standen;
    }
    casusIds.forEach(id -> standen.put(id, Deelnamestand.DEELNEMER));
    rollen(casusIds, organisatieId, gebruikersnaam)
        .forEach((id, rol) -> standen.computeIfPresent(id, (k, s) -> metRol(s, rol)));
    for (Object[] rij : volgendeOverleggen(casusIds, dag)) {
      standen.computeIfPresent(
          (Long) rij[0],
          (k, s) ->
              s.overlegId() != null
                  ? s
                  : new Deelnamestand(
                      s.rol(),
                      (Long) rij[1],
                      (LocalDate) rij[2],
                      (LocalTime) rij[3],
                      s.openActiepunten(),
                      s.teLaatActiepunten()));
    }
    for (Object[] rij : openActiepunten(casusIds, organisatieId, gebruikersnaam, dag)) {
      standen.computeIfPresent(
          (Long) rij[0],
          (k, s) ->
              new Deelnamestand(
                  s.rol(),
                  s.overlegId(),
                  s.overlegDatum(),
                  s.overlegBegin(),
                  ((Number) rij[1]).longValue(),
                  rij[2] == null ? 0 : ((Number) rij[2]).longValue()));
    }
    return standen;
  }

  /**
   * The casusregisseur of the last established version of each plan (the one a concept appoints is
   * not yet the case's): the user, someone of the organisation, or someone else.
   */
  private Map<Long, Deelnemersrol> rollen(
      Collection<Long> casusIds, long organisatieId, String gebruikersnaam) {
    Map<Long, Deelnemersrol> rollen = new HashMap<>();
    List<Object[]> rijen =
        em.createQuery(
                "select p.casus.id, g.gebruikersnaam, g.organisatie.id"
                    + " from PlanVanAanpak p join p.versies v join v.regels r, Gebruiker g"
                    + " where p.casus.id in :casusIds and r.soort = :soort and g.id = r.sleutel"
                    + " and v.nummer = (select max(w.nummer) from Planversie w where w.plan = p)",
                Object[].class)
            .setParameter("casusIds", casusIds)
            .setParameter("soort", Planregel.Soort.CASUSREGISSEUR)
            .getResultList();
    for (Object[] rij : rijen) {
      if (gebruikersnaam.equals(rij[1])) {
        rollen.put((Long) rij[0], Deelnemersrol.CASUSREGISSEUR_ZELF);
      } else if (Long.valueOf(organisatieId).equals(rij[2])) {
        rollen.put((Long) rij[0], Deelnemersrol.CASUSREGISSEUR);
      }
    }
    return rollen;
  }

  /** The planned overleggen from today, earliest first: the first per case is its next. */
  private List<Object[]> volgendeOverleggen(Collection<Long> casusIds, LocalDate dag) {
    return em.createQuery(
            "select o.casus.id, o.id, o.datum, o.begintijd from Overleg o"
                + " where o.casus.id in :casusIds and o.status = :gepland and o.datum >= :dag"
                + " order by o.datum, o.begintijd, o.id",
            Object[].class)
        .setParameter("casusIds", casusIds)
        .setParameter("gepland", Overleg.Status.GEPLAND)
        .setParameter("dag", dag)
        .getResultList();
  }

  /**
   * Per case: the established actiepunten still open of the organisation or assigned to the user
   * (as in their list of actiepunten), and how many of those are past their date.
   */
  private List<Object[]> openActiepunten(
      Collection<Long> casusIds, long organisatieId, String gebruikersnaam, LocalDate dag) {
    return em.createQuery(
            "select pl.casus.id, count(a), sum(case when a.deadline < :dag then 1 else 0 end)"
                + " from Actiepunt a join a.plan pl left join a.persoon p"
                + " where pl.casus.id in :casusIds and cast(a.vastgesteld as integer) = 1"
                + " and a.status in :lopend"
                + " and (a.eigenaar.id = :organisatieId or p.gebruikersnaam = :gebruikersnaam)"
                + " group by pl.casus.id",
            Object[].class)
        .setParameter("casusIds", casusIds)
        .setParameter("dag", dag)
        .setParameter("lopend", LOPEND)
        .setParameter("organisatieId", organisatieId)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .getResultList();
  }

  private static Deelnamestand metRol(Deelnamestand stand, Deelnemersrol rol) {
    return new Deelnamestand(
        rol,
        stand.overlegId(),
        stand.overlegDatum(),
        stand.overlegBegin(),
        stand.openActiepunten(),
        stand.teLaatActiepunten());
  }
}
