package nl.zvh.web.gedeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The headers of a download: a file name that cannot break the header or leave the download folder,
 * in ASCII for old clients and in UTF-8 (RFC 6266, RFC 8187) for current ones.
 */
class BestandsdownloadTest {

  @Test
  void aPlainNameIsKeptAsItIs() {
    assertEquals(
        "attachment; filename=\"triage-2026-03-10.csv\"; filename*=UTF-8''triage-2026-03-10.csv",
        Bestandsdownload.dispositie("triage-2026-03-10.csv"));
  }

  @Test
  void accentsAndSpacesArePercentEncodedInUtf8AndPlainInTheFallback() {
    assertEquals(
        "attachment; filename=\"Verslag Zoe.pdf\"; filename*=UTF-8''Verslag%20Zo%C3%AB.pdf",
        Bestandsdownload.dispositie("Verslag Zoë.pdf"));
  }

  @Test
  void aDecomposedAccentIsTheSameNameAsAComposedOne() {
    assertEquals(
        Bestandsdownload.dispositie("Zo\u00eb.pdf"), Bestandsdownload.dispositie("Zoe\u0308.pdf"));
  }

  @Test
  void charactersOutsideAsciiBecomeAnUnderscoreInTheFallbackOnly() {
    String dispositie = Bestandsdownload.dispositie("Отчёт €.txt");
    assertTrue(dispositie.startsWith("attachment; filename=\"_____ _.txt\"; filename*=UTF-8''"));
    assertEquals(
        "Отчёт €.txt", URLDecoder.decode(filenameSter(dispositie), StandardCharsets.UTF_8));
  }

  @Test
  void quotesAndPathSeparatorsCannotEndTheValueOrLeaveTheFolder() {
    assertEquals("een _citaat_.pdf", Bestandsdownload.veiligeNaam("een \"citaat\".pdf"));
    assertEquals("_.._etc_passwd", Bestandsdownload.veiligeNaam("../../etc/passwd"));
    assertEquals(
        "C__Users_x_verslag.pdf", Bestandsdownload.veiligeNaam("C:\\Users\\x\\verslag.pdf"));
    assertEquals("a_b_c_d_e_.txt", Bestandsdownload.veiligeNaam("a<b>c|d?e*.txt"));
    String dispositie = Bestandsdownload.dispositie("een \"citaat\"; filename=x.exe");
    assertEquals(2, dispositie.chars().filter(c -> c == '"').count(), dispositie);
    assertTrue(filenameSter(dispositie).startsWith("een%20_citaat_%3B%20filename%3Dx.exe"));
  }

  @Test
  void lineBreaksAndOtherControlCharactersAreRemoved() {
    String dispositie = Bestandsdownload.dispositie("verslag\r\nSet-Cookie: x=1\t\u0000.pdf");
    assertFalse(dispositie.contains("\r") || dispositie.contains("\n"), dispositie);
    assertEquals(
        "verslagSet-Cookie_ x=1.pdf",
        Bestandsdownload.veiligeNaam("verslag\r\nSet-Cookie: x=1\t\u0000.pdf"));
    assertTrue(dispositie.chars().allMatch(c -> c >= 0x20 && c < 0x7F), dispositie);
  }

  @Test
  void aRightToLeftOverrideCannotDisguiseTheExtension() {
    assertEquals("rapportfdp.exe", Bestandsdownload.veiligeNaam("rapport\u202Efdp.exe"));
  }

  @Test
  void leadingDotsAndTrailingDotsAndSpacesAreDropped() {
    assertEquals("bashrc", Bestandsdownload.veiligeNaam(".bashrc"));
    assertEquals("verslag.pdf", Bestandsdownload.veiligeNaam("  verslag.pdf. . "));
    assertEquals("twee spaties.txt", Bestandsdownload.veiligeNaam("twee   spaties.txt"));
  }

  @Test
  void aNameThatIsNothingOnceMadeSafeGetsADefault() {
    assertEquals("bestand", Bestandsdownload.veiligeNaam(null));
    assertEquals("bestand", Bestandsdownload.veiligeNaam(""));
    assertEquals("bestand", Bestandsdownload.veiligeNaam(" ..\r\n "));
  }

  @Test
  void aVeryLongNameIsShortenedAndKeepsItsExtension() {
    String naam = Bestandsdownload.veiligeNaam("ë".repeat(500) + ".docx");
    assertEquals(Bestandsdownload.MAX_NAAM, naam.codePointCount(0, naam.length()));
    assertTrue(naam.endsWith("ë.docx"), naam);
    String zonderExtensie = Bestandsdownload.veiligeNaam("x".repeat(500));
    assertEquals("x".repeat(Bestandsdownload.MAX_NAAM), zonderExtensie);
  }

  @Test
  void shorteningNeverSplitsACharacterOutsideTheBasicPlane() {
    String naam = Bestandsdownload.veiligeNaam("😀".repeat(200) + ".txt");
    assertEquals(Bestandsdownload.MAX_NAAM, naam.codePointCount(0, naam.length()));
    assertTrue(naam.codePoints().limit(Bestandsdownload.MAX_NAAM - 4).allMatch(c -> c == 0x1F600));
  }

  @Test
  void onlyAttrCharsStayUnencoded() {
    assertEquals(
        "a%20%25%27%28%29%2A%2C%3B%3D%40b", Bestandsdownload.procentGecodeerd("a %'()*,;=@b"));
    assertEquals("!#$&+-.^_`|~", Bestandsdownload.procentGecodeerd("!#$&+-.^_`|~"));
    assertEquals("100_ klaar.txt", Bestandsdownload.asciiNaam("100% klaar.txt"));
  }

  @Test
  void textIsSentAsUtf8AndOtherTypesAsGiven() {
    assertEquals("text/csv; charset=UTF-8", Bestandsdownload.inhoudstype("text/csv"));
    assertEquals("text/plain; charset=UTF-8", Bestandsdownload.inhoudstype("text/plain"));
    assertEquals(
        "text/plain; charset=ISO-8859-1",
        Bestandsdownload.inhoudstype("text/plain; charset=ISO-8859-1"));
    assertEquals("application/pdf", Bestandsdownload.inhoudstype("application/pdf"));
    assertEquals("application/json", Bestandsdownload.inhoudstype("application/json"));
    assertEquals("application/octet-stream", Bestandsdownload.inhoudstype(null));
  }

  private static String filenameSter(String dispositie) {
    return dispositie.substring(dispositie.indexOf("filename*=UTF-8''") + 17);
  }
}
