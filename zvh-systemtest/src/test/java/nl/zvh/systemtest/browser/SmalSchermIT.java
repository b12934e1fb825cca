package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of every role on a phone (390 pixels wide) and on a laptop (1280): nothing scrolls
 * sideways, the menu folds behind its button on the phone, and a list is dense enough on the
 * laptop.
 */
class SmalSchermIT extends BrowserTest {

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
  void aListShowsAtLeastFifteenRowsWithoutScrollingOnALaptop() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    browser.open("/privacy/logboek.xhtml");
    List<?> rijen = browser.alle(By.cssSelector("tbody tr"));
    assertTrue(rijen.size() >= 15, "the log has enough rows to judge: " + rijen.size());
    long onderkant =
        ((Number)
                browser.script(
                    "return document.querySelectorAll('tbody tr')[14].getBoundingClientRect().bottom;"))
            .longValue();
    long hoogte = ((Number) browser.script("return window.innerHeight;")).longValue();
    assertTrue(onderkant <= hoogte, "row 15 ends at " + onderkant + " of " + hoogte + " px");
  }
}
