package nl.zvh.regie.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** The SHA-1 seed of RFC 6238's test vectors, "12345678901234567890", in Base32. */
  private static final String RFC_GEHEIM =
      Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @ParameterizedTest
  @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924", "2000000000, 279037"})
  void theCodesAreThoseOfRfc6238(long seconden, String code) {
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_GEHEIM);
    assertEquals(code, Totp.code(RFC_GEHEIM, Totp.tijdstap(Instant.ofEpochSecond(seconden))));
  }

  @Test
  void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoSteps() {
    Instant nu = Instant.ofEpochSecond(1_800_000_000L);
    long stap = Totp.tijdstap(nu);
    assertEquals(OptionalLong.of(stap), Totp.stapVan(RFC_GEHEIM, Totp.code(RFC_GEHEIM, stap), nu));
    assertEquals(
        OptionalLong.of(stap - 1), Totp.stapVan(RFC_GEHEIM, Totp.code(RFC_GEHEIM, stap - 1), nu));
    assertEquals(
        OptionalLong.of(stap + 1), Totp.stapVan(RFC_GEHEIM, Totp.code(RFC_GEHEIM, stap + 1), nu));
    assertTrue(Totp.stapVan(RFC_GEHEIM, Totp.code(RFC_GEHEIM, stap + 2), nu).isEmpty());
    assertTrue(Totp.stapVan(RFC_GEHEIM, Totp.code(RFC_GEHEIM, stap - 2), nu).isEmpty());
  }

  @Test
  void aNewSecretIsRandomBase32Of160Bits() {
    String geheim = Totp.nieuwGeheim();
    assertEquals(32, geheim.length());
    assertTrue(geheim.matches("[A-Z2-7]{32}"));
    assertEquals(20, Totp.uitBase32(geheim).length);
    assertNotEquals(geheim, Totp.nieuwGeheim());
  }

  @Test
  void theOtpauthAddressNamesIssuerAndAccount() {
    assertEquals(
        "otpauth://totp/ZVH-portaal:partner.politie?secret=ABCD&issuer=ZVH-portaal"
            + "&algorithm=SHA1&digits=6&period=30",
        Totp.otpauth("ZVH-portaal", "partner.politie", "ABCD"));
    assertEquals("ABCD EFGH IJ", Totp.leesbaar("ABCDEFGHIJ"));
  }

  @Test
  void recoveryCodesAreTenDistinctAndHashTheSameWithOrWithoutDashOrCase() {
    var codes = Herstelcodes.nieuw();
    assertEquals(10, new HashSet<>(codes).size());
    String code = codes.get(0);
    assertTrue(code.matches("[a-z2-7]{5}-[a-z2-7]{5}"), code);
    assertTrue(Herstelcodes.lijktOpHerstelcode(code.toUpperCase().replace("-", " ")));
    assertEquals(Herstelcodes.hash(code), Herstelcodes.hash(code.toUpperCase().replace("-", "")));
    assertFalse(Herstelcodes.lijktOpHerstelcode("123456"));
  }
}
