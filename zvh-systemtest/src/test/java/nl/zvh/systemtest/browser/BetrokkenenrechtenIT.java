package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Data-subject requests handled by the privacy officer: finding a person, the export of all that is
 * held and who processed it (JSON and PDF), correction and deletion, each of them logged.
 */
class BetrokkenenrechtenIT extends BrowserTest {

  @BeforeEach
  void alsPrivacyOfficer() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
  }

  @Test
  void aSearchNeedsABsnOrASurnameWithADateOfBirth() {
    browser.open("/privacy/betrokkenen.xhtml").klik("zoeken:zoek");
    assertTrue(
        browser.paginatekst().contains("Zoek op BSN, of op achternaam en geboortedatum samen."));
  }

  @Test
  void theExportHoldsTheDataAndWhoProcessedItAndIsLogged() {
    long voor = rechtenregels();
    browser.open("/privacy/betrokkenen.xhtml").vul("zoeken:bsn", "111222333").klik("zoeken:zoek");
    assertTrue(browser.paginatekst().contains("Jan de Vries"));
    assertTrue(browser.paginatekst().contains("Wie verwerkte deze gegevens"));

    String inhoud =
        new String(
            browser.download("Exporteren (JSON)").getBytes(StandardCharsets.ISO_8859_1),
            StandardCharsets.UTF_8);
    assertTrue(inhoud.contains("\"achternaam\": \"de Vries\""), inhoud);
    assertTrue(inhoud.contains("\"bsn\": \"111222333\""));
    assertTrue(inhoud.contains("\"verwerkingen\""));
    assertTrue(inhoud.contains("Drie meldingen van overlast"), "the information about the case");

    assertTrue(browser.download("Exporteren (PDF)").startsWith("%PDF-"));

    assertEquals(voor + 3, rechtenregels(), "the search and both exports are logged");
  }

  @Test
  void detailsAreCorrectedAndAPersonIsDeletedButNeverTheLastOfACase() {
    browser
        .open("/privacy/betrokkenen.xhtml")
        .vul("zoeken:achternaam", "Bakker")
        .datum("zoeken:geboortedatum", "1972-08-14")
        .klik("zoeken:zoek");
    browser.klik(knop("Corrigeren"));
    browser
        .vul("correctie:voornamen", "Elisabeth")
        .vul("correctie:postcode", "12")
        .klik("correctie:opslaan");
    assertTrue(browser.paginatekst().contains("De straat is verplicht."), "address given half");
    browser.vul("correctie:postcode", "").klik("correctie:opslaan");
    assertTrue(browser.paginatekst().contains("De gegevens zijn gecorrigeerd."));
    assertTrue(browser.paginatekst().contains("Elisabeth Bakker"));

    String vraag = browser.klikEnBevestig(knop("Verwijderen"));
    assertTrue(vraag.startsWith("Alle gegevens van Elisabeth Bakker in casus ZVH-"), vraag);
    assertTrue(
        browser
            .paginatekst()
            .contains("De betrokkene en de informatie over hem of haar zijn verwijderd."));
    assertTrue(browser.paginatekst().contains("Geen betrokkene gevonden."));

    browser
        .open("/privacy/betrokkenen.xhtml")
        .vul("zoeken:achternaam", "Bakker")
        .datum("zoeken:geboortedatum", "1970-01-30")
        .klik("zoeken:zoek");
    browser.klikEnBevestig(knop("Verwijderen"));
    assertTrue(browser.paginatekst().contains("Dit is de enige betrokkene van de casus"));
    assertFalse(browser.paginatekst().contains("zijn verwijderd."));
  }

  @Test
  void cancellingADeletionKeepsThePersonAndTheQuestionNamesThemAndTheirCase() {
    browser.open("/privacy/betrokkenen.xhtml").vul("zoeken:bsn", "111222333").klik("zoeken:zoek");
    String organisaties =
        browser
            .alle(By.xpath("//dt[.='Deelnemende organisaties']/following-sibling::dd[1]"))
            .get(0)
            .getText();
    assertTrue(
        organisaties.matches("[^\\[\\],]+( en [^\\[\\],]+)?|[^\\[\\]]+, [^\\[\\]]+ en [^\\[\\],]+"),
        "the participating organisations as Dutch lists them: " + organisaties);
    String knop = browser.alle(knop("Verwijderen")).get(0).getAttribute("id");
    browser.klikEnAnnuleer(knop);
    String vraag =
        (String) browser.script("return document.getElementById('bevestiging-tekst').textContent;");
    assertTrue(vraag.startsWith("Alle gegevens van Jan de Vries in casus ZVH-"), vraag);
    assertFalse(browser.paginatekst().contains("zijn verwijderd."));
    browser.open("/privacy/betrokkenen.xhtml").vul("zoeken:bsn", "111222333").klik("zoeken:zoek");
    assertTrue(browser.paginatekst().contains("Jan de Vries"), "still there");
  }

  private long rechtenregels() {
    browser.open("/privacy/logboek.xhtml");
    browser.script(
        "document.getElementById('zoeken:activiteit').value = arguments[0];", "ZVH-VA-05");
    browser.klik("zoeken:zoek");
    String kop = browser.tekst("resultaten:aantal");
    return Long.parseLong(kop.substring(0, kop.indexOf(' ')));
  }

  private static By knop(String tekst) {
    return By.xpath("//input[@value='" + tekst + "']");
  }
}
