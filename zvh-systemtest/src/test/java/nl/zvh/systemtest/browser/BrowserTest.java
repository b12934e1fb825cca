package nl.zvh.systemtest.browser;

import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** One browser per test class against the running portal; every test starts as a new visitor. */
@ExtendWith(Portaal.class)
abstract class BrowserTest {

  protected static Browser browser;

  @BeforeAll
  static void startBrowser(PortaalAdres portaal) {
    browser = Browser.start(portaal);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void asANewVisitor() {
    browser.vergeet();
  }
}
