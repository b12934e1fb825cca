package nl.zvh.web.beveiliging;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import nl.zvh.regie.beveiliging.Inlogdienst;
import nl.zvh.regie.beveiliging.Totp;
import nl.zvh.web.account.Herstelcodestonen;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The second step of a login: the code of the authenticator app, or a recovery code; for an account
 * without a second factor first the enrolment (QR code and secret, confirmed by a first code). The
 * page shows nothing without a login half-way in this session.
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

  private String code;

  /** Without a login half-way (or after five minutes) the user starts again at the login page. */
  public void laad() throws IOException {
    if (halfweg() == null) {
      naarInloggen("verlopen");
    }
  }

  public void bevestig() throws IOException {
    Halfweg halfweg = halfweg();
    if (halfweg == null) {
      naarInloggen("verlopen");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    securityContext.authenticate(
        request,
        (HttpServletResponse) externalContext.getResponse(),
        withParams().credential(new Tweedefactorcode(code)).newAuthentication(true));
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
      berichten.fout("tweedefactorformulier:code", "tweedefactor.onjuist");
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
