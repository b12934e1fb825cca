package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The case workspace: a header with what matters and the next step, one tab at a time, nothing
 * shown twice, actions only where they apply, an address that keeps the case and the tab after an
 * action, an error summary that leads to the field, and "not found" for an unknown case.
 */
class DossierIT extends BrowserTest {

  private static Aangemeld aanmelding;

  @BeforeAll
  static void aanmelden(PortaalAdres portaal) throws Exception {
    aanmelding =
        Aangemeld.viaApi(new ApiKlant(portaal), "Wessel", "Werkruimte", "1977-07-07", null);
  }

  @Test
  void theHeaderSaysWhatMattersAndTheTabsShowEachPartOnce() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    assertEquals("Casus " + aanmelding.nummer() + " Aangemeld", browser.kop().replace('\n', ' '));
    assertEquals("Politie Eenheid Noord-Holland", browser.tekst("aanmelder"));
    assertTrue(
        browser.tekst("volgende-stap").startsWith("Volgende stap: screenen; contact opnemen"),
        browser.tekst("volgende-stap"));
    assertEquals(
        List.of(
            "Overzicht",
            "Aanmelding",
            "Informatie",
            "Overleggen",
            "Plan van aanpak",
            "Uitvoering",
            "Procesregie",
            "Berichten",
            "Tijdlijn"),
        browser.alle(By.cssSelector(".tabbladen a")).stream().map(WebElement::getText).toList());
    assertEquals(
        "page", browser.alle(By.linkText("Overzicht")).get(0).getAttribute("aria-current"));
    assertEquals(1, keren(browser.paginatekst(), "Wessel Werkruimte"), "the betrokkene once");
    assertFalse(browser.paginatekst().contains("Dreigende uitzetting"), "the referral: its tab");

    browser.klik(By.linkText("Aanmelding"));
    assertTrue(browser.pad().endsWith("/casus/dossier.xhtml"));
    assertEquals(0, keren(browser.paginatekst(), "Wessel Werkruimte"), "not repeated here");
    assertTrue(browser.paginatekst().contains("Dreigende uitzetting"));

    browser.klik(By.linkText("Tijdlijn"));
    assertEquals(1, keren(browser.tekst("tijdlijn"), "Aanmelding ingediend."), "history once");
    assertFalse(browser.paginatekst().contains("Statusgeschiedenis"));
  }

  @Test
  void anActionKeepsTheCaseAndTheTabInTheAddressAndReturnsToItsForm() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
    browser.klik("vastleggen:opslaan");
    String adres = (String) browser.script("return location.href;");
    assertTrue(adres.contains("id=" + aanmelding.casusId()), adres);
    assertTrue(adres.contains("tab=informatie"), adres);
    assertEquals(
        "foutenoverzicht", browser.script("return document.activeElement.id;"), "its errors");

    browser
        .breedte(390) // a long page: on a phone the form lies well below the top
        .kies("vastleggen:categorie", "Algemeen")
        .vul("vastleggen:inhoud", "Gesprek met de school gepland.")
        .klik("vastleggen:opslaan");
    assertTrue(
        (Boolean)
            browser.script(
                "const r = document.getElementById('vastleggen').getBoundingClientRect();"
                    + " return window.scrollY > 0 && r.top >= 0 && r.top < window.innerHeight;"),
        "back at the form, not at the top of the page");

    browser.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    browser.vul("contact:notitie", "Gebeld; aanmelder bereikt").klik("contact:vastleggen");
    assertTrue(browser.paginatekst().contains("Het contact met de aanmelder is vastgelegd."));
    browser.open((String) browser.script("return location.pathname + location.search;"));
    assertTrue(browser.kop().startsWith("Casus " + aanmelding.nummer()), "reopened: the case");
  }

  @Test
  void aFormWithErrorsSumsThemUpOnTopAndEachLinkLeadsToItsField() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
    browser.klik("vastleggen:opslaan");
    assertEquals(
        "Er zijn 2 velden niet goed ingevuld\n"
            + "Soort informatie: Kies de soort informatie.\n"
            + "Informatie: Vul de informatie in.",
        browser.tekst("foutenoverzicht"));
    assertEquals("foutenoverzicht", browser.script("return document.activeElement.id;"));
    assertEquals(
        "true", browser.alle(By.id("vastleggen:inhoud")).get(0).getAttribute("aria-invalid"));
    assertTrue(
        browser.beschrijving("vastleggen:categorie").startsWith("Kies de soort informatie."));

    browser.alle(By.linkText("Informatie: Vul de informatie in.")).get(0).click();
    assertEquals("vastleggen:inhoud", browser.script("return document.activeElement.id;"));
  }

  @Test
  void screeningActionsOnlyWhileTheReferralIsScreened() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    assertFalse(browser.alle(By.id("uitvraag:versturen")).isEmpty());

    browser.open("/casus/index.xhtml?status=OPGEPAKT");
    browser.klik(By.cssSelector("#lijst\\:casussen_data a"));
    assertTrue(browser.kop().endsWith("Opgepakt"), browser.kop());
    assertTrue(browser.alle(By.id("contact:vastleggen")).isEmpty());
    assertTrue(browser.alle(By.id("uitvraag:versturen")).isEmpty());
    assertTrue(browser.alle(By.id("aanvulling:vragen")).isEmpty());
    assertTrue(
        browser.tekst("volgende-stap").contains("het ICO voorbereiden"),
        browser.tekst("volgende-stap"));
  }

  @Test
  void theCaseListSearchesFiltersAndKeepsTheFilterInTheAddress() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/index.xhtml");
    browser
        .vul("filter:zoek", aanmelding.nummer().substring(4).toLowerCase())
        .klik("filter:filteren");
    assertTrue(browser.pad().endsWith("/casus/index.xhtml"));
    assertTrue(((String) browser.script("return location.search;")).contains("zoek="));
    assertEquals(List.of(aanmelding.nummer()), nummers());

    browser.kies("filter:status", "Afgesloten").klik("filter:filteren");
    assertEquals(List.of(), nummers());
    assertTrue(browser.paginatekst().contains("Geen casussen gevonden met deze filters."));
    browser.klik("filter:wissen");
    assertTrue(nummers().size() > 1);

    browser.open("/casus/index.xhtml?status=ONZIN");
    assertTrue(nummers().size() > 1, "an unknown status in the address: no filter");
    assertTrue(browser.alle(By.id("foutenoverzicht")).isEmpty());
  }

  @Test
  void theCountPerStatusOnTheStartPageLeadsToTheCasesWithThatStatus() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    By afgesloten =
        By.xpath(
            "//table[@id='casussen-per-status']//tr[td[1][normalize-space()='Afgesloten']]//a");
    int aantal = Integer.parseInt(browser.alle(afgesloten).get(0).getText());
    browser.klik(afgesloten);
    assertEquals("?status=AFGESLOTEN", browser.script("return location.search;"));
    assertEquals(aantal, nummers().size());
    assertTrue(
        browser.alle(By.cssSelector("#lijst\\:casussen_data .status")).stream()
            .allMatch(s -> s.getText().equals("Afgesloten")));
  }

  @Test
  void anUnknownCaseSaysItWasNotFound() {
    browser.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?id=987654321");
    assertEquals("Casus niet gevonden", browser.kop());
    browser.klik(By.linkText("Naar de casussen die u kunt openen"));
    assertEquals("/casus/index.xhtml", browser.pad());
  }

  @Test
  void theReferrerSeesTheWorkspaceOfTheirReferral() {
    browser.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?tab=aanmelding&id=" + aanmelding.casusId());
    assertTrue(browser.kop().startsWith("Casus " + aanmelding.nummer()));
    assertTrue(browser.paginatekst().contains("Dreigende uitzetting"));
    assertTrue(browser.alle(By.id("screening")).isEmpty(), "the screening is the ZVH's");
    String triagedatum =
        LocalDate.parse(aanmelding.triagedatum()).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertTrue(browser.paginatekst().contains(triagedatum), "dates as dd-mm-jjjj");
  }

  private List<String> nummers() {
    return browser.alle(By.cssSelector("#lijst\\:casussen_data a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static int keren(String tekst, String stuk) {
    return tekst.split(java.util.regex.Pattern.quote(stuk), -1).length - 1;
  }

  // ---- Berichten (issue 12): the thread of a case.

  @Test
  void aMessageKeepsItsLineBreaksIsShownAsTextAndAnEmptyOneKeepsTheForm() {
    browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    browser.open("/casus/dossier.xhtml?tab=berichten&id=" + aanmelding.casusId());
    assertTrue(browser.paginatekst().contains("Er zijn nog geen berichten bij deze casus."));
    browser.klik("bericht:versturen");
    assertTrue(browser.tekst("foutenoverzicht").contains("Typ een bericht."));

    browser.vul("bericht:tekst", "Eerste regel\nTweede regel <b>vet</b>").klik("bericht:versturen");
    assertTrue(browser.paginatekst().contains("Uw bericht is verstuurd."));
    String bericht = browser.alle(By.cssSelector("#berichten .bericht-tekst")).get(0).getText();
    assertEquals("Eerste regel\nTweede regel <b>vet</b>", bericht, "escaped, line break kept");
    assertTrue(browser.alle(By.cssSelector("#berichten b")).isEmpty(), "no markup from the text");
    String adres = (String) browser.script("return location.href;");
    assertTrue(adres.contains("tab=berichten"), adres);
  }
}
