package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The login form's own token against forged logins (a foreign site logging the victim in to an
 * account of the attacker's). The login page is stateless, so the token is a double-submit: a
 * random value in a {@code SameSite=Strict} cookie and the same value in the form. A foreign site
 * can neither read the cookie nor make the browser send it along, so it cannot post a login that
 * passes; a post without a prior visit to the login page does not pass either.
 */
@Named
@RequestScoped
public class Inlogtoken {

  static final String COOKIE = "zvh-inlog";
  static final String VELD = "inlogtoken";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private HttpServletRequest request;
  @Inject private ExternalContext externalContext;

  private String waarde;

  /** The token for the form: the browser's own, or a new one set as a cookie now. */
  public String getWaarde() {
    if (waarde == null) {
      waarde = uitCookie().orElseGet(this::nieuw);
    }
    return waarde;
  }

  /** Whether the posted form carries the token of this browser's cookie. */
  boolean klopt() {
    String gepost = request.getParameter(VELD);
    return gepost != null
        && uitCookie()
            .map(
                cookie ->
                    MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII),
                        gepost.getBytes(StandardCharsets.US_ASCII)))
            .orElse(false);
  }

  private Optional<String> uitCookie() {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v.matches("[A-Za-z0-9_-]{43}"))
        .findFirst();
  }

  private String nieuw() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String nieuw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, nieuw);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setAttribute("SameSite", "Strict");
    ((HttpServletResponse) externalContext.getResponse()).addCookie(cookie);
    return nieuw;
  }
}
