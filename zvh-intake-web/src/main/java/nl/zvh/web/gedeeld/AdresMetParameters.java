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
import java.util.function.Supplier;

/**
 * Keeps a page's view parameters (the case's {@code ?id=}, the tab, a filter) in the address its
 * forms post to; links and redirects name their own parameters and are left alone. Without this a
 * form posts to the bare page, so after any action the address bar lost the case, and opening that
 * address again showed an error instead of the case.
 */
public class AdresMetParameters extends ViewHandlerWrapper {

  /** Set while a link or redirect is built: those name their own parameters. */
  private static final String EIGEN_PARAMETERS = AdresMetParameters.class.getName();

  public AdresMetParameters(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return metEigenParameters(
        context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return metEigenParameters(
        context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String adres = super.getActionURL(context, viewId);
    UIViewRoot view = context.getViewRoot();
    if (view == null
        || !viewId.equals(view.getViewId())
        || adres.contains("?")
        || context.getAttributes().containsKey(EIGEN_PARAMETERS)) {
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

  private static String metEigenParameters(FacesContext context, Supplier<String> adres) {
    context.getAttributes().put(EIGEN_PARAMETERS, Boolean.TRUE);
    try {
      return adres.get();
    } finally {
      context.getAttributes().remove(EIGEN_PARAMETERS);
    }
  }

  private static String codeer(String tekst) {
    return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
  }
}
