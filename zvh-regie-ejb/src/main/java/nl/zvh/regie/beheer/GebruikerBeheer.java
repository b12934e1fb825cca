package nl.zvh.regie.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Users of the portal: create, change, (de)activate and set a new password. An administrator can
 * neither deactivate themselves nor take away their own BEHEERDER role, so the portal never loses
 * its last way in by accident.
 */
@Stateless
@RolesAllowed("BEHEERDER")
public class GebruikerBeheer {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Gebruikersdienst dienst;

  public List<GebruikerGegevens> alle() {
    return dienst.alle();
  }

  /** The accounts the filter selects (for the list filtered from the start page). */
  public List<GebruikerGegevens> alle(@NotNull Gebruikersfilter filter) {
    return dienst.alle(filter);
  }

  /** How many accounts the filter selects, counted in the database (for the start page). */
  public long aantal(@NotNull Gebruikersfilter filter) {
    return dienst.aantal(filter);
  }

  public GebruikerGegevens lees(long id) {
    return dienst.lees(id);
  }

  public GebruikerGegevens maakAan(
      @NotNull GebruikerGegevens gegevens, @NotNull String wachtwoord) {
    return dienst.maakAan(huidigeGebruiker.vereist(), gegevens, wachtwoord);
  }

  public GebruikerGegevens wijzig(@NotNull GebruikerGegevens gegevens) {
    return dienst.wijzig(huidigeGebruiker.vereist(), gegevens);
  }

  /** Deactivates or reactivates an account; a deactivated user cannot log in. */
  public GebruikerGegevens zetActief(long id, long versie, boolean actief) {
    return dienst.zetActief(huidigeGebruiker.vereist(), id, versie, actief);
  }

  /** Removes the account's second factor; the user enrols again at the next login. */
  public GebruikerGegevens herstelTweedeFactor(long id, long versie) {
    return dienst.herstelTweedeFactor(huidigeGebruiker.vereist(), id, versie);
  }

  public GebruikerGegevens stelWachtwoordIn(long id, long versie, @NotNull String wachtwoord) {
    return dienst.stelWachtwoordIn(huidigeGebruiker.vereist(), id, versie, wachtwoord);
  }
}
