package nl.zvh.web.gedeeld;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.primefaces.component.api.InputHolder;

/**
 * The error summary on top of a form (the tag zvh:meldingen): every field message of this request,
 * in the order of the page, with the field's label and the address of the element to jump to.
 */
@Named
@RequestScoped
public class Foutenoverzicht {

  /** One field that is not right: the id of the element to focus, its label, the message. */
  public record Fout(String veld, String label, String melding) {}

  @Inject private FacesContext facesContext;

  private List<Fout> fouten;

  public List<Fout> getFouten() {
    // Faces asks whether the summary is rendered already while it decodes the form, before the
    // validators put their messages: only what is collected while the page renders is kept.
    if (facesContext.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return verzamel();
    }
    if (fouten == null) {
      fouten = verzamel();
    }
    return fouten;
  }

  private List<Fout> verzamel() {
    List<Fout> gevonden = new ArrayList<>();
    Iterator<String> ids = facesContext.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      UIComponent veld = facesContext.getViewRoot().findComponent(":" + clientId);
      facesContext
          .getMessageList(clientId)
          .forEach(
              m -> {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                  gevonden.add(new Fout(doel(clientId, veld), label(veld), m.getSummary()));
                }
              });
    }
    return List.copyOf(gevonden);
  }

  /** The element that takes the focus: PrimeFaces' inner input, the first of a group of options. */
  private static String doel(String clientId, UIComponent veld) {
    if (veld instanceof InputHolder houder) {
      return houder.getInputClientId();
    }
    if (veld != null
        && ("jakarta.faces.Checkbox".equals(veld.getRendererType())
            || "jakarta.faces.Radio".equals(veld.getRendererType()))) {
      return clientId + ":0";
    }
    return clientId;
  }

  private static String label(UIComponent veld) {
    Object label = veld instanceof UIInput ? veld.getAttributes().get("label") : null;
    return label == null ? "" : label.toString();
  }
}
