package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
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
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import nl.zvh.regie.beveiliging.Inlogdienst;
import nl.zvh.regie.beveiliging.Inlogdienst.Codecontrole;
import nl.zvh.regie.beveiliging.Inlogdienst.Gelukt;
import nl.zvh.regie.beveiliging.Inlogdienst.Juist;
import nl.zvh.regie.beveiliging.Inlogdienst.Wachtwoordcontrole;
import nl.zvh.regie.beveiliging.Totp;

/**
 * How callers prove who they are. People log in in two steps: the password on the login form, then
 * a code of their authenticator app (or a recovery code) on the second-factor page; an account
 * without a second factor enrols on that page first. Only then is the session's caller set (with a
 * new session id). Partner systems call the REST API under {@code /api/} with HTTP Basic over TLS
 * on every request. Jakarta Security 3 allows one mechanism per application, hence one class for
 * both.
 *
 * <p>The outcome of a step is left in a request attribute ({@link #UITKOMST}) for the page to word
 * it.
 */
@ApplicationScoped
@MetBeveiligingsHeaders
@AutoApplySession
@LoginToContinue(loginPage = Startpagina.INLOGGEN, errorPage = "", useForwardToLogin = false)
public class PortaalAuthenticatie implements HttpAuthenticationMechanism {

  static final String API = "/api/";
  static final String UITKOMST = "zvh.inloggen.uitkomst";

  @Inject private IdentityStoreHandler identityStore;
  @Inject private Inlogdienst inlogdienst;
  @Inject private Clock klok;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return basic(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential wachtwoord) {
      return wachtwoord(request, context, wachtwoord);
    }
    if (credential instanceof Tweedefactorcode code) {
      return tweedeFactor(request, context, code);
    }
    return context.doNothing();
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }

  /** Step one: a right password leads to the second-factor page, and nothing more. */
  private AuthenticationStatus wachtwoord(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential inlog) {
    Wachtwoordcontrole uitkomst =
        inlogdienst.controleerWachtwoord(
            inlog.getCaller(), inlog.getPasswordAsString(), request.getRemoteAddr());
    request.setAttribute(UITKOMST, uitkomst);
    if (!(uitkomst instanceof Juist juist)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    new Halfweg(
            juist.gebruikersnaam(),
            juist.rol(),
            klok.instant(),
            juist.tweedeFactorIngesteld() ? null : Totp.nieuwGeheim())
        .bewaarInNieuweSessie(request);
    return context.redirect(request.getContextPath() + Startpagina.TWEEDE_FACTOR);
  }

  /** Step two: the code completes the login that step one began in this session. */
  private AuthenticationStatus tweedeFactor(
      HttpServletRequest request, HttpMessageContext context, Tweedefactorcode code) {
    HttpSession sessie = request.getSession(false);
    Halfweg halfweg = sessie == null ? null : (Halfweg) sessie.getAttribute(Halfweg.SESSIE);
    if (halfweg == null || halfweg.isVerlopen(klok.instant())) {
      return AuthenticationStatus.SEND_FAILURE; // the page sends the user back to the login
    }
    String adres = request.getRemoteAddr();
    Codecontrole uitkomst =
        halfweg.isInschrijving()
            ? inlogdienst.stelIn(
                halfweg.gebruikersnaam(), halfweg.nieuwGeheim(), code.code(), adres)
            : inlogdienst.controleerCode(halfweg.gebruikersnaam(), code.code(), adres);
    request.setAttribute(UITKOMST, uitkomst);
    if (uitkomst instanceof Gelukt) {
      sessie.removeAttribute(Halfweg.SESSIE);
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(halfweg.gebruikersnaam()), Set.of(halfweg.rol().name()));
    }
    if (uitkomst instanceof Inlogdienst.Geblokkeerd) {
      sessie.removeAttribute(Halfweg.SESSIE);
    } else {
      halfweg.bewaarInNieuweSessie(request); // another try, in a session without Soteria's marker
    }
    return AuthenticationStatus.SEND_FAILURE;
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
