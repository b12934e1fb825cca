package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The WGS rules as users meet them in the portal, on the demo cases: case 1 with police, GGZ and
 * municipality taking part; case 2 of the police alone. Refusals, guessed ids, consent given and
 * withdrawn, and exactly one log record per betrokkene per page view.
 */
@ExtendWith(Portaal.class)
class CasusPrivacyIT {

  private static final String POLITIE_ITEM = "Drie meldingen van overlast";
  private static final String GGZ_ITEM = "Jan was tot vorig jaar in behandeling";
  private static final String GEMEENTE_ITEM = "Het gezin heeft schulden";

  private static PortaalAdres portaal;
  private static Browser politie;
  private static Browser ggz;

  @BeforeAll
  static void partnersLoggenIn(PortaalAdres adres) {
    portaal = adres;
    politie =
        Browser.start(adres)
            .open("/login.xhtml")
            .inloggen("partner.politie", DemoAccount.WACHTWOORD);
    ggz = Browser.start(adres).open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stop() {
    politie.close();
    ggz.close();
  }

  @Test
  void aPartnerListsOnlyTheCasesTheirOrganisationTakesPartIn() {
    // Searched by number: other tests add referrals of the police that fill the first page.
    assertTrue(casussen(politie, "-000001").stream().anyMatch(n -> n.endsWith("-000001")));
    assertTrue(casussen(politie, "-000002").stream().anyMatch(n -> n.endsWith("-000002")));
    // The GGZ takes part in the family's case and, as casusregisseur, in the one after its ICO.
    List<String> vanGgz = casussen(ggz);
    assertEquals(
        List.of("-000001", "-000006"),
        vanGgz.stream().map(n -> n.substring(n.length() - 7)).sorted().toList(),
        vanGgz.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "999999", "abc", "-1", ""})
  void aGuessedOrForeignCaseIdGetsNoAccessAndShowsNothing(String id) {
    ggz.open("/casus/dossier.xhtml?id=" + id);
    // Not found, as for a case that does not exist: ids cannot be probed.
    assertEquals("Casus niet gevonden", ggz.kop());
    assertFalse(ggz.paginatekst().contains("Kees"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"manager", "privacy", "beheerder"})
  void rolesWithoutNeedToKnowCannotOpenACase(String gebruiker) {
    try (Browser ander = Browser.start(portaal)) {
      ander.open("/login.xhtml").inloggen(gebruiker, DemoAccount.WACHTWOORD);
      ander.open("/casus/dossier.xhtml?id=" + casusId(politie, "-000001"));
      assertEquals("Geen toegang", ander.kop());
      ander.open("/casus/index.xhtml");
      assertEquals("Geen toegang", ander.kop());
    }
  }

  @Test
  void aPartnerSeesOwnAndSharedInformationOnlyWithTheSpecialCategoriesMarked() {
    openGezin(politie);
    String tekst = politie.paginatekst();
    assertTrue(tekst.contains(POLITIE_ITEM));
    assertTrue(tekst.contains(GEMEENTE_ITEM));
    assertFalse(tekst.contains(GGZ_ITEM), "the GGZ has not shared its item");
    assertTrue(tekst.contains("Strafrechtelijk (bijzonder persoonsgegeven)"));

    openGezin(ggz);
    assertTrue(ggz.paginatekst().contains(GGZ_ITEM), "the source always sees its own item");
    assertTrue(ggz.paginatekst().contains(POLITIE_ITEM));
  }

  @Test
  void consentGivenShowsTheItemToTheOthersAndWithdrawnHidesItAtOnce() {
    openGezin(ggz).klik(knopInRij(GGZ_ITEM, "Delen met deelnemers"));
    assertTrue(ggz.paginatekst().contains("De informatie is gedeeld met de deelnemers"));
    openGezin(politie);
    assertTrue(politie.paginatekst().contains(GGZ_ITEM));
    assertTrue(
        politie.alle(knopInRij(GGZ_ITEM, "Delen intrekken")).isEmpty(), "only the source decides");

    ggz.klikEnAnnuleer(knopInRij(GGZ_ITEM, "Delen intrekken"));
    openGezin(politie);
    assertTrue(politie.paginatekst().contains(GGZ_ITEM), "cancelled: still shared");
    assertEquals(
        "De andere deelnemers zien deze informatie van uw organisatie dan niet meer.",
        ggz.klikEnBevestig(knopInRij(GGZ_ITEM, "Delen intrekken")));
    assertTrue(ggz.paginatekst().contains("De informatie wordt niet meer gedeeld"));
    openGezin(politie);
    assertFalse(politie.paginatekst().contains(GGZ_ITEM));
  }

  @Test
  void aPartnerRecordsInformationThatOnlyTheirOrganisationSeesUntilShared() {
    openGezin(politie).klik("vastleggen:opslaan");
    assertEquals("Kies de soort informatie.", politie.tekst("vastleggen:categorie-melding"));
    assertEquals("Vul de informatie in.", politie.tekst("vastleggen:inhoud-melding"));

    String nieuw = "Wijkagent heeft contact met Sanne's school <script>alert(1)</script>";
    politie
        .kies("vastleggen:categorie", "Algemeen")
        .kies("vastleggen:over", "Sanne de Vries")
        .vul("vastleggen:inhoud", nieuw)
        .klik("vastleggen:opslaan");
    assertTrue(politie.paginatekst().contains("De informatie is vastgelegd."));
    assertTrue(politie.paginatekst().contains(nieuw), "stored as typed, shown as text");
    openGezin(ggz);
    assertFalse(ggz.paginatekst().contains("Wijkagent heeft contact"));
  }

  @Test
  void everyViewOfACaseLeavesExactlyOneLogRecordPerBetrokkene() {
    try (Browser privacy = Browser.start(portaal)) {
      privacy.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
      long janVoor = aantalRegelsVoorBsn(privacy, "111222333");
      long totaalVoor = aantalRegels(privacy);

      for (int i = 0; i < 3; i++) {
        openGezin(politie);
      }

      // Looking Jan up for an inzage request is itself a processing of his data, and logged.
      assertEquals(
          janVoor + 3 + 1,
          aantalRegelsVoorBsn(privacy, "111222333"),
          "Jan: one per view, one per search");
      assertEquals(
          totaalVoor + 2 * 3 + 1, aantalRegels(privacy), "Jan and Sanne per view, one search");
      privacy.open("/privacy/logboek.xhtml").klik("integriteit:controleer");
      assertTrue(privacy.tekst("integriteit:rapport").contains("De keten is intact."));
    }
  }

  @Test
  void aRequestForProvisionIsFiledDecidedWithAMotivationAndSeenByBothSides() {
    openGezin(ggz);
    assertTrue(
        ggz.alle(knopInRij(GGZ_ITEM, "Verzoek tot verstrekking")).isEmpty(), "not for the source");
    ggz.klik(knopInRij(POLITIE_ITEM, "Verzoek tot verstrekking")).klik("verzoekformulier:indienen");
    assertEquals(
        "Beschrijf het doel waarvoor u de informatie wilt gebruiken.",
        ggz.tekst("verzoekformulier:doel-melding"));
    assertEquals("Noem de wettelijke grondslag.", ggz.tekst("verzoekformulier:grondslag-melding"));
    ggz.vul("verzoekformulier:doel", "Risicotaxatie in het eigen behandeldossier")
        .vul("verzoekformulier:grondslag", "WGZO art. 7:454 BW")
        .vul("verzoekformulier:noodzaak", "Zonder deze informatie is de taxatie onvolledig.")
        .klik("verzoekformulier:indienen");
    assertTrue(ggz.paginatekst().contains("Uw verzoek is ingediend."));

    try (Browser privacy = Browser.start(portaal)) {
      privacy.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
      long verstrekkingenVoor = aantalRegelsVoorActiviteit(privacy, "ZVH-VA-04");
      privacy
          .open("/privacy/verzoeken.xhtml")
          .klik(By.cssSelector("#wachtrij\\:verzoeken input[value='Beoordelen']"));
      assertEquals("Risicotaxatie in het eigen behandeldossier", privacy.tekst("doel"));
      privacy.klik("beoordeling:toekennen");
      assertTrue(privacy.paginatekst().contains("Motiveer het besluit."));
      privacy
          .vul("beoordeling:motivering", "Doel en grondslag zijn helder; geen lichter middel.")
          .klik("beoordeling:toekennen");
      assertTrue(
          privacy.paginatekst().contains("Het verzoek van GGZ Noord-Holland-Noord is toegekend."));
      assertEquals(
          verstrekkingenVoor + 2,
          aantalRegelsVoorActiviteit(privacy, "ZVH-VA-04"),
          "the provision is logged for Jan and Sanne");
    }

    for (Browser kant : List.of(ggz, politie)) {
      kant.open("/partner/verzoeken.xhtml");
      String tekst = kant.paginatekst();
      assertTrue(tekst.contains("Toegekend"), tekst);
      assertTrue(tekst.contains("Doel en grondslag zijn helder; geen lichter middel."));
    }
    politie.open("/privacy/verzoeken.xhtml");
    assertEquals("Geen toegang", politie.kop());
  }

  private static long aantalRegelsVoorActiviteit(Browser privacy, String activiteit) {
    privacy.open("/privacy/logboek.xhtml");
    privacy.script(
        "const s = document.getElementById('zoeken:activiteit');" + " s.value = arguments[0];",
        activiteit);
    privacy.klik("zoeken:zoek");
    return aantal(privacy);
  }

  private static long aantalRegelsVoorBsn(Browser privacy, String bsn) {
    privacy.open("/privacy/logboek.xhtml").vul("zoeken:bsn", bsn).klik("zoeken:zoek");
    return aantal(privacy);
  }

  private static long aantalRegels(Browser privacy) {
    privacy.open("/privacy/logboek.xhtml");
    return aantal(privacy);
  }

  private static long aantal(Browser privacy) {
    String kop = privacy.tekst("resultaten:aantal");
    return Long.parseLong(kop.substring(0, kop.indexOf(' ')));
  }

  private static Browser openGezin(Browser browser) {
    return browser.open("/casus/dossier.xhtml?tab=informatie&id=" + casusId(browser, "-000001"));
  }

  private static String casusId(Browser browser, String nummerEinde) {
    browser.open("/casus/index.xhtml?zoek=" + nummerEinde);
    WebElement link =
        browser.alle(By.cssSelector("#lijst\\:casussen_data a")).stream()
            .filter(a -> a.getText().endsWith(nummerEinde))
            .findFirst()
            .orElseThrow();
    String href = link.getAttribute("href");
    return href.substring(href.indexOf("id=") + 3);
  }

  private static List<String> casussen(Browser browser) {
    return casussen(browser, "");
  }

  /** The case numbers of the list, searched for a part of the number (empty: the first page). */
  private static List<String> casussen(Browser browser, String zoek) {
    browser.open("/casus/index.xhtml?zoek=" + zoek);
    return browser.alle(By.cssSelector("#lijst\\:casussen_data a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static By knopInRij(String inhoud, String knoptekst) {
    return By.xpath(
        "//tr[td[contains(normalize-space(.), \""
            + inhoud
            + "\")]]//input[@value='"
            + knoptekst
            + "']");
  }
}
