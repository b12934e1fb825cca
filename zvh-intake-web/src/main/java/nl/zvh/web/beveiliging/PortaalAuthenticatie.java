package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How callers prove who they are. People use the portal's login form (a session, with a new id at
 * login); partner systems call the REST API under {@code /api/} with HTTP Basic over TLS on every
 * request. Both are checked against the same identity store. Jakarta Security 3 allows one
 * mechanism per application, hence one class for both.
 */
@ApplicationScoped
@MetBeveiligingsHeaders
@AutoApplySession
@LoginToContinue(loginPage = Startpagina.INLOGGEN, errorPage = "", useForwardToLogin = false)
public class PortaalAuthenticatie implements HttpAuthenticationMechanism {

  static final String API = "/api/";

  @Inject private IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return basic(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStore.validate(credential));
    }
    return context.doNothing();
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing(); // the API itself answers 401 to an anonymous caller
    }
    String[] delen = decodeer(header.substring(6).strip());
    if (delen.length == 2) {
      CredentialValidationResult resultaat =
          identityStore.validate(new UsernamePasswordCredential(delen[0], delen[1]));
      if (resultaat.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(resultaat);
      }
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"ZVH\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static String[] decodeer(String base64) {
    try {
      String tekst = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
      int dubbelepunt = tekst.indexOf(':');
      return dubbelepunt < 0
          ? new String[0]
          : new String[] {tekst.substring(0, dubbelepunt), tekst.substring(dubbelepunt + 1)};
    } catch (IllegalArgumentException e) {
      return new String[0];
    }
  }
}
