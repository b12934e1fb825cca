package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import nl.zvh.regie.beveiliging.Sleutelcontrole;
import nl.zvh.regie.beveiliging.Systeemprincipal;

/**
 * How a partner system proves who it is under {@code /api/}: a koppeling's key on every request
 * ({@code Authorization: Bearer zvh_<id>_<geheim>}), checked in microseconds (a lookup by the key's
 * id, SHA-256, a constant-time comparison; see {@link Sleutelcontrole}). A person's password (HTTP
 * Basic) and the portal's session cookie are not accepted. Without a valid key the request stays
 * anonymous and {@link ApiVerzoekFilter} answers 401 with a problem detail that says why.
 *
 * <p>Called for {@code /api/} before any other part of the portal's mechanism (see {@link
 * ApiZonderSessieInterceptor}), so the API never restores nor registers an HTTP session.
 */
@ApplicationScoped
public class ApiAuthenticatie {

  /** Request attribute: the caller name of the system this request's key belongs to. */
  static final String SYSTEEM = ApiAuthenticatie.class.getName() + ".systeem";

  /** Request attribute: why this request has no system ({@link Weigering}). */
  static final String WEIGERING = ApiAuthenticatie.class.getName() + ".weigering";

  /** Why an API request is not authenticated. */
  enum Weigering {
    GEEN_SLEUTEL,
    BASIC,
    ONGELDIGE_SLEUTEL,
    SESSIE
  }

  static final String API = "/api/";

  @Inject private Sleutelcontrole sleutelcontrole;

  /** Whether the request is for the API (its own authentication, no session). */
  static boolean isApi(HttpServletRequest request) {
    String pad = request.getRequestURI();
    String context = request.getContextPath();
    return pad.startsWith(context + API) || pad.equals(context + "/api");
  }

  public AuthenticationStatus valideer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      request.setAttribute(WEIGERING, Weigering.GEEN_SLEUTEL);
      return context.doNothing();
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      request.setAttribute(WEIGERING, Weigering.BASIC);
      return context.doNothing();
    }
    Optional<Systeemprincipal> systeem = sleutelcontrole.controleer(header);
    if (systeem.isEmpty()) {
      request.setAttribute(WEIGERING, Weigering.ONGELDIGE_SLEUTEL);
      return context.doNothing();
    }
    request.setAttribute(SYSTEEM, systeem.get().getName());
    return context.notifyContainerAboutLogin(systeem.get(), Set.of(systeem.get().rol().name()));
  }
}
