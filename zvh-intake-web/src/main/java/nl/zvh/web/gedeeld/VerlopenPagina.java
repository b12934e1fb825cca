package nl.zvh.web.gedeeld;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Shows the "pagina verlopen" page when a form is posted to a view that no longer exists. A web.xml
 * error page cannot do this for a POST: the error dispatch carries the stale view state along and
 * fails again. So Faces renders the page itself, in the same request.
 *
 * <p>The same for a posted view state that cannot be restored at all: {@code stateless} sent to a
 * page that keeps state, or a tampered value. Mojarra then throws a bare {@code FacesException}
 * ("Unable to restore view") in the restore-view phase of the postback, which would be a 500; to
 * the user it is the same as an expired page (the form they have is not one the portal knows).
 */
public class VerlopenPagina extends ExceptionHandlerFactory {

  static final String PAGINA = "/WEB-INF/errorpages/verlopen.xhtml";
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final Logger LOG = Logger.getLogger(VerlopenPagina.class.getName());

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
        ExceptionQueuedEventContext gebeurtenis = gebeurtenissen.next().getContext();
        Throwable fout = gebeurtenis.getException();
        if (isVerlopen(fout) || isNietHerstelbaar(gebeurtenis)) {
          if (!isVerlopen(fout)) {
            LOG.info(() -> "Verzonden paginastatus niet te herstellen, pagina verlopen: " + fout);
          }
          gebeurtenissen.remove();
          FacesContext context = FacesContext.getCurrentInstance();
          UIViewRoot pagina = context.getApplication().getViewHandler().createView(context, PAGINA);
          context.setViewRoot(pagina);
          context.renderResponse();
        }
      }
      getWrapped().handle();
    }

    /** A postback whose view state the restore-view phase could not restore. */
    private static boolean isNietHerstelbaar(ExceptionQueuedEventContext gebeurtenis) {
      FacesContext context = gebeurtenis.getContext();
      return PhaseId.RESTORE_VIEW.equals(gebeurtenis.getPhaseId())
          && context != null
          && context.getExternalContext().getRequestParameterMap().containsKey(VIEW_STATE)
          && gebeurtenis.getException() instanceof FacesException;
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
