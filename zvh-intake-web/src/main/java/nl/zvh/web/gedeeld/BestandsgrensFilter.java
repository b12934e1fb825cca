package nl.zvh.web.gedeeld;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A form whose file exceeds the multipart limit of web.xml fails while Faces reads its parameters,
 * before any page code runs, and would end on the 500 page. This filter reads the parts first; when
 * they are too large (one file above 20 MB or the whole form above 21 MB) nothing is processed and
 * the user goes back to the page, which says why. The browser normally refuses such a file before
 * sending it (bestand.js); this is the server's check.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class BestandsgrensFilter extends HttpFilter {

  /** The query parameter by which the page shows the message (see the meldingen tag). */
  public static final String TE_GROOT = "fout=bestand-te-groot";

  private static final Logger LOG = Logger.getLogger(BestandsgrensFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMultipart(request)) {
      // The parts become parameters now, before Faces runs: in UTF-8, by web.xml.
      try {
        request.getParts();
      } catch (IOException | ServletException | IllegalStateException teGroot) {
        String pagina = request.getContextPath() + request.getServletPath();
        LOG.info(() -> "Formulier met te groot bestand geweigerd: " + pagina);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", pagina + "?" + query(request.getQueryString()));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The page's own query (which names the case or step) with the message; once. */
  private static String query(String eigen) {
    if (eigen == null || eigen.isEmpty()) {
      return TE_GROOT;
    }
    return Arrays.stream(eigen.split("&"))
            .filter(deel -> !deel.equals(TE_GROOT))
            .map(deel -> deel + "&")
            .collect(Collectors.joining())
        + TE_GROOT;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }
}
