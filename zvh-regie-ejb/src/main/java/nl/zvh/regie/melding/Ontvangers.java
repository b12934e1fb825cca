package nl.zvh.regie.melding;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.plan.Casusregisseurschap;
import nl.zvh.domain.model.plan.PlanVanAanpak;

/** Who hears of what happens in a case: the addresses, never the content. */
public final class Ontvangers {

  private Ontvangers() {}

  /**
   * The procesregisseurs of a case: those who chaired its overleggen and are still active, or, when
   * there are none, every active procesregisseur, so that a signal never goes unheard.
   */
  public static List<String> procesregisseurs(EntityManager em, long casusId) {
    List<String> voorzitters =
        em.createQuery(
                "select distinct o.voorzitter.email from Overleg o where o.casus.id = :casusId"
                    + " and o.voorzitter.actief = :ja",
                String.class)
            .setParameter("casusId", casusId)
            .setParameter("ja", true)
            .getResultList();
    if (!voorzitters.isEmpty()) {
      return voorzitters;
    }
    return em.createQuery(
            "select g.email from Gebruiker g where g.rol = :rol and g.actief = :ja", String.class)
        .setParameter("rol", Rol.PROCESREGISSEUR)
        .setParameter("ja", true)
        .getResultList();
  }

  /**
   * The partners who work on a case: invitees of its overleggen, the casusregisseur in function and
   * the referrer, while their organisation takes part; active accounts only. E-mail addresses,
   * distinct.
   */
  public static List<String> deelnemers(EntityManager em, Casus casus, LocalDate vandaag) {
    Map<Long, Gebruiker> partners = new LinkedHashMap<>();
    em.createQuery(
            "select distinct g.gebruiker from Genodigde g where g.overleg.casus.id = :casusId",
            Gebruiker.class)
        .setParameter("casusId", casus.getId())
        .getResultList()
        .forEach(g -> partners.put(g.getId(), g));
    em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casus.getId())
        .getResultStream()
        .findFirst()
        .flatMap(PlanVanAanpak::casusregisseurInFunctie)
        .map(Casusregisseurschap::getGebruiker)
        .ifPresent(g -> partners.put(g.getId(), g));
    em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", casus.getAanmelding().getAanmelder())
        .getResultStream()
        .findFirst()
        .ifPresent(g -> partners.put(g.getId(), g));
    return partners.values().stream()
        .filter(Gebruiker::isActief)
        .filter(g -> g.getRol() == Rol.KETENPARTNER)
        .filter(g -> casus.neemtDeel(g.getOrganisatie().getId(), vandaag))
        .map(Gebruiker::getEmail)
        .distinct()
        .toList();
  }
}
