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
import nl.zvh.privacy.Actor;

/**
 * The logged-in user of this request, looked up once per request from the caller principal. An
 * account that was deactivated after login is no longer anybody.
 */
@RequestScoped
public class HuidigeGebruiker {

  @Inject private SecurityContext securityContext;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  private Optional<Actor> actor;

  /** The active user of this request, if one is logged in. */
  public Optional<Actor> actor() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
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
