package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of every role on a phone (390 pixels wide) and on a laptop (1280): nothing scrolls
 * sideways, the menu folds behind its button on the phone, and a list is dense enough on the
 * laptop.
 */
class SmalSchermIT extends BrowserTest {

  private static final By RIJEN = By.cssSelector("#lijst\\:casussen_data > tr");

  private static PortaalAdres portaal;

  @BeforeAll
  static void onthoudPortaal(PortaalAdres adres) {
    portaal = adres;
  }

  @Test
  void theLoginPageFitsAPhone() {
    browser.breedte(390).open("/login.xhtml");
    assertEquals(0, browser.zijwaarts());
  }

  @Test
  void onAPhoneTheMenuFoldsBehindItsButton() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.breedte(390).open("/regie/index.xhtml");
    assertTrue(Rondgang.zichtbaar(browser, By.cssSelector("#hoofdmenu a")).isEmpty());
    assertEquals("false", browser.alle(By.id("menuknop")).get(0).getAttribute("aria-expanded"));

    browser.alle(By.id("menuknop")).get(0).click();
    assertEquals("true", browser.alle(By.id("menuknop")).get(0).getAttribute("aria-expanded"));
    assertFalse(Rondgang.zichtbaar(browser, By.linkText("Casussen")).isEmpty());
    browser.klik(By.linkText("Casussen"));
    assertEquals("/casus/index.xhtml", browser.pad());

    browser.breedte(1280).open("/regie/index.xhtml");
    assertTrue(Rondgang.zichtbaar(browser, By.id("menuknop")).isEmpty(), "no button on a laptop");
    assertFalse(Rondgang.zichtbaar(browser, By.linkText("Casussen")).isEmpty());
  }

  @Test
  void aListShowsAtLeastFifteenRowsWithoutScrollingOnALaptop() throws Exception {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/index.xhtml");
    ApiKlant api = new ApiKlant(portaal);
    for (int i = browser.alle(RIJEN).size(); i < 15; i++) {
      Aangemeld.viaApi(api, "Rij", "Nummer" + (char) ('a' + i), "1980-01-01", null);
    }
    browser.open("/casus/index.xhtml");
    assertTrue(browser.alle(RIJEN).size() >= 15, "rows: " + browser.alle(RIJEN).size());
    long onderkant =
        ((Number)
                browser.script(
                    "return document.querySelectorAll(arguments[0])[14]"
                        + ".getBoundingClientRect().bottom;",
                    "#lijst\\:casussen_data > tr"))
            .longValue();
    assertTrue(onderkant <= 900, "row 15 ends at " + onderkant + " of 900 px");
  }
}
