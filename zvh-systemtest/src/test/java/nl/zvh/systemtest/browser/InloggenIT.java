package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zvh.systemtest.portaal.Authenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

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

  // ---- Issue 14: the second step, the lockout and the login token.

  @Test
  void theSecondStepRefusesAWrongCodeAndACodeUsedBefore() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    String gebruikt = Authenticator.vorigeCode("privacy");
    browser.uitloggen();

    browser.probeerInTeLoggen("privacy", DemoAccount.WACHTWOORD);
    assertEquals("/tweedefactor.xhtml", browser.pad(), "a right password alone is not a login");
    browser.open("/privacy/index.xhtml");
    assertEquals("/login.xhtml", browser.pad(), "half-way a login gives no access");

    browser.probeerInTeLoggen("privacy", DemoAccount.WACHTWOORD);
    browser.vul("tweedefactorformulier:code", gebruikt).klik("tweedefactorformulier:bevestigen");
    assertEquals("/tweedefactor.xhtml", browser.pad());
    assertTrue(
        browser.tekst("tweedefactorformulier:code-melding").startsWith("Deze code klopt niet"),
        "a code seen once cannot be used again");

    browser
        .vul("tweedefactorformulier:code", Authenticator.code("privacy"))
        .klik("tweedefactorformulier:bevestigen");
    assertEquals("/privacy/index.xhtml", browser.pad());
    assertTrue(
        browser.tekst("aanmeldbericht").contains("Vorige aanmelding"),
        "the user is told of the previous login");
    assertTrue(browser.tekst("aanmeldbericht").contains("1 mislukte"), "and of the failed code");
    browser.open("/privacy/index.xhtml");
    assertTrue(browser.alle(By.id("aanmeldbericht")).isEmpty(), "once");
  }

  @Test
  void repeatedFailuresLockTheNameWithTheSameMessageWhetherItExistsOrNot() {
    String naam = "bestaat.niet." + Long.toString(System.nanoTime(), 36);
    browser.open("/login.xhtml");
    for (int i = 0; i < 5; i++) {
      browser.probeerInTeLoggen(naam, "Fout-wachtwoord-" + i);
      assertTrue(browser.paginatekst().contains("De combinatie van gebruikersnaam en wachtwoord"));
    }
    browser.probeerInTeLoggen(naam, "Fout-wachtwoord");
    assertTrue(
        browser.paginatekst().contains("Te veel mislukte pogingen voor deze gebruikersnaam"),
        browser.paginatekst());
  }

  @Test
  void aLoginWithoutTheTokenOfTheLoginPageIsRefused() {
    browser.open("/login.xhtml");
    browser.script("document.querySelector('input[name=inlogtoken]').value = 'vervalst';");
    browser.probeerInTeLoggen("beheerder", DemoAccount.WACHTWOORD);
    assertEquals("/login.xhtml", browser.pad());
    assertTrue(browser.paginatekst().contains("De inlogpagina was verlopen"));
    browser.inloggen("beheerder", DemoAccount.WACHTWOORD);
    assertEquals("/beheer/index.xhtml", browser.pad(), "a fresh login page works");
  }
}
