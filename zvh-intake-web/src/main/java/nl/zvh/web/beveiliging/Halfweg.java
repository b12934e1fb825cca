package nl.zvh.web.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import nl.zvh.domain.model.gebruiker.Rol;

/**
 * A login between its two steps, kept in the session: the password was right, the second factor is
 * still to come. It grants nothing (the session has no caller yet) and lapses after five minutes.
 * {@code nieuwGeheim} is the TOTP secret offered for enrolment when the account has none; it is
 * stored only once a code from the app proves the app has it.
 */
public record Halfweg(String gebruikersnaam, Rol rol, Instant sinds, String nieuwGeheim)
    implements Serializable {

  static final String SESSIE = "zvh.inloggen.halfweg";
  static final Duration GELDIG = Duration.ofMinutes(5);

  /**
   * Keeps this login half-way in a fresh session (a new id, nothing else in it). Soteria marks a
   * session in which {@code SecurityContext.authenticate} began a login and keeps the mark until a
   * login succeeds; with the mark every later request to a protected page of that session would get
   * an empty answer instead of the way to the login page.
   */
  void bewaarInNieuweSessie(HttpServletRequest request) {
    HttpSession oud = request.getSession(false);
    if (oud != null) {
      oud.invalidate();
    }
    request.getSession(true).setAttribute(SESSIE, this);
  }

  boolean isVerlopen(Instant nu) {
    return nu.isAfter(sinds.plus(GELDIG));
  }

  boolean isInschrijving() {
    return nieuwGeheim != null;
  }
}
