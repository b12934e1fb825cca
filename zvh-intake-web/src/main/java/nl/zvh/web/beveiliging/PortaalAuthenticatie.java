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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import nl.zvh.regie.beveiliging.Inlogdienst;
import nl.zvh.regie.beveiliging.Inlogdienst.Codecontrole;
import nl.zvh.regie.beveiliging.Inlogdienst.Gelukt;
import nl.zvh.regie.beveiliging.Inlogdienst.Juist;
import nl.zvh.regie.beveiliging.Inlogdienst.Wachtwoordcontrole;
import nl.zvh.regie.beveiliging.Passkeydienst;
import nl.zvh.regie.beveiliging.Totp;

/**
 * How callers prove who they are. People log in in two steps: the password on the login form, then
 * a code of their authenticator app (or a recovery code, or one of their passkeys) on the
 * second-factor page; an account without a second factor enrols on that page first. Only then is
 * the session's caller set (with a new session id). Partner systems call the REST API under {@code
 * /api/} with a koppeling's key on every request ({@link ApiAuthenticatie}). Jakarta Security 3
 * allows one mechanism per application, hence one class for both.
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

  @Inject private ApiAuthenticatie api;
  @Inject private Inlogdienst inlogdienst;
  @Inject private Passkeydienst passkeydienst;
  @Inject private Clock klok;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return api.valideer(request, response, context); // keys only, no session: ApiAuthenticatie
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential wachtwoord) {
      return wachtwoord(request, context, wachtwoord);
    }
    if (credential instanceof Tweedefactorcode code) {
      return tweedeFactor(request, context, halfweg -> code(halfweg, code, request));
    }
    if (credential instanceof Passkeybewijs bewijs) {
      return tweedeFactor(request, context, halfweg -> passkey(halfweg, bewijs, request));
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

  /**
   * Step two: a code or a passkey completes the login that step one began in this session ({@code
   * controle} checks it for the login half-way).
   */
  private AuthenticationStatus tweedeFactor(
      HttpServletRequest request,
      HttpMessageContext context,
      Function<Halfweg, Codecontrole> controle) {
    HttpSession sessie = request.getSession(false);
    Halfweg halfweg = sessie == null ? null : (Halfweg) sessie.getAttribute(Halfweg.SESSIE);
    if (halfweg == null || halfweg.isVerlopen(klok.instant())) {
      return AuthenticationStatus.SEND_FAILURE; // the page sends the user back to the login
    }
    Codecontrole uitkomst = controle.apply(halfweg);
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

  private Codecontrole code(Halfweg halfweg, Tweedefactorcode code, HttpServletRequest request) {
    return halfweg.isInschrijving()
        ? inlogdienst.stelIn(
            halfweg.gebruikersnaam(), halfweg.nieuwGeheim(), code.code(), request.getRemoteAddr())
        : inlogdienst.controleerCode(
            halfweg.gebruikersnaam(), code.code(), request.getRemoteAddr());
  }

  /** A passkey stands in for the code, not for the enrolment: the app is every account's base. */
  private Codecontrole passkey(Halfweg halfweg, Passkeybewijs bewijs, HttpServletRequest request) {
    byte[] uitdaging =
        Passkeyceremonie.neemUitdaging(request, Passkeyceremonie.Soort.AANMELDING, klok.instant());
    return halfweg.isInschrijving()
        ? new Inlogdienst.Onjuist()
        : passkeydienst.meldAan(
            halfweg.gebruikersnaam(),
            bewijs.antwoord(),
            uitdaging,
            Passkeyceremonie.relyingparty(request),
            request.getRemoteAddr());
  }
}
