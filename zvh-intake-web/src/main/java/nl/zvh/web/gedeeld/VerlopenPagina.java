package nl.zvh.web.gedeeld;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Shows the "pagina verlopen" page when a form is posted to a view that no longer exists. A web.xml
 * error page cannot do this for a POST: the error dispatch carries the stale view state along and
 * fails again. So Faces renders the page itself, in the same request.
 */
public class VerlopenPagina extends ExceptionHandlerFactory {

  static final String PAGINA = "/WEB-INF/errorpages/verlopen.xhtml";

  public VerlopenPagina(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> gebeurtenissen =
          getUnhandledExceptionQueuedEvents().iterator();
      while (gebeurtenissen.hasNext()) {
        Throwable fout = gebeurtenissen.next().getContext().getException();
        if (isVerlopen(fout)) {
          gebeurtenissen.remove();
          FacesContext context = FacesContext.getCurrentInstance();
          UIViewRoot pagina = context.getApplication().getViewHandler().createView(context, PAGINA);
          context.setViewRoot(pagina);
          context.renderResponse();
        }
      }
      getWrapped().handle();
    }

    private static boolean isVerlopen(Throwable fout) {
      for (Throwable t = fout; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }
  }
}
