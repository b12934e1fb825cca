package nl.zvh.web.beveiliging;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: pages, files, the API (every status), the application's error
 * pages and the container's own. Pages hold personal data, so they are never cached and never
 * framed; static resources (under {@code /jakarta.faces.resource/}) may be cached by the browser.
 *
 * <p>The filter runs for every dispatch (also the ERROR dispatch to an error page and a FORWARD),
 * and {@link PortaalAuthenticatie} calls {@link #zet} before anything else, so that a 401 or 403
 * the container sends before any filter runs (a wrong credential, a security constraint) has them
 * too.
 *
 * <p>Content-Security-Policy: every response gets the strict {@link #CSP_STRIKT} (a file, JSON, a
 * container page: nothing to load, nothing to run, never in a frame). A page rendered by Faces gets
 * the page policy instead: PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) writes a nonce
 * on every script it renders, moves inline event handlers into such scripts, and adds the header
 * with {@code primefaces.CSP_POLICY} (= {@link #CSP_PAGINA}) followed by {@code 'nonce-…'}. The
 * response wrapper makes that header replace the strict one, so a response always carries ONE
 * policy. Styles may be inline ({@code 'unsafe-inline'} for style-src only): PrimeFaces' widgets
 * and Chart.js set style attributes; scripts never run inline without the nonce, and never through
 * eval. {@code 'strict-dynamic'}: a script that a trusted (nonce'd) script adds to the page may run
 * too; Faces' own ajax adds the scripts of an update that way, without copying the nonce. Markup
 * injected into a page still runs nothing: an inline handler or a script tag in it has no nonce.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class BeveiligingsHeaders extends HttpFilter {

  static final String CSP = "Content-Security-Policy";

  /** For everything that is not a page: no content of its own may load or run, no framing. */
  public static final String CSP_STRIKT =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * The policy of a page; PrimeFaces appends {@code 'nonce-…';} to it, so script-src comes last.
   * The same text is the value of {@code primefaces.CSP_POLICY} in web.xml (a unit test checks).
   */
  public static final String CSP_PAGINA =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self' 'strict-dynamic'";

  /**
   * Same-origin: the portal's own form posts carry a Referer and a real {@code Origin} (with {@code
   * no-referrer} a browser sends {@code Origin: null} even on a same-origin POST, and the origin
   * check of {@link Herkomstcontrole} could not tell it from a forged one); another site learns
   * nothing, not even that the visitor came from the portal.
   */
  static final String REFERRER_POLICY = "same-origin";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    zet(request, response);
    chain.doFilter(request, new EenBeleid(response));
  }

  /** Puts the headers on the response (as long as it is not committed). */
  public static void zet(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", REFERRER_POLICY);
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader(CSP, CSP_STRIKT);
    if (!isStatischeBron(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    // Only what the container knows: TLS on this connection (or a listener configured to trust
    // the proxy's scheme). Plain HTTP on loopback (the demo) never gets it.
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }

  static boolean isStatischeBron(HttpServletRequest request) {
    return request.getRequestURI().contains("/jakarta.faces.resource/");
  }

  /**
   * A response on which a Content-Security-Policy set later (by PrimeFaces, with its nonce)
   * replaces the one set before, instead of being added as a second policy that the browser would
   * enforce as well.
   */
  static final class EenBeleid extends HttpServletResponseWrapper {

    EenBeleid(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String naam, String waarde) {
      if (CSP.equalsIgnoreCase(naam)) {
        super.setHeader(naam, waarde);
      } else {
        super.addHeader(naam, waarde);
      }
    }
  }
}
