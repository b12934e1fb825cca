package nl.zvh.regie.beveiliging;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.privacy.Actor;

/**
 * The caller of an API request authenticated with a koppeling's key: a system, not a person. Its
 * name is {@code koppeling:<naam>}, so the processing log shows the system; it carries what the key
 * check found (role and organisation), so {@link HuidigeGebruiker} needs no second query.
 */
public class Systeemprincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final Rol rol;
  private final long organisatieId;
  private final String organisatieNaam;

  public Systeemprincipal(String naam, Rol rol, long organisatieId, String organisatieNaam) {
    super(Objects.requireNonNull(naam, "naam"));
    this.rol = Objects.requireNonNull(rol, "rol");
    this.organisatieId = organisatieId;
    this.organisatieNaam = Objects.requireNonNull(organisatieNaam, "organisatieNaam");
  }

  public Rol rol() {
    return rol;
  }

  /** The actor of every access decision and log record of this request. */
  public Actor actor() {
    return new Actor(getName(), rol, organisatieId, organisatieNaam);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Systeemprincipal s
        && s.getName().equals(getName())
        && s.rol == rol
        && s.organisatieId == organisatieId;
  }

  @Override
  public int hashCode() {
    return getName().hashCode();
  }

  @Override
  public String toString() {
    return getName();
  }
}
