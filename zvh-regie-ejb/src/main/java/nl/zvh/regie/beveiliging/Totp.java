package nl.zvh.regie.beveiliging;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * steps of 30 seconds, the secret in Base32. A code of the step before or after now is accepted
 * too, for clocks that are slightly off.
 */
public final class Totp {

  public static final Duration STAP = Duration.ofSeconds(30);

  /** 160 bits, the length RFC 4226 recommends; 32 characters in Base32. */
  private static final int GEHEIM_BYTES = 20;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret, in Base32. */
  public static String nieuwGeheim() {
    byte[] geheim = new byte[GEHEIM_BYTES];
    RANDOM.nextBytes(geheim);
    return base32(geheim);
  }

  /** The number of the 30-second step that contains this moment. */
  public static long tijdstap(Instant moment) {
    return moment.getEpochSecond() / STAP.getSeconds();
  }

  /** The six-digit code of a step. */
  public static String code(String geheim, long tijdstap) {
    try {
      return new TimeBasedOneTimePasswordGenerator(STAP)
          .generateOneTimePasswordString(
              new SecretKeySpec(uitBase32(geheim), "HmacSHA1"),
              Instant.ofEpochSecond(tijdstap * STAP.getSeconds()),
              Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("Ongeldig TOTP-geheim", e);
    }
  }

  /**
   * The step (now, or one before or after) whose code this is; empty when none matches. All three
   * are compared, in constant time, so the time taken says nothing about which one matched.
   */
  public static OptionalLong stapVan(String geheim, String code, Instant nu) {
    byte[] gegeven = code.getBytes(StandardCharsets.US_ASCII);
    long nuStap = tijdstap(nu);
    OptionalLong gevonden = OptionalLong.empty();
    for (long stap = nuStap - 1; stap <= nuStap + 1; stap++) {
      if (MessageDigest.isEqual(code(geheim, stap).getBytes(StandardCharsets.US_ASCII), gegeven)
          && gevonden.isEmpty()) {
        gevonden = OptionalLong.of(stap);
      }
    }
    return gevonden;
  }

  /**
   * The {@code otpauth://} address an authenticator app reads from the QR code (the de facto format
   * of Google Authenticator's key URI). It holds the secret: it goes into the page's QR code only,
   * never into a URL the browser requests.
   */
  public static String otpauth(String uitgever, String account, String geheim) {
    String label = encode(uitgever) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + geheim
        + "&issuer="
        + encode(uitgever)
        + "&algorithm=SHA1&digits=6&period="
        + STAP.getSeconds();
  }

  /** The secret in groups of four, easier to type into an app that cannot scan. */
  public static String leesbaar(String geheim) {
    return geheim.replaceAll("(.{4})(?!$)", "$1 ");
  }

  private static String encode(String tekst) {
    return URLEncoder.encode(tekst, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String base32(byte[] bytes) {
    StringBuilder tekst = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        tekst.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      tekst.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return tekst.toString();
  }

  static byte[] uitBase32(String tekst) {
    String schoon = tekst.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    byte[] bytes = new byte[schoon.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int i = 0;
    for (char teken : schoon.toCharArray()) {
      int waarde = BASE32.indexOf(teken);
      if (waarde < 0) {
        throw new IllegalArgumentException("Geen Base32: " + teken);
      }
      buffer = (buffer << 5) | waarde;
      bits += 5;
      if (bits >= 8) {
        bytes[i++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return bytes;
  }
}
