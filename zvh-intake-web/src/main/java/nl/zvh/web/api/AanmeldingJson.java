package nl.zvh.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;

/** Every API call needs an authenticated caller: HTTP Basic per request, no session. */
@RequestScoped
public class AanmeldingJson {

  @Inject private SecurityContext securityContext;

  public void vereis() {
    if (securityContext.getCallerPrincipal() == null) {
      throw new NotAuthorizedException(
          "Meld u aan met HTTP Basic (gebruikersnaam en wachtwoord).",
          "Basic realm=\"ZVH\", charset=\"UTF-8\"");
    }
  }
}
