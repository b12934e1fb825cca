package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core in the browser: no WCAG 2.1 A or AA violation on any page of the portal, at a laptop's
 * and a phone's width; and no page scrolls sideways.
 *
 * <p>Where a page is checked at both widths, it is loaded once and laid out at each width in turn
 * ({@link #opBeideBreedtes}): the portal sends the same page to a phone and a laptop (the width is
 * not sent to the server, and no script of the portal reads it when the page loads; only CSS media
 * queries follow it), so the page laid out again at the other width is what loading it there shows.
 * Forms are filled in and sent at the phone's width, the narrower one. Whether a page fits can
 * depend on the data (the processing log grew 87 px too wide once earlier tests had logged long
 * values), so tables with long values use a fixed layout.
 */
class ToegankelijkheidIT extends BrowserTest {

  private static final int LAPTOP = 1280;
  private static final int TELEFOON = 390;

  @Test
  void theLoginPageWithAndWithoutMessages() {
    browser.open("/login.xhtml");
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.klik("inloggen");
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  /** The headings of the portal's error pages, which no page of a menu or a tab may show. */
  private static final List<String> FOUTPAGINAS =
      List.of("Geen toegang", "Pagina niet gevonden", "Er ging iets mis", "Pagina verlopen");

  /**
   * Every page of the role's menu (its start page first) and every tab of a case, on a laptop (1280
   * pixels wide) and on a phone (390): no WCAG violation, and nothing that scrolls sideways.
   */
  @ParameterizedTest
  @EnumSource(DemoAccount.class)
  void everyPageOfEveryRoleAtBothWidths(DemoAccount account) {
    browser.open("/login.xhtml").inloggen(account.gebruikersnaam, DemoAccount.WACHTWOORD);
    assertEquals(account.startpagina, browser.pad());
    List<String> fouten = new ArrayList<>();
    for (String pagina : Rondgang.paginas(browser)) {
      browser.open(pagina);
      if (FOUTPAGINAS.contains(browser.kop())) {
        // An error page is accessible too: the walk would pass a page that does not render.
        fouten.add(pagina + ": toont de foutpagina '" + browser.kop() + "'");
      }
      fouten.addAll(opBeideBreedtes(pagina));
    }
    assertEquals("", String.join("\n", fouten));
  }

  /**
   * The WCAG violations and the sideways scrolling of the page as it is now, laid out at a laptop's
   * width and then at a phone's, where the browser stays. Empty when there are none.
   */
  private static List<String> opBeideBreedtes(String wat) {
    List<String> fouten = new ArrayList<>();
    for (int breedte : List.of(LAPTOP, TELEFOON)) {
      browser.breedte(breedte);
      fouten.addAll(opBreedte(wat, breedte));
    }
    return fouten;
  }

  /** The WCAG violations and the sideways scrolling of the page as it is laid out now. */
  private static List<String> opBreedte(String wat, int breedte) {
    List<String> fouten = new ArrayList<>();
    String gevonden = browser.toegankelijkheidsfouten();
    if (!gevonden.isEmpty()) {
      fouten.add(wat + " op " + breedte + " px: " + gevonden);
    }
    long teBreed = browser.zijwaarts();
    if (teBreed > 0) {
      fouten.add(wat + " op " + breedte + " px: " + teBreed + " px te breed");
    }
    return fouten;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/beheer/organisaties.xhtml", "/beheer/gebruikers.xhtml"})
  void theBeheerPagesWithTheirFormsOpenAndShowingErrors(String pagina) {
    browser.open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
    browser.open(pagina);
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.klik("lijst:nieuw");
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.klik("formulier:bewaren");
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  /** The case's information tab with the errors of its form (the walk sees the tabs without). */
  @ParameterizedTest
  @ValueSource(strings = {"partner.politie", "regisseur"})
  void theCaseWorkspaceWithItsFormShowingErrors(String gebruiker) {
    browser.open("/login.xhtml").inloggen(gebruiker, DemoAccount.WACHTWOORD);
    browser.open("/casus/index.xhtml");
    browser.klik(org.openqa.selenium.By.cssSelector("#lijst\\:casussen_data a"));
    browser.klik(org.openqa.selenium.By.linkText("Informatie"));
    browser.klik("vastleggen:opslaan");
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  @Test
  void thePartnersPagesWithTheirFormsShowingErrors() {
    browser.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    for (String pagina :
        new String[] {
          "/partner/aanmeldingen.xhtml?status=AANVULLING_GEVRAAGD",
          "/partner/uitvragen.xhtml?filter=VERLOPEN"
        }) {
      browser.open(pagina);
      assertEquals("", browser.toegankelijkheidsfouten(), pagina);
    }
    browser.open("/partner/aanmelden.xhtml").klik("aanmelding:volgende");
    assertTrue(browser.paginatekst().contains("niet goed ingevuld"));
    assertEquals("", browser.toegankelijkheidsfouten(), "the referral form with its errors");

    browser.vergeet().open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
    browser.open("/partner/uitvragen.xhtml?filter=OPEN");
    assertEquals("", browser.toegankelijkheidsfouten());
    List<WebElement> delen = browser.alle(By.xpath("//input[@value='Informatie delen']"));
    if (!delen.isEmpty()) {
      browser.klik(By.xpath("//input[@value='Informatie delen']"));
      browser.klik("antwoord:versturen");
      assertTrue(browser.paginatekst().contains("Kies wie uw antwoord mag zien."));
      assertEquals("", browser.toegankelijkheidsfouten(), "the answer with its errors");
    }
  }

  @Test
  void theProcesregisseursPagesWithTheTriageShowingAnError() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    for (String pagina :
        new String[] {
          "/regie/werkvoorraad.xhtml?filter=CONTACT",
          "/regie/werkvoorraad.xhtml?filter=UITVRAAG_VERLOPEN"
        }) {
      browser.open(pagina);
      assertEquals("", browser.toegankelijkheidsfouten(), pagina);
    }
    browser.open("/regie/triage.xhtml");
    browser.vul("toevoegen:nummer", "ZVH-1999-999999").klik("toevoegen:toevoegen");
    assertEquals("", browser.toegankelijkheidsfouten(), "the triage with a message");
    List<WebElement> besluiten =
        browser.alle(By.cssSelector("form[id$=':punt'] input[type=submit]"));
    if (!besluiten.isEmpty()) {
      browser.klik(By.id(besluiten.get(0).getAttribute("id")));
      assertEquals("", browser.toegankelijkheidsfouten(), "the triage with a field message");
    }
  }

  @Test
  void theProcessingLogWithResultsAndTheIntegrityReport() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    browser.open("/privacy/logboek.xhtml");
    browser.klik("integriteit:controleer");
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.vul("zoeken:bsn", "123").klik("zoeken:zoek");
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  @Test
  void theDataSubjectRequestsPageWithResultsAndForms() {
    browser.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    browser.open("/privacy/betrokkenen.xhtml");
    browser.vul("zoeken:bsn", "111222333").klik("zoeken:zoek");
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.klik(org.openqa.selenium.By.xpath("//input[@value='Corrigeren']"));
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  @Test
  void theTermijnenPageWithItsFormsShowingErrorsAtBothWidths() {
    browser.breedte(TELEFOON).open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
    browser.open("/beheer/termijnen.xhtml");
    List<String> fouten = new ArrayList<>(opBeideBreedtes("termijnen"));
    browser.klik("toevoegen:toevoegen");
    fouten.addAll(opBeideBreedtes("termijnen, feestdag zonder datum"));
    browser.datum("instellingen:deadlinetijd", "25:99").klik("instellingen:bewaren");
    fouten.addAll(opBeideBreedtes("termijnen, tijd 25:99"));
    browser.open("/beheer/gebruikers.xhtml?filter=GEDEACTIVEERD");
    fouten.addAll(opBeideBreedtes("gedeactiveerde gebruikers"));
    assertEquals("", String.join("\n", fouten));
  }

  @Test
  void thePrivacyPagesWithTheirFormsOpenAndShowingErrorsAtBothWidths() {
    browser.breedte(TELEFOON).open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    browser.open("/privacy/bewaartermijn.xhtml");
    browser.klik(org.openqa.selenium.By.xpath("//input[@value='Verlengen']"));
    browser.klik("verlengen:opslaan");
    List<String> fouten = new ArrayList<>(opBeideBreedtes("verlengen zonder motivering"));

    browser.open("/privacy/betrokkenen.xhtml").vul("zoeken:bsn", "111222333").klik("zoeken:zoek");
    browser.klik(org.openqa.selenium.By.xpath("//input[@value='Corrigeren']"));
    browser.vul("correctie:postcode", "12").klik("correctie:opslaan");
    fouten.addAll(opBeideBreedtes("correctie met postcode 12"));

    browser.open("/privacy/verzoeken.xhtml?status=TOEGEKEND");
    fouten.addAll(opBeideBreedtes("toegekende verzoeken"));

    browser.open("/privacy/logboek.xhtml");
    browser.script("document.querySelector('.regeldetails').open = true;");
    fouten.addAll(opBeideBreedtes("logboek met een regel open"));
    assertEquals("", String.join("\n", fouten));
  }

  @Test
  void theErrorPages() {
    browser.open("/bestaat-niet.xhtml");
    assertEquals("", browser.toegankelijkheidsfouten());
    browser.open("/login.xhtml").inloggen("manager", DemoAccount.WACHTWOORD);
    browser.open("/beheer/index.xhtml");
    assertEquals("Geen toegang", browser.kop());
    assertEquals("", browser.toegankelijkheidsfouten());
  }

  // ---- Berichten (issue 12): the thread of the demo case with its messages, and its form with
  // errors, at both widths; the walk sees the page of unread messages and an empty thread.

  @Test
  void theThreadWithMessagesAndItsFormShowingErrors() {
    browser.open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
    browser.open("/casus/berichten.xhtml");
    List<String> fouten = new ArrayList<>(opBeideBreedtes("ongelezen berichten"));
    browser.breedte(LAPTOP).open("/casus/index.xhtml?zoek=000006");
    browser.klik(By.cssSelector("#lijst\\:casussen_data a"));
    // The tab, not the menu entry of the same name.
    browser.klik(By.cssSelector(".tabbladen a[href*='tab=berichten']"));
    assertTrue(browser.alle(By.cssSelector("#berichten .bericht")).size() > 1, "the demo thread");
    fouten.addAll(opBeideBreedtes("berichten"));
    browser.breedte(LAPTOP).klik("bericht:versturen");
    assertTrue(browser.paginatekst().contains("Typ een bericht."));
    fouten.addAll(opBeideBreedtes("berichten met fouten"));
    assertEquals("", String.join("\n", fouten));
  }
}
