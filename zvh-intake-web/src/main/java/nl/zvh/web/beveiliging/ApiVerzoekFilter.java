package nl.zvh.web.beveiliging;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zvh.privacy.logboek.Toegangspunt;
import nl.zvh.privacy.logboek.Verzoekcontext;
import nl.zvh.web.api.Probleemantwoord;

/**
 * The door of the API. Only a request with a valid key gets in ({@link ApiAuthenticatie}); any
 * other gets a 401 problem detail saying why (no key, HTTP Basic, a wrong or revoked key, or a
 * session cookie instead of a key). Every status, also one the container or a servlet sends with
 * {@code sendError}, and an exception that escapes, answers {@code application/problem+json}. The
 * API sets no cookie and leaves no HTTP session behind. The log notes the request as coming in
 * through the API.
 */
@WebFilter(urlPatterns = {"/api/*", "/api"})
public class ApiVerzoekFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ApiVerzoekFilter.class.getName());

  @Inject private Verzoekcontext verzoekcontext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    verzoekcontext.vul(request.getHeader("traceparent"), Toegangspunt.API, request.getRemoteAddr());
    // The security headers now: this filter may answer (401) before BeveiligingsHeaders has run,
    // the order of annotated filters being undefined.
    BeveiligingsHeaders.zet(request, response);
    ZonderCookies antwoord = new ZonderCookies(response, request.getRequestURI());
    try {
      if (request.getAttribute(ApiAuthenticatie.SYSTEEM) == null
          || request.getUserPrincipal() == null) {
        weiger(request, antwoord);
        return;
      }
      chain.doFilter(request, antwoord);
    } catch (IOException | ServletException | RuntimeException fout) {
      LOG.log(Level.SEVERE, "Onverwachte fout in de API", fout);
      if (!response.isCommitted()) {
        Probleemantwoord.schrijf(response, 500, null, request.getRequestURI());
      }
    } finally {
      HttpSession sessie = request.getSession(false);
      if (sessie != null && sessie.isNew()) {
        sessie.invalidate();
      }
    }
  }

  /** 401, with what the caller should do instead. */
  private static void weiger(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object reden = request.getAttribute(ApiAuthenticatie.WEIGERING);
    if ((reden == null || reden == ApiAuthenticatie.Weigering.GEEN_SLEUTEL)
        && (request.getUserPrincipal() != null || hasSessionCookie(request))) {
      reden = ApiAuthenticatie.Weigering.SESSIE;
    }
    String detail =
        switch (reden instanceof ApiAuthenticatie.Weigering w
            ? w
            : ApiAuthenticatie.Weigering.GEEN_SLEUTEL) {
          case BASIC ->
              "Het API aanvaardt geen gebruikersnaam en wachtwoord (HTTP Basic) meer. Vraag de"
                  + " beheerder van het portaal een API-sleutel voor uw systeem en stuur die mee:"
                  + " Authorization: Bearer zvh_<id>_<geheim>.";
          case ONGELDIGE_SLEUTEL ->
              "Deze API-sleutel is onbekend, ingetrokken of hoort bij een organisatie die geen"
                  + " convenantlid meer is. Vraag de beheerder van het portaal om een nieuwe.";
          case SESSIE ->
              "Het API aanvaardt geen sessiecookie van het portaal; stuur een API-sleutel mee:"
                  + " Authorization: Bearer zvh_<id>_<geheim>.";
          case GEEN_SLEUTEL ->
              "Stuur bij elk verzoek de API-sleutel van uw systeem mee:"
                  + " Authorization: Bearer zvh_<id>_<geheim>.";
        };
    response.setHeader("WWW-Authenticate", "Bearer realm=\"ZVH\"");
    Probleemantwoord.schrijf(response, 401, detail, request.getRequestURI());
  }

  private static boolean hasSessionCookie(HttpServletRequest request) {
    return request.getRequestedSessionId() != null;
  }

  /**
   * The API's response: no cookie of any kind, and an error sent with {@code sendError} (by the
   * container or a servlet) is written as a problem detail instead of the portal's HTML page.
   */
  static final class ZonderCookies extends HttpServletResponseWrapper {

    private final String instance;

    ZonderCookies(HttpServletResponse response, String instance) {
      super(response);
      this.instance = instance;
    }

    @Override
    public void addCookie(Cookie cookie) {
      // The API sets no cookie.
    }

    @Override
    public void addHeader(String naam, String waarde) {
      if (!"Set-Cookie".equalsIgnoreCase(naam)) {
        super.addHeader(naam, waarde);
      }
    }

    @Override
    public void setHeader(String naam, String waarde) {
      if (!"Set-Cookie".equalsIgnoreCase(naam)) {
        super.setHeader(naam, waarde);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String bericht) throws IOException {
      if (isCommitted()) {
        super.sendError(status, bericht);
        return;
      }
      Probleemantwoord.schrijf((HttpServletResponse) getResponse(), status, null, instance);
    }
  }
}
