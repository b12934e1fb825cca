package nl.zvh.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/**
 * The recovery codes of a new enrolment, on the first page after the login: taken out of the
 * session as they are shown, so a reload or the back button does not show them again.
 */
@Named
@RequestScoped
public class Herstelcodestonen {

  /** Set by the second-factor step (TweedeFactor.NIEUWE_HERSTELCODES). */
  public static final String SESSIE = "zvh.herstelcodes";

  @Inject private HttpServletRequest request;

  private List<String> codes = List.of();

  @SuppressWarnings("unchecked")
  public void laad() {
    HttpSession sessie = request.getSession(false);
    if (sessie != null && sessie.getAttribute(SESSIE) instanceof List<?> lijst) {
      codes = (List<String>) lijst;
      sessie.removeAttribute(SESSIE);
    }
  }

  public List<String> getCodes() {
    return codes;
  }
}
