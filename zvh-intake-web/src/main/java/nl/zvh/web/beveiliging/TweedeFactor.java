package nl.zvh.web.beveiliging;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import nl.zvh.regie.beveiliging.Inlogdienst;
import nl.zvh.regie.beveiliging.Passkeydienst;
import nl.zvh.regie.beveiliging.Passkeydienst.Passkeygegevens;
import nl.zvh.regie.beveiliging.Totp;
import nl.zvh.web.account.Herstelcodestonen;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The second step of a login: the code of the authenticator app, a recovery code, or one of the
 * account's passkeys; for an account without a second factor first the enrolment (QR code and
 * secret, confirmed by a first code). The page shows nothing without a login half-way in this
 * session.
 */
@Named
@RequestScoped
public class TweedeFactor {

  /** The session attribute with the previous login, until the first page after login shows it. */
  static final String VORIGE_AANMELDING = "zvh.vorigeAanmelding";

  private static final String UITGEVER = "ZVH-portaal";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;
  @Inject private Berichten berichten;
  @Inject private Clock klok;

  @Inject private Passkeydienst passkeydienst;

  private String code;
  private String passkeyAntwoord;
  private List<Passkeygegevens> passkeys;
  private String passkeyopties;

  /** Without a login half-way (or after five minutes) the user starts again at the login page. */
  public void laad() throws IOException {
    if (((HttpServletRequest) externalContext.getRequest()).getUserPrincipal() != null) {
      // Someone fully logged in (a link, a bookmark, the back button): on to the start page, and
      // the session stays. Ending it here would let any site log a user out with a GET.
      externalContext.redirect(externalContext.getRequestContextPath() + "/index.xhtml");
      facesContext.responseComplete();
      return;
    }
    if (halfweg() == null) {
      naarInloggen("verlopen");
    }
  }

  public void bevestig() throws IOException {
    rondAf(new Tweedefactorcode(code), "tweedefactorformulier:code", "tweedefactor.onjuist");
  }

  public void metPasskey() throws IOException {
    if (passkeyAntwoord == null || passkeyAntwoord.isBlank()) {
      // No answer at all (no JavaScript, an old browser): not a failed attempt, nothing to count.
      berichten.fout("passkeyformulier:antwoord", "passkey.nietondersteund");
      facesContext.validationFailed();
      return;
    }
    rondAf(
        new Passkeybewijs(passkeyAntwoord),
        "passkeyformulier:antwoord",
        "tweedefactor.passkey.onjuist");
  }

  /**
   * Completes the login with a code or a passkey; a wrong one is told next to {@code veld} and the
   * user may try again.
   */
  private void rondAf(Credential bewijs, String veld, String fout) throws IOException {
    Halfweg halfweg = halfweg();
    if (halfweg == null) {
      naarInloggen("verlopen");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    securityContext.authenticate(
        request,
        (HttpServletResponse) externalContext.getResponse(),
        withParams().credential(bewijs).newAuthentication(true));
    Object uitkomst = request.getAttribute(PortaalAuthenticatie.UITKOMST);
    if (uitkomst instanceof Inlogdienst.Gelukt gelukt) {
      // A new session id at login: a session id seen before login is worthless afterwards.
      request.changeSessionId();
      HttpSession sessie = request.getSession();
      gelukt.vorige().ifPresent(v -> sessie.setAttribute(VORIGE_AANMELDING, v));
      sessie.setAttribute(Aanmeldbericht.HERSTELCODES_OVER, gelukt.herstelcodesOver());
      if (!gelukt.herstelcodes().isEmpty()) {
        sessie.setAttribute(Herstelcodestonen.SESSIE, gelukt.herstelcodes());
      }
      externalContext.redirect(
          externalContext.getRequestContextPath()
              + (gelukt.herstelcodes().isEmpty()
                  ? Startpagina.van(halfweg.rol())
                  : Startpagina.HERSTELCODES));
    } else if (uitkomst instanceof Inlogdienst.Geblokkeerd) {
      naarInloggen("geblokkeerd");
    } else if (uitkomst == null) {
      naarInloggen("verlopen"); // the login half-way lapsed meanwhile
    } else {
      berichten.fout(veld, fout);
      facesContext.validationFailed();
    }
  }

  private void naarInloggen(String reden) throws IOException {
    HttpSession sessie = ((HttpServletRequest) externalContext.getRequest()).getSession(false);
    if (sessie != null) {
      sessie.invalidate();
    }
    externalContext.redirect(
        externalContext.getRequestContextPath() + Startpagina.INLOGGEN + "?reden=" + reden);
    facesContext.responseComplete();
  }

  private Halfweg halfweg() {
    HttpSession sessie = ((HttpServletRequest) externalContext.getRequest()).getSession(false);
    Halfweg halfweg = sessie == null ? null : (Halfweg) sessie.getAttribute(Halfweg.SESSIE);
    return halfweg == null || halfweg.isVerlopen(klok.instant()) ? null : halfweg;
  }

  /** Whether this login enrols a second factor (the account has none yet). */
  public boolean isInschrijving() {
    Halfweg halfweg = halfweg();
    return halfweg != null && halfweg.isInschrijving();
  }

  public String getGebruikersnaam() {
    Halfweg halfweg = halfweg();
    return halfweg == null ? "" : halfweg.gebruikersnaam();
  }

  /** The QR code for the authenticator app (inline SVG; the secret goes in no URL). */
  public String getQrcode() {
    Halfweg halfweg = halfweg();
    return halfweg == null || !halfweg.isInschrijving()
        ? ""
        : Qrcode.svg(
            Totp.otpauth(UITGEVER, halfweg.gebruikersnaam(), halfweg.nieuwGeheim()),
            berichten.tekst("tweedefactor.qrcode.naam"));
  }

  /** The secret to type in when the app cannot scan, in groups of four. */
  public String getGeheim() {
    Halfweg halfweg = halfweg();
    return halfweg == null || !halfweg.isInschrijving() ? "" : Totp.leesbaar(halfweg.nieuwGeheim());
  }

  /** Whether the account may take this step with a passkey (it has one, and is enrolled). */
  public boolean isPasskeyMogelijk() {
    return !isInschrijving() && !passkeys().isEmpty();
  }

  /**
   * The options for the browser's passkey request (JSON), with a new challenge kept in the session.
   */
  public String getPasskeyopties() {
    if (passkeyopties == null) {
      passkeyopties =
          Passkeyceremonie.aanmeldopties(
              (HttpServletRequest) externalContext.getRequest(), passkeys(), klok.instant());
    }
    return passkeyopties;
  }

  private List<Passkeygegevens> passkeys() {
    if (passkeys == null) {
      Halfweg halfweg = halfweg();
      passkeys = halfweg == null ? List.of() : passkeydienst.van(halfweg.gebruikersnaam());
    }
    return passkeys;
  }

  public String getPasskeyAntwoord() {
    return null; // an answer counts once; the page never sends one back
  }

  public void setPasskeyAntwoord(String passkeyAntwoord) {
    this.passkeyAntwoord = passkeyAntwoord;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
