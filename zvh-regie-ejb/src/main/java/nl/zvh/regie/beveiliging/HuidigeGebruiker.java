package nl.zvh.regie.beveiliging;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.koppeling.Koppeling;
import nl.zvh.privacy.Actor;

/**
 * The logged-in user of this request, looked up once per request from the caller principal. An
 * account that was deactivated after login is no longer anybody. A partner system that called the
 * API with a koppeling's key is a {@link Systeemprincipal}: its actor is {@code koppeling:<naam>}
 * with the role and organisation of the koppeling, checked on this very request (never a user, so
 * never a deactivated one).
 */
@RequestScoped
public class HuidigeGebruiker {

  @Inject private SecurityContext securityContext;
  @Inject private Sleutelcontrole sleutelcontrole;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  private Optional<Actor> actor;

  /** The active user of this request, if one is logged in. */
  public Optional<Actor> actor() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal instanceof Systeemprincipal systeem) {
        actor = Optional.of(systeem.actor());
        return actor;
      }
      if (principal != null && principal.getName().startsWith(Koppeling.NAAM_VOORVOEGSEL)) {
        actor = sleutelcontrole.systeem(principal.getName()).map(Systeemprincipal::actor);
        return actor;
      }
      actor =
          principal == null
              ? Optional.empty()
              : em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
                  .setParameter("gebruikersnaam", principal.getName())
                  .getResultStream()
                  .filter(Gebruiker::isActief)
                  .findFirst()
                  .map(Actor::van);
    }
    return actor;
  }

  /** The active user of this request; refuses when there is none. */
  public Actor vereist() {
    return actor().orElseThrow(() -> new EJBAccessException("Geen actieve gebruiker."));
  }
}
