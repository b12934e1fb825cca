package nl.zvh.web.beveiliging;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Ends the session of a user whose account was deactivated (or removed) while logged in: the next
 * page they ask for is the login page, not the rest of their session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ActieveGebruikerFilter extends HttpFilter {

  @Inject private HuidigeGebruiker huidigeGebruiker;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && huidigeGebruiker.actor().isEmpty()) {
      request.logout();
      HttpSession sessie = request.getSession(false);
      if (sessie != null) {
        sessie.invalidate();
      }
      response.sendRedirect(request.getContextPath() + Startpagina.INLOGGEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
