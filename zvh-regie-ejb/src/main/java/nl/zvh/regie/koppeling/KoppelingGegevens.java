package nl.zvh.regie.koppeling;

import java.io.Serializable;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.koppeling.Koppeling;

/** A koppeling as the BEHEERDER's list shows it; never its secret or hash. */
public record KoppelingGegevens(
    long id,
    long versie,
    String naam,
    String organisatieNaam,
    Rol rol,
    String sleutelId,
    OffsetDateTime uitgegevenOp,
    String uitgegevenDoor,
    OffsetDateTime ingetrokkenOp,
    String ingetrokkenDoor,
    OffsetDateTime laatstGebruiktOp)
    implements Serializable {

  static KoppelingGegevens van(Koppeling k) {
    return new KoppelingGegevens(
        k.getId(),
        k.getVersie(),
        k.getNaam(),
        k.getOrganisatie().getNaam(),
        k.getRol(),
        k.getSleutelId(),
        k.getUitgegevenOp(),
        k.getUitgegevenDoor(),
        k.getIngetrokkenOp().orElse(null),
        k.getIngetrokkenDoor().orElse(null),
        k.getLaatstGebruiktOp().orElse(null));
  }

  public boolean ingetrokken() {
    return ingetrokkenOp != null;
  }
}
