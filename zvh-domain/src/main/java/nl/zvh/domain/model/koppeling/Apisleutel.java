package nl.zvh.domain.model.koppeling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key as a system sends it: {@code zvh_<sleutel-id>_<geheim>}, in the header {@code
 * Authorization: Bearer <sleutel>}. The id is public (it finds the koppeling, and may appear in
 * logs); the secret is 256 random bits in base64url (43 characters). Only SHA-256 of the secret is
 * stored: for a secret with that much entropy a fast hash is right (a slow password hash would only
 * cost CPU on every request), and the stored hash is compared in constant time.
 */
public record Apisleutel(String sleutelId, String geheim) {

  public static final String VOORVOEGSEL = "zvh_";

  /** Lowercase letters and digits: never the separator {@code _}. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]{8,32}");

  /** 256 bits in base64url without padding. */
  public static final Pattern GEHEIM = Pattern.compile("[A-Za-z0-9_-]{43}");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  public Apisleutel {
    if (sleutelId == null || !ID.matcher(sleutelId).matches()) {
      throw new IllegalArgumentException("Ongeldig sleutel-id");
    }
    if (geheim == null || !GEHEIM.matcher(geheim).matches()) {
      throw new IllegalArgumentException("Ongeldig geheim");
    }
  }

  /** A new key: 64 random bits of id (hex), 256 random bits of secret. */
  public static Apisleutel nieuw() {
    byte[] id = new byte[8];
    byte[] geheim = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(geheim);
    return new Apisleutel(
        HEX.formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(geheim));
  }

  /**
   * The key in a header value ({@code Bearer zvh_<id>_<geheim>}, the scheme case-insensitive), or
   * empty when it has any other form. Never throws: this runs on every API request.
   */
  public static Optional<Apisleutel> uitHeader(String header) {
    if (header == null
        || header.length() > 200
        || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return ontleed(header.substring(7).strip());
  }

  /** The key from its text form, or empty when it has any other form. */
  public static Optional<Apisleutel> ontleed(String tekst) {
    if (tekst == null || !tekst.startsWith(VOORVOEGSEL)) {
      return Optional.empty();
    }
    int scheiding = tekst.indexOf('_', VOORVOEGSEL.length());
    if (scheiding < 0) {
      return Optional.empty();
    }
    String id = tekst.substring(VOORVOEGSEL.length(), scheiding);
    String geheim = tekst.substring(scheiding + 1);
    if (!ID.matcher(id).matches() || !GEHEIM.matcher(geheim).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Apisleutel(id, geheim));
  }

  /** The text form a system sends; shown to the BEHEERDER once, never stored. */
  public String tekst() {
    return VOORVOEGSEL + sleutelId + "_" + geheim;
  }

  /** SHA-256 of the secret, hex: what is stored. */
  public String hash() {
    return HEX.formatHex(sha256(geheim));
  }

  /** Whether this key's secret has the stored hash; compared in constant time. */
  public boolean past(String opgeslagenHash) {
    if (opgeslagenHash == null || opgeslagenHash.length() != 64) {
      return false;
    }
    byte[] verwacht;
    try {
      verwacht = HEX.parseHex(opgeslagenHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(verwacht, sha256(geheim));
  }

  private static byte[] sha256(String tekst) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 ontbreekt", e);
    }
  }

  /** Never the secret in a log or a stack trace. */
  @Override
  public String toString() {
    return VOORVOEGSEL + sleutelId + "_…";
  }
}
