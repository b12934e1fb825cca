package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How callers prove who they are. People use the portal's login form (a session, with a new id at
 * login); partner systems call the REST API under {@code /api/} with a koppeling's key on every
 * request ({@link ApiAuthenticatie}). Jakarta Security 3 allows one mechanism per application,
 * hence one class for both.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = Startpagina.INLOGGEN, errorPage = "", useForwardToLogin = false)
public class PortaalAuthenticatie implements HttpAuthenticationMechanism {

  static final String API = "/api/";

  @Inject private IdentityStoreHandler identityStore;
  @Inject private ApiAuthenticatie api;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return api.valideer(request, response, context); // keys only, no session: ApiAuthenticatie
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
}
