package nl.zvh.regie.uitvoering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.privacy.Actor;

/**
 * Reads what carrying out a plan shows, one query for each kind whatever their number, and who is
 * to hear of it. Works within a handeling of its caller.
 */
@ApplicationScoped
class Uitvoeringlezer {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  Optional<PlanVanAanpak> plan(long casusId) {
    return em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casusId)
        .getResultStream()
        .findFirst();
  }

  /** The reports on the case's actiepunten, the newest first. */
  List<Terugkoppeling> terugkoppelingen(Casus casus) {
    return em.createQuery(
            "select t from Terugkoppeling t join fetch t.gebruiker join fetch t.organisatie"
                + " join fetch t.actiepunt where t.casus = :casus order by t.tijdstip desc, t.id desc",
            Terugkoppeling.class)
        .setParameter("casus", casus)
        .getResultList();
  }

  /** The reports on one actiepunt, the newest first. */
  List<Terugkoppeling> terugkoppelingen(Actiepunt actiepunt) {
    return em.createQuery(
            "select t from Terugkoppeling t join fetch t.gebruiker join fetch t.organisatie"
                + " where t.actiepunt = :actiepunt order by t.tijdstip desc, t.id desc",
            Terugkoppeling.class)
        .setParameter("actiepunt", actiepunt)
        .getResultList();
  }

  /** The signals of the plan, the newest first. */
  List<Signaal> signalen(PlanVanAanpak plan) {
    return em.createQuery(
            "select s from Signaal s join fetch s.gemeldDoor g join fetch g.organisatie"
                + " left join fetch s.terugkoppeling t left join fetch t.actiepunt"
                + " where s.plan = :plan order by s.gemeldOp desc, s.id desc",
            Signaal.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /** The escalations of the plan, the newest first. */
  List<Escalatie> escalaties(PlanVanAanpak plan) {
    return em.createQuery(
            "select e from Escalatie e join fetch e.ingediendDoor where e.plan = :plan"
                + " order by e.ingediendOp desc, e.id desc",
            Escalatie.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /**
   * Open signals per case: all of them for the procesregisseur, for a partner those of the cases
   * whose casusregisseur they are.
   */
  Map<Long, Long> openSignalenPerCasus(Actor actor) {
    boolean regisseur = actor.heeftRol(Rol.PROCESREGISSEUR);
    TypedQuery<Object[]> vraag =
        em.createQuery(
                "select s.plan.casus.id, count(s) from Signaal s where s.status = :open"
                    + (regisseur
                        ? ""
                        : " and exists (select r from Casusregisseurschap r where r.plan = s.plan"
                            + " and r.tot is null and r.gebruiker.gebruikersnaam = :ik)")
                    + " group by s.plan.casus.id",
                Object[].class)
            .setParameter("open", Signaal.Status.OPEN);
    if (!regisseur) {
      vraag.setParameter("ik", actor.gebruikersnaam());
    }
    return perCasus(vraag.getResultList());
  }

  Map<Long, Long> openEscalatiesPerCasus() {
    return perCasus(
        em.createQuery(
                "select e.plan.casus.id, count(e) from Escalatie e where e.status = :open"
                    + " group by e.plan.casus.id",
                Object[].class)
            .setParameter("open", Escalatie.Status.OPEN)
            .getResultList());
  }

  List<Casus> casussen(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("select c from Casus c where c.id in :ids order by c.nummer", Casus.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  private static Map<Long, Long> perCasus(List<Object[]> rijen) {
    Map<Long, Long> perCasus = new LinkedHashMap<>();
    rijen.forEach(r -> perCasus.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return perCasus;
  }

  /**
   * Who answers for an actiepunt: the assigned person, or else the people of the owning
   * organisation who were invited to the case's overleggen, or else all of its partner users.
   */
  List<String> eigenaren(Actiepunt actiepunt) {
    Optional<Gebruiker> persoon = actiepunt.getPersoon().filter(Gebruiker::isActief);
    if (persoon.isPresent()) {
      return List.of(persoon.get().getEmail());
    }
    List<String> genodigden =
        em.createQuery(
                "select distinct g.gebruiker.email from Genodigde g where g.overleg.casus = :casus"
                    + " and g.gebruiker.organisatie = :organisatie and g.gebruiker.actief = true",
                String.class)
            .setParameter("casus", actiepunt.getPlan().getCasus())
            .setParameter("organisatie", actiepunt.getEigenaar())
            .getResultList();
    return genodigden.isEmpty()
        ? actief(Rol.KETENPARTNER, actiepunt.getEigenaar().getId())
        : genodigden;
  }

  private List<String> actief(Rol rol, Long organisatieId) {
    TypedQuery<String> vraag =
        em.createQuery(
                "select g.email from Gebruiker g where g.rol = :rol and g.actief = true"
                    + (organisatieId == null ? "" : " and g.organisatie.id = :organisatie"),
                String.class)
            .setParameter("rol", rol);
    if (organisatieId != null) {
      vraag.setParameter("organisatie", organisatieId);
    }
    return vraag.getResultList();
  }
}
