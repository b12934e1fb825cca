package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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

      beheerder.klik(rijknop("k.de.boer", "Deactiveren"));
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
    beheerder.open("/beheer/gebruikers.xhtml").klik(rijknop("beheerder", "Deactiveren"));
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
      assertEquals("17:00", beheerder.waarde("instellingen:deadlinetijd"));
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
        .datum("toevoegen:datum", "2099-05-15")
        .vul("toevoegen:omschrijving", "Vrijdag na Hemelvaart 2099")
        .klik("toevoegen:toevoegen");
    assertTrue(beheerder.tekst("feestdagen:lijst").contains("vrijdag 15 mei 2099"));
    beheerder.klik(By.xpath("//tr[td[contains(.,'2099')]]//input[@value='Verwijderen']"));
    assertFalse(beheerder.paginatekst().contains("Vrijdag na Hemelvaart 2099"));
  }

  /** The button with the given text in the table row of the given user. */
  private static By rijknop(String gebruikersnaam, String knoptekst) {
    return By.xpath(
        "//tr[td[normalize-space(.)='" + gebruikersnaam + "']]//input[@value='" + knoptekst + "']");
  }
}
