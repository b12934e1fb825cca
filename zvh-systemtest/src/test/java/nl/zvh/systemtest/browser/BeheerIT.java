package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.zvh.systemtest.portaal.Authenticator;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A beheerder manages organisations and users in the portal, and what that means for the users:
 * validation in Dutch that keeps what was typed, conflicts instead of lost updates, and a
 * deactivated account that can no longer get in.
 */
@ExtendWith(Portaal.class)
class BeheerIT {

  private static final String WACHTWOORD = "Een-lang-wachtwoord-1";

  private static PortaalAdres portaal;
  private static Browser beheerder;

  @BeforeAll
  static void loginAsBeheerder(PortaalAdres adres) {
    portaal = adres;
    beheerder =
        Browser.start(adres).open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stopBrowser() {
    beheerder.close();
  }

  @Test
  void aNewOrganisationIsValidatedInDutchAndThenSaved() {
    beheerder.open("/beheer/organisaties.xhtml").klik("lijst:nieuw").klik("formulier:bewaren");
    assertEquals("Vul de naam van de organisatie in.", beheerder.tekst("formulier:naam-melding"));
    assertEquals("Kies het type organisatie.", beheerder.tekst("formulier:type-melding"));
    assertEquals(
        "Vul de datum in vanaf wanneer de organisatie convenantlid is.",
        beheerder.tekst("formulier:vanaf-melding"));

    beheerder
        .vul("formulier:naam", "Woningcorporatie Kennemer <b>Wonen</b>")
        .kies("formulier:type", "Woningcorporatie")
        .datum("formulier:vanaf", "2025-03-01")
        .datum("formulier:tot", "2025-01-01")
        .klik("formulier:bewaren");
    assertTrue(
        beheerder.paginatekst().contains("'Convenantlid tot' ligt vóór 'convenantlid vanaf'."));
    assertEquals(
        "Woningcorporatie Kennemer <b>Wonen</b>",
        beheerder.waarde("formulier:naam"),
        "what was typed is kept");

    beheerder.datum("formulier:tot", "").klik("formulier:bewaren");
    assertTrue(
        beheerder
            .paginatekst()
            .contains("Organisatie Woningcorporatie Kennemer <b>Wonen</b> is opgeslagen."),
        "markup in a name is shown as text, not rendered");
    assertTrue(
        beheerder.tekst("lijst:organisaties").contains("Woningcorporatie Kennemer <b>Wonen</b>"));
  }

  @Test
  void aUserIsCreatedLogsInGetsANewPasswordAndIsShutOutWhenDeactivated() {
    beheerder.open("/beheer/gebruikers.xhtml").klik("lijst:nieuw");
    beheerder
        .vul("formulier:gebruikersnaam", "k.de.boer")
        .vul("formulier:naam", "Karin de Boer")
        .vul("formulier:email", "karin@@reclassering")
        .kies("formulier:rol", "Ketenpartner")
        .kies("formulier:organisatie", "Reclassering Nederland")
        .vul("formulier:wachtwoord", WACHTWOORD)
        .klik("formulier:bewaren");
    assertEquals(
        "Dit is geen geldig e-mailadres (bijvoorbeeld naam@organisatie.nl).",
        beheerder.tekst("formulier:email-melding"));
    assertEquals("Karin de Boer", beheerder.waarde("formulier:naam"), "what was typed is kept");

    beheerder
        .vul("formulier:email", "karin.deboer@reclassering.example")
        .vul("formulier:wachtwoord", WACHTWOORD)
        .klik("formulier:bewaren");
    assertTrue(beheerder.paginatekst().contains("Gebruiker k.de.boer is opgeslagen."));

    try (Browser karin = Browser.start(portaal)) {
      karin.open("/login.xhtml").inloggen("k.de.boer", WACHTWOORD);
      assertEquals("/partner/index.xhtml", karin.pad());
      assertTrue(karin.paginatekst().contains("Recente aanmeldingen van Reclassering Nederland"));

      beheerder.klik(rijknop("k.de.boer", "Wachtwoord instellen"));
      beheerder
          .vul("wachtwoordformulier:nieuwWachtwoord", "kort")
          .klik("wachtwoordformulier:instellen");
      assertTrue(beheerder.paginatekst().contains("Een wachtwoord heeft 12 tot 128 tekens."));
      beheerder
          .vul("wachtwoordformulier:nieuwWachtwoord", "Nog-een-lang-wachtwoord")
          .klik("wachtwoordformulier:instellen");
      assertTrue(
          beheerder.paginatekst().contains("Het nieuwe wachtwoord van k.de.boer is ingesteld."));

      beheerder.klikEnBevestig(rijknop("k.de.boer", "Deactiveren"));
      assertTrue(beheerder.paginatekst().contains("Gebruiker k.de.boer is gedeactiveerd."));

      karin.open("/partner/index.xhtml");
      assertEquals("/login.xhtml", karin.pad(), "a deactivated user is logged out at once");
      karin.probeerInTeLoggen("k.de.boer", "Nog-een-lang-wachtwoord");
      assertEquals("/login.xhtml", karin.pad(), "and cannot log in again");
    }
  }

  @Test
  void twoBeheerdersEditingTheSameUserGetAConflictInsteadOfALostUpdate() {
    try (Browser tweede = Browser.start(portaal)) {
      tweede.open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
      beheerder.open("/beheer/gebruikers.xhtml").klik(rijknop("manager", "Wijzigen"));
      tweede.open("/beheer/gebruikers.xhtml").klik(rijknop("manager", "Wijzigen"));

      beheerder.vul("formulier:naam", "Mark Manager (eerste)").klik("formulier:bewaren");
      assertTrue(beheerder.paginatekst().contains("Gebruiker manager is opgeslagen."));

      tweede.vul("formulier:naam", "Mark Manager (tweede)").klik("formulier:bewaren");
      assertTrue(
          tweede.paginatekst().contains("Deze gebruiker is intussen door iemand anders gewijzigd."),
          tweede.paginatekst());
      assertEquals(
          "Mark Manager (eerste)", tweede.waarde("formulier:naam"), "the current state is shown");
      assertTrue(tweede.tekst("lijst:gebruikers").contains("Mark Manager (eerste)"));
    }
  }

  @Test
  void aBeheerderCannotDeactivateThemselves() {
    beheerder.open("/beheer/gebruikers.xhtml").klikEnBevestig(rijknop("beheerder", "Deactiveren"));
    assertTrue(beheerder.paginatekst().contains("U kunt uw eigen account niet deactiveren."));
  }

  @Test
  void theTriageSettingsAndTheDecreeHolidaysAreKeptByTheBeheerder() {
    beheerder.open("/beheer/termijnen.xhtml");
    assertEquals("", beheerder.toegankelijkheidsfouten());
    try {
      beheerder
          .kies("instellingen:deadlinedag", "woensdag")
          .datum("instellingen:deadlinetijd", "17:00")
          .kies("instellingen:triagedag", "donderdag")
          .klik("instellingen:bewaren");
      assertTrue(beheerder.paginatekst().contains("De triage-instelling is opgeslagen."));
      beheerder.open("/beheer/termijnen.xhtml");
      assertEquals("17:00", beheerder.waarde("instellingen:deadlinetijd_input"));
    } finally {
      beheerder
          .open("/beheer/termijnen.xhtml")
          .kies("instellingen:deadlinedag", "maandag")
          .datum("instellingen:deadlinetijd", "12:00")
          .kies("instellingen:triagedag", "dinsdag")
          .klik("instellingen:bewaren");
    }

    beheerder.klik("toevoegen:toevoegen");
    assertEquals("Vul de datum in.", beheerder.tekst("toevoegen:datum-melding"));
    assertEquals(
        "Vul de omschrijving van het besluit in.",
        beheerder.tekst("toevoegen:omschrijving-melding"));
    assertEquals("", beheerder.toegankelijkheidsfouten());
    beheerder
        .datum("toevoegen:datum", "2037-05-15")
        .vul("toevoegen:omschrijving", "Vrijdag na Hemelvaart 2037")
        .klik("toevoegen:toevoegen");
    assertTrue(beheerder.tekst("feestdagen:lijst").contains("vrijdag 15 mei 2037"));
    beheerder.klikEnBevestig(By.xpath("//tr[td[contains(.,'2037')]]//input[@value='Verwijderen']"));
    assertFalse(beheerder.paginatekst().contains("Vrijdag na Hemelvaart 2037"));
  }

  @Test
  void theErrorSummaryNamesEachFieldAndItsLinkTakesTheUserToIt() {
    beheerder.open("/beheer/organisaties.xhtml").klik("lijst:nieuw").klik("formulier:bewaren");
    String overzicht = beheerder.tekst("foutenoverzicht");
    assertTrue(overzicht.contains("Vul de naam van de organisatie in."), overzicht);
    assertTrue(overzicht.contains("Kies het type organisatie."), overzicht);
    WebElement naarNaam =
        beheerder.alle(By.cssSelector("#foutenoverzicht a")).stream()
            .filter(a -> a.getText().contains("Vul de naam van de organisatie in."))
            .findFirst()
            .orElseThrow();
    assertTrue(naarNaam.getText().startsWith("Naam"), "it names the field: " + naarNaam.getText());
    naarNaam.click();
    assertEquals(
        "formulier:naam",
        beheerder.script("return document.activeElement.id;"),
        "the link takes the focus to the field");
    assertEquals(
        "true", beheerder.script("return document.activeElement.getAttribute('aria-invalid');"));
  }

  @Test
  void theStartPageCountsLeadToTheListsFilteredTheSameWay() {
    LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    String volgnummer = String.valueOf(System.nanoTime() % 1_000_000);
    String geeindigd = "Stichting Oud Convenant " + volgnummer;
    String eindigtBijna = "Stichting Bijna Klaar " + volgnummer;
    nieuweOrganisatie(geeindigd, vandaag.minusDays(10));
    nieuweOrganisatie(eindigtBijna, vandaag.plusMonths(1));
    String account = "oud." + volgnummer;
    beheerder.open("/beheer/gebruikers.xhtml").klik("lijst:nieuw");
    beheerder
        .vul("formulier:gebruikersnaam", account)
        .vul("formulier:naam", "Olga Oud")
        .vul("formulier:email", "olga@oud.example")
        .kies("formulier:rol", "Ketenpartner")
        .kies("formulier:organisatie", geeindigd)
        .vul("formulier:wachtwoord", WACHTWOORD)
        .klik("formulier:bewaren");
    assertTrue(beheerder.paginatekst().contains("Gebruiker " + account + " is opgeslagen."));

    volgTeller("beeindigd", "BEEINDIGD", "lijst:organisaties", geeindigd);
    volgTeller("loopt-af", "LOOPT_AF", "lijst:organisaties", eindigtBijna);
    volgTeller("buiten-convenant", "BUITEN_CONVENANT", "lijst:gebruikers", account);
    volgTeller("gedeactiveerd", "GEDEACTIVEERD", "lijst:gebruikers", null);

    beheerder.open("/beheer/index.xhtml");
    assertTrue(
        beheerder.alle(By.cssSelector("#buiten-convenant.aandacht")).size() == 1,
        "accounts that cannot log in ask for attention");
    assertEquals("", beheerder.toegankelijkheidsfouten());
  }

  @Test
  void cancellingADeactivationLeavesTheAccountActiveAndTheQuestionNamesIt() {
    beheerder.open("/beheer/gebruikers.xhtml");
    String knop = beheerder.alle(rijknop("manager", "Deactiveren")).get(0).getAttribute("id");
    beheerder.klikEnAnnuleer(knop);
    String vraag =
        (String)
            beheerder.script("return document.getElementById('bevestiging-tekst').textContent;");
    assertTrue(vraag.contains("Gebruiker manager"), vraag);
    assertFalse(beheerder.paginatekst().contains("is gedeactiveerd"));
    beheerder.open("/beheer/gebruikers.xhtml");
    assertEquals(1, beheerder.alle(rijknop("manager", "Deactiveren")).size(), "still active");
  }

  /**
   * Reads the count of a start page's tile, follows it, and checks that the list shows that many
   * rows, filtered the same way, with the filter in the address.
   */
  private static void volgTeller(String teller, String filter, String tabel, String bevat) {
    beheerder.open("/beheer/index.xhtml");
    long aantal =
        Long.parseLong(
            beheerder.alle(By.cssSelector("#" + teller + " .aantal")).get(0).getText().strip());
    beheerder.klik(teller);
    assertEquals("?filter=" + filter, beheerder.script("return location.search;"));
    assertEquals(
        aantal,
        beheerder.alle(By.xpath("//div[@id='" + tabel + "']//tbody/tr[@data-ri]")).size(),
        teller + ": " + beheerder.paginatekst());
    if (bevat != null) {
      assertTrue(beheerder.tekst(tabel).contains(bevat), beheerder.tekst(tabel));
    }
  }

  private static void nieuweOrganisatie(String naam, LocalDate tot) {
    beheerder
        .open("/beheer/organisaties.xhtml")
        .klik("lijst:nieuw")
        .vul("formulier:naam", naam)
        .kies("formulier:type", "Overig")
        .datum("formulier:vanaf", "2025-01-01")
        .datum("formulier:tot", tot.toString())
        .klik("formulier:bewaren");
    assertTrue(
        beheerder.paginatekst().contains("Organisatie " + naam + " is opgeslagen."),
        beheerder.paginatekst());
  }

  /**
   * The button with the given text in the table row of the given user (a cell's own text: on a
   * phone the cell also holds its column's title).
   */
  // ---- Issue 14: enrolling the second factor, recovery codes, the beheerder's reset, one's own
  // password, and the beheerder's view of logins.

  @Test
  void aNewUserEnrolsWithTheQrCodeUsesARecoveryCodeOnceAndEnrolsAgainAfterAReset() {
    String naam = "s.visser";
    nieuweKetenpartner(naam, "Sanne Visser").vul("formulier:wachtwoord", "Welkom2026!!");
    beheerder.klik("formulier:bewaren");
    assertTrue(
        beheerder.paginatekst().contains("lijst van veelgebruikte wachtwoorden"),
        "a common password is refused");
    beheerder.vul("formulier:wachtwoord", WACHTWOORD).klik("formulier:bewaren");
    assertTrue(beheerder.paginatekst().contains("Gebruiker s.visser is opgeslagen."));

    try (Browser sanne = Browser.start(portaal)) {
      sanne.open("/login.xhtml").probeerInTeLoggen(naam, WACHTWOORD);
      assertEquals("/tweedefactor.xhtml", sanne.pad());
      assertEquals("Tweede stap instellen", sanne.kop());
      assertEquals(1, sanne.alle(By.cssSelector("svg.qrcode path")).size(), "the QR code");
      String geheim = sanne.tekst("geheim");
      assertTrue(geheim.replace(" ", "").matches("[A-Z2-7]{32}"), geheim);
      assertTrue(
          sanne.alle(By.cssSelector("img, iframe")).isEmpty()
              && !sanne.paginaBron().contains("otpauth"),
          "the secret is in no URL the browser requests");
      sanne.vul("tweedefactorformulier:code", "12345").klik("tweedefactorformulier:bevestigen");
      assertTrue(sanne.tekst("tweedefactorformulier:code-melding").startsWith("Deze code"));
      assertEquals("", sanne.toegankelijkheidsfoutenOpBeideBreedtes(), "the enrolment");

      Authenticator.voegToe(naam, geheim);
      sanne
          .vul("tweedefactorformulier:code", Authenticator.code(naam))
          .klik("tweedefactorformulier:bevestigen");
      assertEquals("/account/herstelcodes.xhtml", sanne.pad());
      List<String> codes =
          sanne.alle(By.cssSelector("#herstelcodes code")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(10, codes.size());
      assertEquals("", sanne.toegankelijkheidsfoutenOpBeideBreedtes(), "the recovery codes");
      sanne.open("/account/herstelcodes.xhtml");
      assertTrue(sanne.alle(By.cssSelector("#herstelcodes code")).isEmpty(), "shown once");
      sanne.klik("verder");
      assertEquals("/partner/index.xhtml", sanne.pad());

      sanne.uitloggen().probeerInTeLoggen(naam, WACHTWOORD);
      sanne
          .vul("tweedefactorformulier:code", codes.get(0))
          .klik("tweedefactorformulier:bevestigen");
      assertEquals("/partner/index.xhtml", sanne.pad(), "a recovery code logs in");
      sanne.uitloggen().probeerInTeLoggen(naam, WACHTWOORD);
      sanne
          .vul("tweedefactorformulier:code", codes.get(0))
          .klik("tweedefactorformulier:bevestigen");
      assertEquals("/tweedefactor.xhtml", sanne.pad(), "once");
      sanne
          .vul("tweedefactorformulier:code", codes.get(1))
          .klik("tweedefactorformulier:bevestigen");

      sanne.klik("uitlogformulier:mijn-account");
      assertEquals("/account/index.xhtml", sanne.pad());
      assertTrue(sanne.tekst("tweedefactor-status").contains("Ongebruikte herstelcodes: 8"));
      sanne
          .vul("wachtwoordformulier:huidigWachtwoord", "Niet-het-huidige-1")
          .vul("wachtwoordformulier:wachtwoord", "Paars paard eet brood")
          .vul("wachtwoordformulier:herhaling", "Paars paard eet brood")
          .vul("wachtwoordformulier:code", Authenticator.code(naam))
          .klik("wachtwoordformulier:wijzigen");
      assertEquals(
          "Het huidige wachtwoord klopt niet.",
          sanne.tekst("wachtwoordformulier:huidigWachtwoord-melding"));
      sanne
          .vul("wachtwoordformulier:huidigWachtwoord", WACHTWOORD)
          .vul("wachtwoordformulier:wachtwoord", "Paars paard eet brood")
          .vul("wachtwoordformulier:herhaling", "Paars paard eet brood")
          .vul("wachtwoordformulier:code", Authenticator.code(naam))
          .klik("wachtwoordformulier:wijzigen");
      assertTrue(sanne.paginatekst().contains("Uw wachtwoord is gewijzigd."), sanne.paginatekst());

      beheerder.open("/beheer/gebruikers.xhtml");
      beheerder.klikEnBevestig(rijknop(naam, "Tweede stap herstellen"));
      assertTrue(beheerder.paginatekst().contains("De tweede stap van s.visser is gewist"));

      sanne.uitloggen().probeerInTeLoggen(naam, "Paars paard eet brood");
      assertEquals("Tweede stap instellen", sanne.kop(), "after the reset: enrol again");

      beheerder.open("/beheer/inlogbeveiliging.xhtml");
      assertTrue(
          beheerder.tekst("lijst:gebeurtenissen").contains("Code van de tweede stap onjuist"));
      beheerder.open("/beheer/inlogbeveiliging.xhtml?filter=WIJZIGINGEN");
      String wijzigingen = beheerder.tekst("lijst:gebeurtenissen");
      assertTrue(wijzigingen.contains("Tweede stap gewist door de beheerder"), wijzigingen);
      assertTrue(wijzigingen.contains("Eigen wachtwoord gewijzigd"), wijzigingen);
      assertTrue(wijzigingen.contains("Ingelogd met een herstelcode"), wijzigingen);
    }
  }

  /**
   * Passkeys (issue 14, item 1's second way): added on Mijn account with a code of the app, used
   * for the second step instead of the code, removed by their owner, and gone with the beheerder's
   * reset. Chromium's virtual authenticator makes real keys; the portal is opened as localhost, as
   * a browser allows passkeys only for a host name.
   */
  @Test
  void aPasskeyAddedOnMijnAccountTakesTheSecondStepAndGoesWithRemovalOrTheBeheerdersReset() {
    String naam = "m.jansen";
    nieuweKetenpartner(naam, "Mila Jansen")
        .vul("formulier:wachtwoord", WACHTWOORD)
        .klik("formulier:bewaren");
    assertTrue(beheerder.paginatekst().contains("Gebruiker m.jansen is opgeslagen."));

    try (Browser mila = Browser.start(portaal.opLocalhost())) {
      mila.open("/login.xhtml").inloggen(naam, WACHTWOORD);
      mila.passkeyapparaat();
      mila.open("/account/index.xhtml");
      assertTrue(mila.tekst("passkeyformulier:passkeys").contains("U heeft nog geen passkeys."));

      mila.klik("passkeyformulier:toevoegen");
      assertEquals(
          "Geef de passkey een naam, bijvoorbeeld Laptop werk.",
          mila.tekst("passkeyformulier:naam-melding"),
          "an empty name is refused before the device is asked");
      mila.vul("passkeyformulier:naam", "Laptop werk")
          .vul("passkeyformulier:code", "000000")
          .klik("passkeyformulier:toevoegen");
      assertEquals(
          "Deze code klopt niet. Neem de code die uw app nu toont.",
          mila.tekst("passkeyformulier:code-melding"));
      assertEquals("Laptop werk", mila.waarde("passkeyformulier:naam"), "what was typed is kept");
      assertTrue(mila.tekst("passkeyformulier:passkeys").contains("U heeft nog geen passkeys."));

      mila.vul("passkeyformulier:code", Authenticator.code(naam))
          .klik("passkeyformulier:toevoegen");
      assertTrue(mila.paginatekst().contains("De passkey is toegevoegd."), mila.paginatekst());
      String passkeys = mila.tekst("passkeyformulier:passkeys");
      assertTrue(passkeys.contains("Laptop werk") && passkeys.contains("Nog niet"), passkeys);
      assertEquals("", mila.toegankelijkheidsfoutenOpBeideBreedtes(), "Mijn account");

      mila.uitloggen().probeerInTeLoggen(naam, WACHTWOORD);
      assertEquals("", mila.toegankelijkheidsfoutenOpBeideBreedtes(), "the step with a passkey");
      mila.klik("passkeyformulier:metpasskey");
      assertEquals("/partner/index.xhtml", mila.pad(), "the passkey took the second step");
      mila.open("/account/index.xhtml");
      assertFalse(mila.tekst("passkeyformulier:passkeys").contains("Nog niet"), "last used");

      String vraag = mila.klikEnBevestig(By.cssSelector("input[value='Verwijderen']"));
      assertTrue(vraag.contains("Laptop werk"), vraag);
      assertTrue(mila.paginatekst().contains("De passkey is verwijderd."));
      assertTrue(mila.tekst("passkeyformulier:passkeys").contains("U heeft nog geen passkeys."));
      mila.uitloggen().probeerInTeLoggen(naam, WACHTWOORD);
      assertTrue(mila.alle(By.id("passkeyformulier")).isEmpty(), "no passkey left to log in with");

      mila.vul("tweedefactorformulier:code", Authenticator.code(naam))
          .klik("tweedefactorformulier:bevestigen")
          .open("/account/index.xhtml")
          .vul("passkeyformulier:naam", "Laptop thuis")
          .vul("passkeyformulier:code", Authenticator.code(naam))
          .klik("passkeyformulier:toevoegen");
      assertTrue(mila.tekst("passkeyformulier:passkeys").contains("Laptop thuis"));

      beheerder.open("/beheer/gebruikers.xhtml");
      String reset = beheerder.klikEnBevestig(rijknop(naam, "Tweede stap herstellen"));
      assertTrue(reset.contains("de passkeys"), reset);
      mila.uitloggen().probeerInTeLoggen(naam, WACHTWOORD);
      assertEquals("Tweede stap instellen", mila.kop(), "after the reset: enrol again");
      assertTrue(mila.alle(By.id("passkeyformulier")).isEmpty(), "and no passkey works");

      beheerder.open("/beheer/inlogbeveiliging.xhtml?filter=WIJZIGINGEN");
      String wijzigingen = beheerder.tekst("lijst:gebeurtenissen");
      assertTrue(wijzigingen.contains("Passkey toegevoegd"), wijzigingen);
      assertTrue(wijzigingen.contains("Passkey verwijderd"), wijzigingen);
    }
  }

  /**
   * The beheerder's form for a new user of the probation service, filled in but for the password.
   */
  private static Browser nieuweKetenpartner(String gebruikersnaam, String naam) {
    beheerder.open("/beheer/gebruikers.xhtml").klik("lijst:nieuw");
    return beheerder
        .vul("formulier:gebruikersnaam", gebruikersnaam)
        .vul("formulier:naam", naam)
        .vul("formulier:email", gebruikersnaam + "@reclassering.example")
        .kies("formulier:rol", "Ketenpartner")
        .kies("formulier:organisatie", "Reclassering Nederland");
  }

  private static By rijknop(String gebruikersnaam, String knoptekst) {
    return By.xpath(
        "//tr[td/text()[normalize-space(.)='"
            + gebruikersnaam
            + "']]//input[@value='"
            + knoptekst
            + "']");
  }
}
