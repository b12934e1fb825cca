package nl.zvh.web.beveiliging;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import nl.zvh.regie.beveiliging.Inlogdienst;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.NederlandseTijd;

/**
 * The login form, step one of two. A failed login says no more than that the combination is wrong
 * (not which half); a lockout says until when, for any name typed, existing or not. A right
 * password leads to the second-factor page (see {@link PortaalAuthenticatie}).
 */
@Named
@RequestScoped
public class Inloggen {

  private static final Logger LOG = Logger.getLogger(Inloggen.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;
  @Inject private Berichten berichten;
  @Inject private Inlogtoken inlogtoken;
  @Inject private Gebruikersmenu gebruikersmenu;

  private String gebruikersnaam;
  private String wachtwoord;

  public void inloggen() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    if (!inlogtoken.klopt()) {
      LOG.warning(() -> "Inlogpoging zonder geldig inlogtoken vanaf " + request.getRemoteAddr());
      berichten.fout(null, "inloggen.token");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) externalContext.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        gebruikersnaam.strip(), new Password(wachtwoord)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      facesContext.responseComplete(); // on to the second factor
      return;
    }
    if (status == AuthenticationStatus.SUCCESS) {
      // Already logged in in this session: the login form changes nothing.
      externalContext.redirect(
          externalContext.getRequestContextPath() + gebruikersmenu.getStartpagina());
      return;
    }
    LOG.warning(() -> "Mislukte inlogpoging vanaf " + request.getRemoteAddr());
    // A failed attempt leaves no session behind: anonymous visitors hold none, and a later
    // request must start from a clean state (otherwise it meets the half-finished attempt).
    HttpSession sessie = request.getSession(false);
    if (sessie != null) {
      sessie.invalidate();
    }
    if (request.getAttribute(PortaalAuthenticatie.UITKOMST)
        instanceof Inlogdienst.Geblokkeerd geblokkeerd) {
      berichten.fout(null, "inloggen.geblokkeerd", NederlandseTijd.tekst(geblokkeerd.tot()));
    } else {
      berichten.fout(null, "inloggen.mislukt");
    }
  }

  public String getGebruikersnaam() {
    return gebruikersnaam;
  }

  public void setGebruikersnaam(String gebruikersnaam) {
    this.gebruikersnaam = gebruikersnaam;
  }

  public String getWachtwoord() {
    return wachtwoord;
  }

  public void setWachtwoord(String wachtwoord) {
    this.wachtwoord = wachtwoord;
  }
}
