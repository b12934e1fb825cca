package nl.zvh.web.gedeeld;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Keeps a page's view parameters (the case's {@code ?id=}, the tab, a filter) in the address its
 * forms post to. Without this a form posts to the bare page, so after any action the address bar
 * lost the case, and opening that address again showed an error instead of the case.
 */
public class AdresMetParameters extends ViewHandlerWrapper {

  private static final String OMLEIDING = AdresMetParameters.class.getName() + ".omleiding";

  public AdresMetParameters(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * A redirect names its own parameters (a form that moves to the next step of the same page, say);
   * Mojarra builds its address from the action URL, which must then not bring the current ones too,
   * or the address would carry both and the page would read the old ones.
   */
  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    context.getAttributes().put(OMLEIDING, Boolean.TRUE);
    try {
      return super.getRedirectURL(context, viewId, parameters, includeViewParams);
    } finally {
      context.getAttributes().remove(OMLEIDING);
    }
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String adres = super.getActionURL(context, viewId);
    UIViewRoot view = context.getViewRoot();
    if (view == null
        || !viewId.equals(view.getViewId())
        || adres.contains("?")
        || context.getAttributes().containsKey(OMLEIDING)) {
      return adres;
    }
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
      String waarde = parameter.getStringValue(context);
      if (waarde != null && !waarde.isEmpty()) {
        query.add(codeer(parameter.getName()) + "=" + codeer(waarde));
      }
    }
    return adres + query;
  }

  private static String codeer(String tekst) {
    return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
  }
}
