package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Login, logout, the role areas and the error pages, as a user meets them in the browser. */
class InloggenIT extends BrowserTest {

  @ParameterizedTest
  @EnumSource(DemoAccount.class)
  void everyRoleLandsOnItsOwnStartPageAndCanLogOut(DemoAccount account) {
    browser.open("/").inloggen(account.gebruikersnaam, DemoAccount.WACHTWOORD);
    assertEquals(account.startpagina, browser.pad());
    assertEquals(account.kop, browser.kop());
    assertTrue(browser.tekst("uitlogformulier:ingelogd").contains(account.gebruikersnaam));

    browser.uitloggen();
    assertEquals("/login.xhtml", browser.pad());
    assertTrue(browser.paginatekst().contains("U bent uitgelogd."));
    browser.open(account.startpagina);
    assertEquals("/login.xhtml", browser.pad(), "after logout the start page needs a login again");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichHalfWasWrong() {
    browser.open("/login.xhtml").probeerInTeLoggen("beheerder", "niet-het-wachtwoord");
    assertEquals("/login.xhtml", browser.pad());
    assertTrue(
        browser
            .paginatekst()
            .contains("De combinatie van gebruikersnaam en wachtwoord is onjuist"));
    assertEquals(
        "beheerder",
        browser.alle(org.openqa.selenium.By.id("gebruikersnaam")).get(0).getAttribute("value"));

    browser.open("/beheer/index.xhtml");
    assertEquals("/login.xhtml", browser.pad(), "a refused login gives no access");
  }

  @Test
  void emptyFieldsGetAMessageNextToEachField() {
    browser.open("/login.xhtml").klik("inloggen");
    assertEquals("Vul uw gebruikersnaam in.", browser.tekst("gebruikersnaam-melding"));
    assertEquals("Vul uw wachtwoord in.", browser.tekst("wachtwoord-melding"));
  }

  @Test
  void anotherRolesPageGivesTheDutchNoAccessPage() {
    browser.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    for (String pagina :
        new String[] {
          "/beheer/index.xhtml",
          "/beheer/gebruikers.xhtml",
          "/regie/index.xhtml",
          "/privacy/index.xhtml",
          "/manager/index.xhtml"
        }) {
      browser.open(pagina);
      assertEquals("Geen toegang", browser.kop(), pagina);
    }
  }

  @Test
  void aProtectedPageAsksForLoginAndContinuesThereWithANewSessionId() {
    browser.open("/regie/index.xhtml");
    assertEquals("/login.xhtml", browser.pad());
    String sessieVoorInloggen = browser.sessieId();

    browser.inloggen("regisseur", DemoAccount.WACHTWOORD);
    assertEquals("/regie/index.xhtml", browser.pad());
    assertNotNull(browser.sessieId());
    assertNotEquals(sessieVoorInloggen, browser.sessieId(), "the session id changes at login");
  }

  @Test
  void anUnknownPageGivesTheDutchNotFoundPage() {
    browser.open("/bestaat-niet.xhtml");
    assertEquals("Pagina niet gevonden", browser.kop());
  }

  @Test
  void anExpiredPageGivesTheDutchExpiredPageWithoutAStackTrace() {
    browser.open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
    browser.open("/beheer/organisaties.xhtml");
    // Many pages opened since (other tabs): the server keeps a bounded number of views per
    // session, so the state of this page is gone.
    browser.script(
        "for (let i = 0; i < 30; i++) { const x = new XMLHttpRequest();"
            + " x.open('GET', '/beheer/organisaties.xhtml', false); x.send(); }");
    browser.klik("lijst:nieuw");
    assertEquals("Pagina verlopen", browser.kop());
    assertTrue(!browser.paginatekst().contains("Exception"));
  }
}
