package nl.zvh.systemtest.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page a logged-in user reaches: the pages of their menu and, for a role with cases, each tab
 * of the first case in their list. Read from the portal itself, so a new menu item or tab is walked
 * without changing a test.
 */
final class Rondgang {

  private Rondgang() {}

  /** The paths (with their query) of every page the logged-in user of the browser reaches. */
  static List<String> paginas(Browser browser) {
    Set<String> paginas =
        new LinkedHashSet<>(
            adressen(browser, By.cssSelector("#hoofdmenu a, #uitlogformulier\\:mijn-account")));
    if (paginas.contains("/casus/index.xhtml")) {
      browser.open("/casus/index.xhtml");
      List<String> casussen = adressen(browser, By.cssSelector("#lijst\\:casussen_data a"));
      if (!casussen.isEmpty()) {
        browser.open(casussen.get(0));
        paginas.addAll(adressen(browser, By.cssSelector(".tabbladen a")));
      }
    }
    return new ArrayList<>(paginas);
  }

  private static List<String> adressen(Browser browser, By links) {
    return browser.alle(links).stream()
        .map(a -> a.getAttribute("href"))
        .map(URI::create)
        .map(u -> u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
        .toList();
  }

  static List<WebElement> zichtbaar(Browser browser, By selector) {
    return browser.alle(selector).stream().filter(WebElement::isDisplayed).toList();
  }
}
