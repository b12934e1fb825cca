package nl.zvh.regie.melding;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.zvh.domain.model.gebruiker.Rol;

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
}
