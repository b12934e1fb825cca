package nl.zvh.regie.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: for the day the phone is lost. Each is ten random Base32 characters (50 bits),
 * written as two groups of five; it is stored as a SHA-256 hash (a random code of that length needs
 * no slow hash: there is nothing to guess from a dictionary) and works once.
 */
public final class Herstelcodes {

  public static final int AANTAL = 10;

  private static final String TEKENS = "abcdefghijklmnopqrstuvwxyz234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Herstelcodes() {}

  /** New codes, as the user sees them (for example {@code k3x9p-w2mvq}). */
  public static List<String> nieuw() {
    List<String> codes = new ArrayList<>(AANTAL);
    for (int i = 0; i < AANTAL; i++) {
      StringBuilder code = new StringBuilder(11);
      for (int j = 0; j < 10; j++) {
        if (j == 5) {
          code.append('-');
        }
        code.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Whether this typed text has the shape of a recovery code (dash, spaces and case aside). */
  public static boolean lijktOpHerstelcode(String getypt) {
    return normaliseer(getypt).matches("[a-z2-7]{10}");
  }

  /** The hash stored for a code, of the code as typed in any case, with or without the dash. */
  public static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normaliseer(code).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String normaliseer(String getypt) {
    return getypt.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
