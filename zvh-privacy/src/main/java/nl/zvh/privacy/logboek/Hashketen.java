package nl.zvh.privacy.logboek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a record's fields and the previous record's hash: the chain of the log. */
final class Hashketen {

  /** The "previous hash" of the first record. */
  static final String BEGIN = "0".repeat(64);

  private Hashketen() {}

  static String hash(Verwerkingsregel regel) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(regel.canoniek().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
    }
  }
}
