package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Retention as the privacy officer sees it: what is due beforehand, extending one case with a
 * motivation, destruction that leaves a log record per betrokkene and nothing of the case.
 */
class BewaartermijnIT extends BrowserTest {

  @Test
  void dueCasesAreShownExtendedWithAMotivationAndDestroyedWithALogRecord() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    browser.open("/privacy/bewaartermijn.xhtml");
    assertTrue(rij("-000003").contains("Verlopen: wordt vernietigd"), rij("-000003"));
    assertTrue(rij("-000004").contains("Loopt"));
    assertEquals("", browser.toegankelijkheidsfouten());

    browser.klik(knop("-000004")).klik("verlengen:opslaan");
    assertTrue(
        browser.paginatekst().contains("Een verlenging moet na de huidige bewaardatum eindigen."));
    browser.datum("verlengen:tot", "2040-12-31").klik("verlengen:opslaan");
    assertTrue(
        browser.paginatekst().contains("Motiveer waarom de gegevens langer bewaard worden."));
    browser
        .datum("verlengen:tot", "2040-12-31")
        .vul("verlengen:motivering", "Lopende procedure bij de rechtbank")
        .klik("verlengen:opslaan");
    assertTrue(rij("-000004").contains("31-12-2040"));
    assertTrue(rij("-000004").contains("Lopende procedure bij de rechtbank"));

    browser.klikEnAnnuleer("lijst:nu");
    assertTrue(
        browser
            .script("return document.getElementById('bevestiging-tekst').textContent;")
            .toString()
            .contains("-000003"),
        "the question names the case");
    browser.open("/privacy/bewaartermijn.xhtml");
    assertTrue(rij("-000003").contains("Verlopen: wordt vernietigd"), "cancelled: nothing gone");

    String vraag = browser.klikEnBevestig("lijst:nu");
    assertTrue(
        vraag.matches("De gegevens van casus ZVH-\\d{4}-000003 worden nu vernietigd\\..*"), vraag);
    assertTrue(browser.paginatekst().contains("1 casus(sen) vernietigd"), browser.paginatekst());
    assertFalse(browser.tekst("lijst:casussen").contains("-000003"));

    browser.open("/privacy/logboek.xhtml");
    browser.script(
        "document.getElementById('zoeken:activiteit').value = arguments[0];", "ZVH-VA-06");
    browser.klik("zoeken:zoek");
    assertTrue(browser.tekst("resultaten:aantal").startsWith("1 "));
    assertTrue(alleTekst("resultaten:regels").contains("bewaartermijn.vernietigen"));
    assertTrue(
        browser.tekst("resultaten:regels").contains("Gegevens vernietigen na de bewaartermijn"),
        "the handeling in words");

    browser.vergeet().open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/index.xhtml");
    assertFalse(browser.paginatekst().contains("-000003"), "the case is gone");
  }

  /** The text of an element with what its closed details hold (the codes of a log record). */
  private static String alleTekst(String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).textContent;", id);
  }

  private static String rij(String nummerEinde) {
    return browser
        .alle(By.xpath("//div[@id='lijst:casussen']//tr[td[contains(., '" + nummerEinde + "')]]"))
        .get(0)
        .getText();
  }

  private static By knop(String nummerEinde) {
    return By.xpath(
        "//div[@id='lijst:casussen']//tr[td[contains(., '"
            + nummerEinde
            + "')]]//input[@value='Verlengen']");
  }
}
