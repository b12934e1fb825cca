package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The procesregisseur's dashboard "Lopende casussen" (issue 13): the start page's count leads to
 * the running cases that need attention; the demo case 000006 is there because contact with its
 * casusregisseur was too long ago; its tab "Procesregie" records a contact, with the error next to
 * the field and the input kept when the date is missing. The contact recorded here is 30 days ago,
 * so the demo case stays flagged for the other tests.
 */
class ProcesregieoverzichtIT extends BrowserTest {

  @Test
  void fromTheCountToTheCaseWhereAContactIsRecorded() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/regie/index.xhtml");
    browser.klik(By.id("teller-procesregie"));
    assertEquals("/regie/procesregie.xhtml", browser.pad());
    assertTrue(browser.padMetParameters().contains("filter=AANDACHT"), browser.padMetParameters());
    browser.open("/regie/procesregie.xhtml?filter=CONTACT&nummer=000006");
    String lijst = browser.tekst("lijst:casussen");
    assertTrue(lijst.contains("-000006"), lijst);
    assertTrue(lijst.contains("te lang"), lijst);
    assertTrue(lijst.contains("Gijs van de GGZ"), lijst);
    assertEquals("", browser.toegankelijkheidsfouten());

    browser.klik(By.partialLinkText("-000006"));
    assertEquals(
        "page", browser.alle(By.linkText("Procesregie")).get(0).getAttribute("aria-current"));
    browser.kies("contactmoment:vorm", "Telefoon").vul("contactmoment:notitie", "Belafspraak");
    browser.klik("contactmoment:vastleggen");
    assertEquals("Vul de datum van het contact in.", browser.tekst("contactmoment:datum-melding"));
    assertEquals("Belafspraak", browser.waarde("contactmoment:notitie"), "the input stays");
    assertEquals("", browser.toegankelijkheidsfouten(), "the form with its error");

    LocalDate dertigDagen = LocalDate.now().minusDays(30);
    browser.datum("contactmoment:datum", dertigDagen.toString());
    browser.klik("contactmoment:vastleggen");
    assertTrue(
        browser.paginatekst().contains("Het contact met de casusregisseur is vastgelegd."),
        browser.paginatekst());
    assertTrue(browser.tekst("contacten").contains("Belafspraak"));

    browser.open("/regie/procesregie.xhtml?filter=CONTACT&nummer=000006");
    assertTrue(browser.tekst("lijst:casussen").contains("30 dagen geleden"));
    browser.breedte(390).open("/regie/procesregie.xhtml?filter=CONTACT&nummer=000006");
    assertEquals(0, browser.zijwaarts(), "no sideways scrolling on a phone");
    browser.breedte(1280);
  }
}
