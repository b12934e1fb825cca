package nl.zvh.regie.overleg;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.plan.Casusregisseurschap;
import nl.zvh.domain.model.plan.PlanVanAanpak;

/** The casusregisseur in function of a case: the one its last established plan names. */
public final class Casusregisseurs {

  private Casusregisseurs() {}

  /** Empty before a plan with a casusregisseur was established. */
  public static Optional<Gebruiker> inFunctie(EntityManager em, long casusId) {
    return em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casusId)
        .getResultStream()
        .findFirst()
        .flatMap(PlanVanAanpak::casusregisseurInFunctie)
        .map(Casusregisseurschap::getGebruiker);
  }
}
