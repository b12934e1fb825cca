package nl.zvh.regie.beveiliging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the TOTP secrets of accounts encrypted at rest (AES-256-GCM), so that a copy of the
 * database alone gives no second factors. The key is derived (HMAC-SHA256 with a label of its own)
 * from the portal's secret {@code zvh.privacy.pseudoniemsleutel}, which already comes from the
 * secret store: one secret to manage, two independent keys.
 *
 * <p>Stored form: {@code v1.} + base64url(nonce of 12 bytes, ciphertext with its 16-byte tag). The
 * account's id is bound in as associated data, so a secret copied to another account's row does not
 * decrypt. A value without the prefix is a secret stored before encryption (Base32) and is read as
 * it is; {@link Inlogdienst} encrypts it at its next use.
 */
final class Geheimslot {

  private static final String VERSIE = "v1.";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] LABEL = "zvh-tweede-factor-v1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec sleutel;

  Geheimslot(String portaalgeheim) {
    Objects.requireNonNull(portaalgeheim, "zvh.privacy.pseudoniemsleutel");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(portaalgeheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      this.sleutel = new SecretKeySpec(mac.doFinal(LABEL), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The secret of account {@code gebruikerId} as it is stored. */
  String sluit(String geheim, long gebruikerId) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, gebruikerId);
      byte[] versleuteld = cipher.doFinal(geheim.getBytes(StandardCharsets.US_ASCII));
      return VERSIE
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  ByteBuffer.allocate(NONCE + versleuteld.length)
                      .put(nonce)
                      .put(versleuteld)
                      .array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The secret from its stored form. Throws when it was tampered with, belongs to another account,
   * or was sealed with another key: a second factor that cannot be read must not silently pass.
   */
  String open(String opgeslagen, long gebruikerId) {
    if (!isGesloten(opgeslagen)) {
      return opgeslagen;
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(opgeslagen.substring(VERSIE.length()));
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE), gebruikerId);
      return new String(
          cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Het geheim van de tweede stap is niet te lezen", e);
    }
  }

  /** Whether a stored value is encrypted (and not a secret from before encryption). */
  static boolean isGesloten(String opgeslagen) {
    return opgeslagen.startsWith(VERSIE);
  }

  private Cipher cipher(int modus, byte[] nonce, long gebruikerId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(modus, sleutel, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(gebruikerId).array());
    return cipher;
  }
}
