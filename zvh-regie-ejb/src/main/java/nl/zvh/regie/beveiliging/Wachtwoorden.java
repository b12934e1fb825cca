package nl.zvh.regie.beveiliging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;

/**
 * Hashes passwords with Jakarta Security's PBKDF2, with the same parameters the identity store
 * uses. Each hash carries its own algorithm, iterations and salt, so raising the iterations later
 * keeps existing passwords valid.
 */
@ApplicationScoped
public class Wachtwoorden {

  public static final int MINIMALE_LENGTE = 12;
  public static final int MAXIMALE_LENGTE = 128;

  /** PBKDF2-HMAC-SHA512 with 210 000 iterations (OWASP's advice for this algorithm). */
  public static final String ALGORITME = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";

  public static final String ITERATIES = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String ZOUT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String SLEUTEL = "Pbkdf2PasswordHash.KeySizeBytes=64";

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configureer() {
    pbkdf2.initialize(
        Map.of(
            parameter(ALGORITME), waarde(ALGORITME),
            parameter(ITERATIES), waarde(ITERATIES),
            parameter(ZOUT), waarde(ZOUT),
            parameter(SLEUTEL), waarde(SLEUTEL)));
  }

  /** Checks the password policy and returns the hash to store. */
  public String hash(String wachtwoord) {
    controleerBeleid(wachtwoord);
    return pbkdf2.generate(wachtwoord.toCharArray());
  }

  /** A hash without the policy check: for a stand-in that is never a real password. */
  String hashZonderBeleid(String wachtwoord) {
    return pbkdf2.generate(wachtwoord.toCharArray());
  }

  /** Whether the password matches the stored hash (a slow check, by design). */
  public boolean klopt(String wachtwoord, String hash) {
    return pbkdf2.verify(wachtwoord.toCharArray(), hash);
  }

  /**
   * The password policy as NIST SP 800-63B advises it: a length, and not a password that is known
   * to be common (no composition rules). A common word with digits or marks added at the end
   * ({@code Welkom2026!}) counts as that word.
   */
  public static void controleerBeleid(String wachtwoord) {
    DomeinRegelGeschonden.vereis(
        wachtwoord != null
            && wachtwoord.length() >= MINIMALE_LENGTE
            && wachtwoord.length() <= MAXIMALE_LENGTE
            && !wachtwoord.isBlank(),
        "wachtwoord",
        "Een wachtwoord heeft 12 tot 128 tekens.");
    DomeinRegelGeschonden.vereis(
        !Veelgebruiktewachtwoorden.bevat(wachtwoord),
        "wachtwoord",
        "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden. Kies een ander, bijvoorbeeld"
            + " een zin van een paar woorden.");
  }

  private static String parameter(String instelling) {
    return instelling.substring(0, instelling.indexOf('='));
  }

  private static String waarde(String instelling) {
    return instelling.substring(instelling.indexOf('=') + 1);
  }
}
