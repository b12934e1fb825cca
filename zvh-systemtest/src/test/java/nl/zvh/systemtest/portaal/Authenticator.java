package nl.zvh.systemtest.portaal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.zvh.regie.beveiliging.Totp;
import nl.zvh.regie.infrastructuur.DemoGegevens;

/**
 * The tests' authenticator app: the TOTP codes of the demo accounts (the demo secret of the README)
 * and of accounts a test enrolled itself. The portal accepts each 30-second step once per account,
 * as an app would show it once; when a test logs in as the same account again within the same
 * steps, this waits for the next step rather than reuse a code.
 */
public final class Authenticator {

  private static final Map<String, String> GEHEIMEN = new ConcurrentHashMap<>();
  private static final Map<String, Long> LAATSTE_STAP = new ConcurrentHashMap<>();

  private Authenticator() {}

  /** Remembers the secret an account enrolled with (read from the enrolment page). */
  public static void voegToe(String gebruikersnaam, String geheim) {
    GEHEIMEN.put(gebruikersnaam, geheim.replace(" ", ""));
    LAATSTE_STAP.remove(gebruikersnaam);
  }

  /**
   * A code not used before for this account: of the current step or the next (the portal accepts
   * one step either side, so the next is safe also just before the step changes).
   */
  public static synchronized String code(String gebruikersnaam) {
    String geheim = GEHEIMEN.getOrDefault(gebruikersnaam, DemoGegevens.DEMO_TOTP_GEHEIM);
    long stap = Math.max(nu(), LAATSTE_STAP.getOrDefault(gebruikersnaam, Long.MIN_VALUE) + 1);
    while (stap > nu() + 1) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    LAATSTE_STAP.put(gebruikersnaam, stap);
    return Totp.code(geheim, stap);
  }

  /** The code this account last logged in with: for a test that a code works only once. */
  public static String vorigeCode(String gebruikersnaam) {
    return Totp.code(
        GEHEIMEN.getOrDefault(gebruikersnaam, DemoGegevens.DEMO_TOTP_GEHEIM),
        LAATSTE_STAP.get(gebruikersnaam));
  }

  private static long nu() {
    return Totp.tijdstap(Instant.now());
  }
}
