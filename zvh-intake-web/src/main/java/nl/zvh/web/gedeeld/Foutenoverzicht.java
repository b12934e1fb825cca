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

  /**
   * The field messages, gathered once when the page is rendered. Earlier phases ask too (the
   * summary's {@code rendered} while a form is decoded): they get what is there so far, and the
   * list is not kept, so messages that validation or the action add later still show.
   */
  public List<Fout> getFouten() {
    if (facesContext.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return verzamel(false);
    }
    if (fouten == null) {
      fouten = verzamel(true);
    }
    return fouten;
  }

  private List<Fout> verzamel(boolean metVelden) {
    List<Fout> gevonden = new ArrayList<>();
    Iterator<String> ids = facesContext.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      String[] doelEnLabel = metVelden ? veld(clientId) : new String[] {clientId, ""};
      facesContext
          .getMessageList(clientId)
          .forEach(
              m -> {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                  gevonden.add(new Fout(doelEnLabel[0], doelEnLabel[1], m.getSummary()));
                }
              });
    }
    return List.copyOf(gevonden);
  }

  /**
   * The element to focus and the label of the field with this client id. Looked up with
   * invokeOnComponent, so that a field in a repeated row (a betrokkene, an agenda item) is found in
   * its row, with its row's client ids.
   */
  private String[] veld(String clientId) {
    String[] doelEnLabel = {clientId, ""};
    try {
      facesContext
          .getViewRoot()
          .invokeOnComponent(
              facesContext,
              clientId,
              (context, veld) -> {
                doelEnLabel[0] = doel(clientId, veld);
                doelEnLabel[1] = label(veld);
              });
    } catch (RuntimeException nietTeVinden) {
      // The message stays in the summary, with the client id as its address and without a label.
    }
    return doelEnLabel;
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
