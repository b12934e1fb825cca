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
import nl.zvh.web.gedeeld.Berichten;

/**
 * The login form. A failed login says no more than that the combination is wrong (not which half),
 * and is logged without the password for the monitoring of failed logins.
 */
@Named
@RequestScoped
public class Inloggen {

  private static final Logger LOG = Logger.getLogger(Inloggen.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;
  @Inject private Berichten berichten;
  @Inject private Gebruikersmenu gebruikersmenu;

  private String gebruikersnaam;
  private String wachtwoord;

  public void inloggen() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) externalContext.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        gebruikersnaam.strip(), new Password(wachtwoord)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> {
        // A new session id at login: a session id seen before login is worthless afterwards.
        request.changeSessionId();
        externalContext.redirect(
            externalContext.getRequestContextPath() + gebruikersmenu.getStartpagina());
      }
      default -> {
        LOG.warning(() -> "Mislukte inlogpoging vanaf " + request.getRemoteAddr());
        // A failed attempt leaves no session behind: anonymous visitors hold none, and a later
        // request must start from a clean state (otherwise it meets the half-finished attempt).
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
          sessie.invalidate();
        }
        berichten.fout(null, "inloggen.mislukt");
      }
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
