package nl.zvh.web.beveiliging;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.zvh.privacy.logboek.Toegangspunt;
import nl.zvh.privacy.logboek.Verzoekcontext;

/** Tells the processing log that this request came in through the portal, and from where. */
@WebFilter(urlPatterns = "*.xhtml")
public class VerzoekcontextFilter extends HttpFilter {

  @Inject private Verzoekcontext verzoekcontext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    verzoekcontext.vul(
        request.getHeader("traceparent"), Toegangspunt.PORTAAL, request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
