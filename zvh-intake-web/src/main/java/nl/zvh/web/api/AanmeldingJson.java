package nl.zvh.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;

/** Every API call needs an authenticated caller: a koppeling's key per request, no session. */
@RequestScoped
public class AanmeldingJson {

  @Inject private SecurityContext securityContext;

  public void vereis() {
    if (securityContext.getCallerPrincipal() == null) {
      throw new NotAuthorizedException(
          "Stuur bij elk verzoek de API-sleutel van uw systeem mee:"
              + " Authorization: Bearer zvh_<id>_<geheim>.",
          "Bearer realm=\"ZVH\"");
    }
  }
}
