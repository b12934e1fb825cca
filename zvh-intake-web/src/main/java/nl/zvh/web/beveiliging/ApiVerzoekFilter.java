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
import nl.zvh.privacy.logboek.Toegangspunt;
import nl.zvh.privacy.logboek.Verzoekcontext;

/**
 * API requests: the log notes them as coming in through the API, and they leave no HTTP session
 * behind (a partner system authenticates on every request; sessions would only pile up).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiVerzoekFilter extends HttpFilter {

  @Inject private Verzoekcontext verzoekcontext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    verzoekcontext.vul(request.getHeader("traceparent"), Toegangspunt.API, request.getRemoteAddr());
    response.setHeader("Cache-Control", "no-store");
    try {
      chain.doFilter(request, response);
    } finally {
      HttpSession sessie = request.getSession(false);
      if (sessie != null && sessie.isNew()) {
        sessie.invalidate();
      }
    }
  }
}
