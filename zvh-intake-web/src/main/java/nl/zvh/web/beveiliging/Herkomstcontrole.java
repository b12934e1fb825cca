package nl.zvh.web.beveiliging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No forged requests: a request that changes state must come from the portal's own pages.
 *
 * <ul>
 *   <li>POST, PUT, PATCH and DELETE to a page: the {@code Origin} header must be the portal's own
 *       origin; without {@code Origin} the {@code Referer} must lie on it; with neither the request
 *       is refused (a browser always sends one of them on a POST: the portal's Referrer-Policy
 *       {@code same-origin} keeps both for its own pages).
 *   <li>The same methods under {@code /api/}: partner systems send neither header, and the API is
 *       authenticated by a header, not by a cookie a browser adds by itself, so only an {@code
 *       Origin} that is present and foreign is refused (a page on another site calling the API from
 *       a user's browser).
 *   <li>GET and HEAD never change state. Faces would take a GET that carries {@code
 *       jakarta.faces.ViewState} as a postback and run the button's action; such a request is
 *       refused. The pages' own GET work was reviewed (every {@code f:viewAction} and {@code
 *       f:viewParam}, issue 14): they only read, and log the read. One read leaves a mark: opening
 *       a case's message thread notes up to where this user has read it, as any mail client does;
 *       that is the consequence of the user seeing the messages, not an action of its own, and with
 *       {@code SameSite=Lax} a request that another site's page makes in the background (an image,
 *       a fetch) carries no session cookie, so it cannot mark anything read unseen.
 * </ul>
 *
 * The portal's own origin is scheme, host and port as the request came in, or the public address of
 * the portal ({@code zvh.portaal.url}, environment {@code ZVH_PORTAAL_URL}) behind a proxy that
 * does not pass the original host on. A refused request gets 403: the Dutch 403 page, or
 * problem+json under {@code /api/}.
 *
 * <p>Why no per-session token besides this check. Faces' view state is bound to the session and
 * with server-side state saving (the default, kept here) it is an unguessable id; a replayed POST
 * within the same session is accepted, as Faces always does: the attacker's finding was that a
 * foreign site could make the user's browser send it. That is what the origin check closes, for
 * every form including PrimeFaces' ajax posts (which Faces 4's {@code protected-views} do not
 * cover: those protect GETs only). Current browsers send {@code Origin} on every POST, and the
 * session cookie is {@code SameSite=Lax} as a second line (a cross-site POST carries no session
 * cookie). A synchronizer token would add nothing against a forged cross-site request that these
 * two do not already stop, and it would break every open tab after a redeploy. The login form,
 * which has no session yet, gets its own token from the login page (PortaalAuthenticatie /
 * Inloggen).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Herkomstcontrole extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(Herkomstcontrole.class.getName());

  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String FOUTPAGINA = "/WEB-INF/errorpages/403.xhtml";
  private static final Set<String> WIJZIGEND = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** The portal's public origin when configured (behind a proxy), else empty. */
  private Optional<String> publiekeHerkomst = Optional.empty();

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    publiekeHerkomst =
        ConfigProvider.getConfig()
            .getOptionalValue("zvh.portaal.url", String.class)
            .flatMap(Herkomstcontrole::herkomst);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> weigering = weigering(request, publiekeHerkomst);
    if (weigering.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Geweigerd ("
                + weigering.get()
                + "): "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " van "
                + request.getRemoteAddr()
                + ", Origin "
                + request.getHeader("Origin"));
    weiger(request, response);
  }

  /** Why the request is refused, or empty when it may go on. */
  static Optional<String> weigering(HttpServletRequest request, Optional<String> publiek) {
    String methode = request.getMethod().toUpperCase(Locale.ROOT);
    if (methode.equals("GET") || methode.equals("HEAD")) {
      return heeftViewState(request.getQueryString())
          ? Optional.of("view state in een GET")
          : Optional.empty();
    }
    if (!WIJZIGEND.contains(methode)) {
      return Optional.empty();
    }
    String origin = request.getHeader("Origin");
    String eigen = eigenHerkomst(request);
    if (origin != null) {
      return isEigen(origin, eigen, publiek) ? Optional.empty() : Optional.of("vreemde Origin");
    }
    if (isApi(request)) {
      return Optional.empty();
    }
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return Optional.of("geen Origin en geen Referer");
    }
    return herkomst(referer).filter(h -> isEigen(h, eigen, publiek)).isPresent()
        ? Optional.empty()
        : Optional.of("vreemde Referer");
  }

  private static boolean isEigen(String herkomst, String eigen, Optional<String> publiek) {
    Optional<String> genormaliseerd = herkomst(herkomst);
    return genormaliseerd.isPresent()
        && (genormaliseerd.get().equals(eigen) || genormaliseerd.equals(publiek));
  }

  /** Scheme, host and port as the request came in (the default port left out). */
  static String eigenHerkomst(HttpServletRequest request) {
    return herkomst(request.getScheme(), request.getServerName(), request.getServerPort());
  }

  /**
   * The origin of an address ({@code scheme://host[:port]}, lower case, the default port left out);
   * empty for {@code null} (the Origin of a privacy-sensitive context) or anything unreadable.
   */
  static Optional<String> herkomst(String adres) {
    try {
      URI uri = new URI(adres.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(herkomst(uri.getScheme(), uri.getHost(), uri.getPort()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String herkomst(String schema, String host, int poort) {
    String s = schema.toLowerCase(Locale.ROOT);
    boolean standaard =
        poort < 0 || (s.equals("http") && poort == 80) || (s.equals("https") && poort == 443);
    return s + "://" + host.toLowerCase(Locale.ROOT) + (standaard ? "" : ":" + poort);
  }

  static boolean heeftViewState(String queryString) {
    if (queryString == null) {
      return false;
    }
    for (String paar : queryString.split("&")) {
      String naam = paar.split("=", 2)[0];
      String gedecodeerd;
      try {
        gedecodeerd = java.net.URLDecoder.decode(naam, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        gedecodeerd = naam;
      }
      if (gedecodeerd.endsWith(VIEW_STATE)) {
        return true;
      }
    }
    return false;
  }

  static boolean isApi(HttpServletRequest request) {
    return PortaalAuthenticatie.isApi(request);
  }

  /**
   * 403. Under /api/ as problem+json. A page gets the Dutch 403 page, rendered as for a GET without
   * the posted form: the posted view state would otherwise make Faces try to restore it on the
   * error page.
   */
  private static void weiger(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    ResourceBundle teksten =
        ResourceBundle.getBundle("nl.zvh.web.teksten", Locale.forLanguageTag("nl"));
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (isApi(request)) {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + json(teksten.getString("herkomst.geweigerd.titel"))
                  + "\",\"status\":403,\"detail\":\""
                  + json(teksten.getString("herkomst.geweigerd.tekst"))
                  + "\"}");
      return;
    }
    request.getRequestDispatcher(FOUTPAGINA).forward(new AlsLegeGet(request), response);
  }

  private static String json(String tekst) {
    return tekst.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** The refused request as a GET without parameters, for rendering the error page. */
  static final class AlsLegeGet extends HttpServletRequestWrapper {

    AlsLegeGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String naam) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String naam) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
