package nl.zvh.systemtest.portaal;

import java.net.URI;

/** The base address of the running portal under test. */
public record PortaalAdres(URI basis) {

  /**
   * The same portal under the name {@code localhost}: passkeys (WebAuthn) are bound to a host name,
   * and a browser refuses them on a bare IP address.
   */
  public PortaalAdres opLocalhost() {
    return new PortaalAdres(
        URI.create(basis.getScheme() + "://localhost:" + basis.getPort() + basis.getRawPath()));
  }

  public URI pagina(String pad) {
    return basis.resolve(pad.startsWith("/") ? pad.substring(1) : pad);
  }
}
