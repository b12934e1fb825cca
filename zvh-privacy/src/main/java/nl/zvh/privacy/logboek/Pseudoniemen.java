package nl.zvh.privacy.logboek;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for betrokkenen in the log: HMAC-SHA256 of the internal id under a secret key. The
 * same person always gets the same pseudonym (so an inzage report can find their records), and
 * without the key nobody can turn a pseudonym back into a person.
 */
public final class Pseudoniemen {

  private static final String ALGORITME = "HmacSHA256";
  private final SecretKeySpec sleutel;

  public Pseudoniemen(String geheim) {
    if (geheim == null || geheim.length() < 32) {
      throw new IllegalArgumentException("De pseudoniemsleutel moet ten minste 32 tekens hebben.");
    }
    this.sleutel = new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), ALGORITME);
  }

  public String van(long betrokkeneId) {
    try {
      Mac mac = Mac.getInstance(ALGORITME);
      mac.init(sleutel);
      return HexFormat.of()
          .formatHex(mac.doFinal(("betrokkene:" + betrokkeneId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
