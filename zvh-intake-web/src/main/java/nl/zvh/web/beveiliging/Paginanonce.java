package nl.zvh.web.beveiliging;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A page posted without PrimeFaces' CSP nonce gets a fresh one from the server, instead of a 500.
 *
 * <p>In CSP mode PrimeFaces renders a postback with the nonce of the page that posted: the one it
 * kept in the view, or else the {@code primefaces.nonce} field its script adds to every form. A
 * page without PrimeFaces' script (the login page and the error pages, which keep no view either)
 * posts no such field, nor does a form whose view is gone (an expired or tampered view state,
 * rendered as the "pagina verlopen" page); PrimeFaces then throws "Missing CSP nonce" and the user
 * would see a 500, also on the error dispatch of that request. Such a full-page postback gets a
 * new, random nonce here, which is what a page that is rendered whole should have anyway; an ajax
 * request and a postback that has its nonce are left alone (PrimeFaces checks those against the
 * view's).
 */
@WebFilter(
    urlPatterns = "*.xhtml",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class Paginanonce extends HttpFilter {

  static final String NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The parameters are not read here: a multipart form is read by BestandsgrensFilter first,
    // which sends a form with too large a file back. The wrapper looks only when asked.
    if ("POST".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(new MetNonce(request, nieuweNonce()), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The form PrimeFaces accepts: a random UUID, Base64-encoded. */
  static String nieuweNonce() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The request with the nonce as a parameter when the form sent none. */
  static final class MetNonce extends HttpServletRequestWrapper {

    private final String nieuw;

    MetNonce(HttpServletRequest request, String nieuw) {
      super(request);
      this.nieuw = nieuw;
    }

    @Override
    public String getParameter(String naam) {
      String waarde = super.getParameter(naam);
      return waarde == null && NONCE.equals(naam) ? nieuw : waarde;
    }

    @Override
    public String[] getParameterValues(String naam) {
      String[] waarden = super.getParameterValues(naam);
      return waarden == null && NONCE.equals(naam) ? new String[] {nieuw} : waarden;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> eigen = super.getParameterMap();
      if (eigen.containsKey(NONCE)) {
        return eigen;
      }
      Map<String, String[]> parameters = new HashMap<>(eigen);
      parameters.put(NONCE, new String[] {nieuw});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
