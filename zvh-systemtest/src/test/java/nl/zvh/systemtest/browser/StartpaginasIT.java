package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The start pages of the partner and the procesregisseur lead somewhere: every count is a link to
 * the list filtered that way, the address keeps the filter, and the list holds as many rows as the
 * count said.
 */
class StartpaginasIT extends BrowserTest {

  private static Aangemeld aanmelding;

  @BeforeAll
  static void eenAanmeldingVoorDeTriage(PortaalAdres portaal) throws Exception {
    aanmelding = Aangemeld.viaApi(new ApiKlant(portaal), "Tella", "Teller", "1966-06-06", null);
  }

  @Test
  void theProcesregisseursCountsLeadToTheFilteredWorkQueueAndTheTriage() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    for (String teller :
        new String[] {"teller-contact", "teller-contact-verlopen", "teller-uitvragen-verlopen"}) {
      browser.open("/regie/index.xhtml");
      int aantal = aantal(teller);
      browser.klik(By.id(teller));
      assertTrue(browser.pad().endsWith("/regie/werkvoorraad.xhtml"), teller);
      assertTrue(adres().contains("filter="), "the address keeps the filter: " + adres());
      assertEquals(aantal, rijen("lijst:werkvoorraad"), teller + ": the list holds the count");
      assertEquals("", browser.toegankelijkheidsfouten());
    }

    browser.open("/regie/index.xhtml");
    int opAgenda = aantal("teller-triage");
    assertTrue(opAgenda >= 1, "the new referral is on the coming triage");
    browser.klik(By.id("teller-triage"));
    assertTrue(browser.pad().endsWith("/regie/triage.xhtml"));
    assertTrue(adres().contains("datum=" + aanmelding.triagedatum()), adres());
    assertEquals(opAgenda, browser.alle(By.cssSelector("#agenda > li")).size());
    assertTrue(browser.tekst("agenda").contains(aanmelding.nummer()));
  }

  @Test
  void thePartnersCountsLeadToItsUitvragenAndReferralsFilteredThatWay() {
    browser.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    String[][] tellers = {
      {"teller-uitvragen-open", "/partner/uitvragen.xhtml", "filter=OPEN", "lijst:uitvragen"},
      {
        "teller-uitvragen-verlopen",
        "/partner/uitvragen.xhtml",
        "filter=VERLOPEN",
        "lijst:uitvragen"
      },
      {
        "teller-aanvullingen",
        "/partner/aanmeldingen.xhtml",
        "status=AANVULLING_GEVRAAGD",
        "lijst:aanmeldingen"
      },
      {"teller-concepten", "/partner/aanmeldingen.xhtml", "status=CONCEPT", "lijst:aanmeldingen"},
      // werklijsten: the police has actiepunten in the demo case after its ICO, one overdue.
      {"teller-actiepunten-open", "/partner/actiepunten.xhtml", "filter=OPEN", "lijst:actiepunten"},
      {
        "teller-actiepunten-te-laat",
        "/partner/actiepunten.xhtml",
        "filter=TE_LAAT",
        "lijst:actiepunten"
      }
    };
    for (String[] teller : tellers) {
      browser.open("/partner/index.xhtml");
      assertEquals("", browser.toegankelijkheidsfouten());
      int aantal = aantal(teller[0]);
      browser.klik(By.id(teller[0]));
      assertTrue(browser.pad().endsWith(teller[1]), teller[0] + " -> " + browser.pad());
      assertTrue(adres().contains(teller[2]), "the address keeps the filter: " + adres());
      assertEquals(
          Math.min(aantal, 25), rijen(teller[3]), teller[0] + ": the list holds the count");
      assertEquals("", browser.toegankelijkheidsfouten());
    }
    browser.open("/partner/index.xhtml");
    assertTrue(browser.tekst("aanmeldingen").contains(aanmelding.nummer()), "recent referrals");
    assertTrue(
        aantal("teller-actiepunten-te-laat") >= 1, "the demo's overdue actiepunt of the police");
  }

  @Test
  void thePagesOfPartnerAndProcesregisseurFitAPhoneWithoutSidewaysScrolling() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD).breedte(390);
    for (String pagina :
        new String[] {
          "/regie/index.xhtml",
          "/regie/werkvoorraad.xhtml",
          "/regie/triage.xhtml?datum=" + aanmelding.triagedatum()
        }) {
      browser.open(pagina);
      assertEquals(0, browser.zijwaarts(), pagina);
    }
    browser.vergeet().open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    browser.breedte(390);
    for (String pagina :
        new String[] {
          "/partner/index.xhtml",
          "/partner/aanmeldingen.xhtml",
          "/partner/uitvragen.xhtml",
          "/partner/aanmelden.xhtml",
          "/partner/actiepunten.xhtml",
          "/casus/index.xhtml"
        }) {
      browser.open(pagina);
      assertEquals(0, browser.zijwaarts(), pagina);
    }
  }

  private static int aantal(String teller) {
    return Integer.parseInt(
        browser.alle(By.cssSelector("#" + teller + " .aantal")).get(0).getText().strip());
  }

  /** The data rows of a PrimeFaces table (not its "no rows" message). */
  private static int rijen(String tabel) {
    return browser.alle(By.cssSelector("[id='" + tabel + "_data'] > tr[data-ri]")).size();
  }

  private static String adres() {
    return browser.script("return location.search;").toString();
  }
}
