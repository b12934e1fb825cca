package nl.zvh.regie.beveiliging;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The portal as a WebAuthn relying party: its id (the host name passkeys are bound to) and the
 * origins a browser may report in a ceremony ({@code https://host[:port]}). The web layer knows
 * them from the request and the configured public address.
 */
public record Relyingparty(String id, Set<String> herkomsten) implements Serializable {

  public Relyingparty {
    Objects.requireNonNull(id, "id");
    herkomsten = Set.copyOf(herkomsten);
  }
}
