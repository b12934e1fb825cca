package nl.zvh.web.beveiliging;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The pages outside the login (the login page and the error pages) keep no state and give an
 * anonymous visitor no HTTP session. Their template says {@code transient="true"}, but Faces learns
 * that only while it builds the page; PrimeFaces' CSP mode asks earlier (before rendering, for the
 * nonce) and, for a view not yet known to be transient, keeps the nonce in the view map, which
 * creates a session for every anonymous visitor. So these views are transient from the start.
 *
 * <p>If the login page comes to keep state (a token in the view), take it out of {@link #isKaal}.
 */
public class StaatlozePaginas extends ViewHandlerWrapper {

  public StaatlozePaginas(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && isKaal(viewId)) {
      view.setTransient(true);
    }
    return view;
  }

  static boolean isKaal(String viewId) {
    return viewId != null
        && (viewId.equals(Startpagina.INLOGGEN) || viewId.startsWith("/WEB-INF/errorpages/"));
  }
}
