package nl.zvh.systemtest.portaal;

import java.net.URI;

/** The base address of the running portal under test. */
public record PortaalAdres(URI basis) {

  public URI pagina(String pad) {
    return basis.resolve(pad.startsWith("/") ? pad.substring(1) : pad);
  }
}
