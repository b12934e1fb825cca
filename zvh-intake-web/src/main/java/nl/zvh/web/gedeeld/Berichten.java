package nl.zvh.web.gedeeld;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OngeldigeInvoer;

/**
 * Puts messages on the page, from the portal's resource bundle or as the service's own Dutch text.
 * A message for a field goes next to that field (its client id); otherwise it goes on top.
 */
@RequestScoped
public class Berichten {

  public static final String BUNDEL = "nl.zvh.web.teksten";

  @Inject private FacesContext facesContext;

  public void info(String sleutel, Object... argumenten) {
    voegToe(null, FacesMessage.SEVERITY_INFO, tekst(sleutel, argumenten));
  }

  public void fout(String veld, String sleutel, Object... argumenten) {
    voegToe(veld, FacesMessage.SEVERITY_ERROR, tekst(sleutel, argumenten));
  }

  /** A refusal whose message was written for the user already (domain rules, conflicts). */
  public void weigering(RuntimeException e) {
    if (e instanceof OngeldigeInvoer ongeldig) {
      ongeldig.meldingen().forEach(m -> voegToe(null, FacesMessage.SEVERITY_ERROR, m));
    } else {
      voegToe(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    facesContext.validationFailed();
  }

  /**
   * Runs a service call that the user started; reports success (when a text is given) or the
   * service's own refusal (a domain rule, a conflict, no access, invalid input). Whether it
   * succeeded is returned, so the page can clear its form only then.
   */
  public boolean voerUit(Runnable actie, String gelukt) {
    return voerUit(actie, gelukt, null);
  }

  /**
   * The same for a form whose fields the service names: a domain rule about one input (its {@code
   * veld}) goes next to that field of the form (client id {@code formulier:veld}), so it shows
   * there and in the error summary; other refusals go on top as usual.
   */
  public boolean voerUit(Runnable actie, String gelukt, String formulier) {
    try {
      actie.run();
    } catch (DomeinRegelGeschonden e) {
      if (formulier != null && e.veld().isPresent()) {
        voegToe(formulier + ":" + e.veld().get(), FacesMessage.SEVERITY_ERROR, e.getMessage());
        facesContext.validationFailed();
      } else {
        weigering(e);
      }
      return false;
    } catch (GelijktijdigGewijzigd | GeenToegang | OngeldigeInvoer e) {
      weigering(e);
      return false;
    }
    if (gelukt != null) {
      info(gelukt);
    }
    return true;
  }

  public String tekst(String sleutel, Object... argumenten) {
    ResourceBundle bundel =
        ResourceBundle.getBundle(BUNDEL, facesContext.getViewRoot().getLocale());
    String tekst = bundel.getString(sleutel);
    return argumenten.length == 0 ? tekst : MessageFormat.format(tekst, argumenten);
  }

  private void voegToe(String veld, FacesMessage.Severity ernst, String tekst) {
    facesContext.addMessage(veld, new FacesMessage(ernst, tekst, null));
  }
}
