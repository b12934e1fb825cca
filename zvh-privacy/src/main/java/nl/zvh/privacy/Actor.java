package nl.zvh.privacy;

import java.util.Objects;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;

/**
 * The user on whose authority an operation runs: the subject of every access decision and the actor
 * of every log record. Built from the logged-in user, never from request parameters.
 */
public record Actor(String gebruikersnaam, Rol rol, long organisatieId, String organisatieNaam) {

  public Actor {
    Objects.requireNonNull(gebruikersnaam, "gebruikersnaam");
    Objects.requireNonNull(rol, "rol");
    Objects.requireNonNull(organisatieNaam, "organisatieNaam");
  }

  public static Actor van(Gebruiker gebruiker) {
    return new Actor(
        gebruiker.getGebruikersnaam(),
        gebruiker.getRol(),
        gebruiker.getOrganisatie().getId(),
        gebruiker.getOrganisatie().getNaam());
  }

  public boolean heeftRol(Rol gevraagd) {
    return rol == gevraagd;
  }

  public boolean werktBij(long organisatie) {
    return organisatieId == organisatie;
  }
}
