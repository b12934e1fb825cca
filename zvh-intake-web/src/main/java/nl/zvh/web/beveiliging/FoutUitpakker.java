package nl.zvh.web.beveiliging;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Faces wraps what goes wrong in layers of FacesException and ServletException, and the servlet
 * container only looks one layer deep to pick an error page. This filter hands the container the
 * real cause, so an expired view gets the "pagina verlopen" page rather than the general one.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class FoutUitpakker extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | FacesException | ELException e) {
      Throwable kern = kern(e);
      throw new ServletException(kern.getClass().getSimpleName(), kern);
    }
  }

  static Throwable kern(Throwable fout) {
    Throwable kern = fout;
    while ((kern instanceof ServletException
            || kern instanceof FacesException
            || kern instanceof ELException)
        && kern.getCause() != null) {
      kern = kern.getCause();
    }
    return kern;
  }
}
