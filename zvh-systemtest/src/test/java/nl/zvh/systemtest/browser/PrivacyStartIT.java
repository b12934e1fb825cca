package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The privacy officer's start page leads somewhere: the count of requests awaiting a decision is a
 * link to the queue kept to those requests (the filter in the address), and the log's integrity is
 * one click away.
 */
class PrivacyStartIT extends BrowserTest {

  @Test
  void theOpenRequestsCountLeadsToTheQueueKeptToOpenRequests() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    assertEquals("/privacy/index.xhtml", browser.pad());
    long aantal =
        Long.parseLong(
            browser.alle(By.cssSelector("#open-verzoeken .aantal")).get(0).getText().strip());
    assertEquals(
        aantal > 0 ? 1 : 0,
        browser.alle(By.cssSelector("#open-verzoeken.aandacht")).size(),
        "open requests ask for attention");

    browser.klik("open-verzoeken");
    assertEquals("/privacy/verzoeken.xhtml", browser.pad());
    assertEquals("?status=INGEDIEND", browser.script("return location.search;"));
    assertEquals(
        aantal,
        browser.alle(By.xpath("//div[@id='wachtrij:verzoeken']//tbody/tr[@data-ri]")).size());
    if (aantal == 0) {
      assertTrue(
          browser.paginatekst().contains("Er zijn geen verzoeken met deze status."),
          browser.paginatekst());
    } else {
      assertTrue(browser.tekst("wachtrij:verzoeken").contains("Ingediend, wacht op besluit"));
    }
    assertEquals(
        "page",
        browser
            .alle(
                By.xpath(
                    "//ul[@id='statusfilter']//a[normalize-space(.)='Ingediend, wacht op besluit']"))
            .get(0)
            .getAttribute("aria-current"),
        "the chosen filter is marked");
    assertEquals("", browser.toegankelijkheidsfouten());

    browser.klik("alle");
    assertEquals("", browser.script("return location.search;"));

    browser.open("/privacy/index.xhtml").klik("integriteit");
    assertEquals("/privacy/logboek.xhtml", browser.pad());
    browser.klik("integriteit:controleer");
    assertTrue(browser.tekst("integriteit:rapport").contains("De keten is intact."));
  }
}
