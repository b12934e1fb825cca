package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Postbus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A partner refers a case through the whole form in the portal: validation next to the fields that
 * keeps what was typed, a concept that survives a refresh and a new session, the criteria outcome
 * before submitting, the receipt with number and triage date, the receipt e-mail without personal
 * data, and "Mijn aanmeldingen". Every page of the flow is checked with axe.
 */
@ExtendWith(Portaal.class)
class AanmeldingIT {

  private static final String SCRIPT = "<script>alert('x')</script> & <b>vet</b>";

  private static PortaalAdres portaal;
  private static Postbus postbus;
  private static Browser politie;

  @BeforeAll
  static void loginAsPartner(PortaalAdres adres, Postbus bus) {
    portaal = adres;
    postbus = bus;
    politie =
        Browser.start(adres)
            .open("/login.xhtml")
            .inloggen("partner.politie", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stopBrowser() {
    politie.close();
  }

  @Test
  void aPartnerFillsInTheWholeFormSubmitsAndGetsTheReceiptAndTheEmail() {
    politie.open("/partner/aanmelden.xhtml");
    assertEquals("", politie.toegankelijkheidsfouten());

    // Step 1: required fields, the elfproef and a birth date in the future, each next to its field.
    politie
        .vul("aanmelding:betrokkenen:0:voornamen", "Willemijn")
        .vul("aanmelding:betrokkenen:0:bsn", "123456789")
        .datum("aanmelding:betrokkenen:0:geboortedatum", "2099-01-01")
        .klik("aanmelding:volgende");
    assertEquals(
        "Vul de achternaam van de betrokkene in.",
        politie.tekst("aanmelding:betrokkenen:0:achternaam-melding"));
    assertTrue(
        politie.tekst("aanmelding:betrokkenen:0:bsn-melding").startsWith("Dit BSN klopt niet"));
    assertEquals(
        "De geboortedatum ligt in de toekomst.",
        politie.tekst("aanmelding:betrokkenen:0:geboortedatum-melding"));
    assertEquals(
        "Vul de achternaam van de betrokkene in.",
        politie.beschrijving("aanmelding:betrokkenen:0:achternaam"),
        "a screen reader reads the message with the field");
    assertEquals("Willemijn", politie.waarde("aanmelding:betrokkenen:0:voornamen"), "kept");
    assertEquals("", politie.toegankelijkheidsfouten(), "with the messages shown");

    politie
        .vul("aanmelding:betrokkenen:0:achternaam", "Zonnebloem")
        .vul("aanmelding:betrokkenen:0:bsn", "123456782")
        .datum("aanmelding:betrokkenen:0:geboortedatum", "1991-07-07")
        .vul("aanmelding:betrokkenen:0:straat", "Lindenlaan")
        .vul("aanmelding:betrokkenen:0:huisnummer", "14")
        .vul("aanmelding:betrokkenen:0:postcode", "1811 ab")
        .vul("aanmelding:betrokkenen:0:woonplaats", "Alkmaar")
        .klik("aanmelding:betrokkene-toevoegen")
        .vul("aanmelding:betrokkenen:1:voornamen", "Pim")
        .vul("aanmelding:betrokkenen:1:achternaam", "Zonnebloem")
        .datum("aanmelding:betrokkenen:1:geboortedatum", "2015-02-03")
        .klik("aanmelding:volgende");
    assertTrue(politie.pad().endsWith("/partner/aanmelden.xhtml"));
    assertTrue(politie.kop().contains("Casus aanmelden"));
    assertTrue(politie.tekst("stapkop").contains("Problematiek"), "saved and moved on");

    // Step 2, then a refresh of the saved concept: nothing is lost.
    politie
        .vul("aanmelding:reden", SCRIPT)
        .vul("aanmelding:problemen:0:omschrijving", "Schulden bij meerdere instanties.")
        .vul("aanmelding:problemen:12:omschrijving", "Aangifte wegens bedreiging.")
        .klik("aanmelding:concept");
    assertTrue(politie.paginatekst().contains("Het concept is opgeslagen."));
    politie.script("location.reload();");
    politie.wachtOpTekst("Reden van aanmelding");
    assertEquals(SCRIPT, politie.waarde("aanmelding:reden"), "stored as typed");
    assertEquals("", politie.toegankelijkheidsfouten());

    // Step 3: a partner to invite, with bad contact details first.
    politie
        .klik("aanmelding:volgende")
        .vul("aanmelding:doel", "Een gezamenlijk plan van zorg en veiligheid.")
        .klik("aanmelding:partner-toevoegen")
        .kies("aanmelding:partners:0:organisatie", "GGZ Noord-Holland-Noord")
        .vul("aanmelding:partners:0:contactpersoon", "Gea de Graaf")
        .vul("aanmelding:partners:0:email", "gea-at-ggz")
        .vul("aanmelding:partners:0:telefoon", "bel me")
        .klik("aanmelding:volgende");
    assertTrue(
        politie
            .tekst("aanmelding:partners:0:email-melding")
            .startsWith("Dit is geen geldig e-mailadres"));
    assertTrue(
        politie
            .tekst("aanmelding:partners:0:telefoon-melding")
            .startsWith("Dit is geen geldig telefoonnummer"));
    assertEquals("", politie.toegankelijkheidsfouten());
    politie
        .vul("aanmelding:partners:0:email", "gea@ggz.example")
        .vul("aanmelding:partners:0:telefoon", "072 123 45 67")
        .klik("aanmelding:volgende");

    // Step 4: the outcome (a ∧ b ∧ c) ∨ d shows while answering.
    assertTrue(politie.tekst("aanmelding:uitkomst").contains("Nog niet alle criteria"));
    politie
        .klikAjax("aanmelding:criteria:0:voldaan:0")
        .klikAjax("aanmelding:criteria:1:voldaan:0")
        .klikAjax("aanmelding:criteria:2:voldaan:1")
        .klikAjax("aanmelding:criteria:3:voldaan:1");
    assertTrue(politie.tekst("aanmelding:uitkomst").contains("voldoen niet aan de criteria"));
    politie.klikAjax("aanmelding:criteria:2:voldaan:0");
    assertTrue(politie.tekst("aanmelding:uitkomst").contains("voldoen aan de criteria"));
    for (int i = 0; i < 4; i++) {
      politie.vul("aanmelding:criteria:" + i + ":toelichting", "Toelichting " + i);
    }
    assertEquals("", politie.toegankelijkheidsfouten());

    // Step 5: not told, and why.
    politie.klik("aanmelding:volgende").klikAjax("aanmelding:geinformeerd:1");
    politie.script("document.getElementById(arguments[0]).click();", "aanmelding:reden-niet:0");
    assertEquals("", politie.toegankelijkheidsfouten());

    // Step 6: the summary, shown escaped, and submitting.
    politie.klik("aanmelding:volgende");
    assertTrue(politie.paginatekst().contains(SCRIPT), "script and HTML shown as text");
    assertTrue(politie.tekst("aanmelding:uitkomst").contains("voldoen aan de criteria"));
    assertFalse(politie.paginatekst().contains("Voordat u kunt indienen"));
    assertEquals("", politie.toegankelijkheidsfouten());
    Instant ingediend = Instant.now();
    politie.klik("aanmelding:indienen");

    assertTrue(politie.pad().endsWith("/partner/ontvangstbevestiging.xhtml"));
    String nummer = politie.tekst("nummer");
    assertTrue(nummer.matches("ZVH-\\d{4}-\\d{6}"), nummer);
    LocalDate triage = Triageplanning.STANDAARD.triagedatum(ingediend);
    assertEquals(lang(triage), politie.tekst("triagedatum"));
    assertTrue(politie.tekst("criteria").startsWith("Voldoet aan de criteria"));
    assertEquals("", politie.toegankelijkheidsfouten());

    Postbus.Bericht mail =
        postbus.wachtOp(nummer).orElseThrow(() -> new AssertionError("geen e-mail"));
    assertEquals("partner.politie@example.nl", mail.aan());
    assertEquals("Ontvangstbevestiging aanmelding " + nummer, mail.onderwerp());
    assertTrue(mail.tekst().contains(lang(triage)), mail.tekst());
    assertTrue(mail.tekst().contains("/partner/aanmeldingen.xhtml?nummer=" + nummer), mail.tekst());
    for (String persoonsgegeven :
        new String[] {
          "Zonnebloem", "Willemijn", "123456782", "Lindenlaan", "Schulden", "bedreiging"
        }) {
      assertFalse(
          mail.tekst().contains(persoonsgegeven),
          "no personal data in the mail: " + persoonsgegeven);
    }

    // Mijn aanmeldingen: found by surname, with its status history.
    politie.open("/partner/aanmeldingen.xhtml?nummer=" + nummer);
    assertTrue(politie.tekst("lijst:aanmeldingen").contains(nummer));
    assertTrue(
        politie.tekst("lijst:aanmeldingen").contains("Willemijn Zonnebloem, Pim Zonnebloem"));
    assertEquals("", politie.toegankelijkheidsfouten());
    politie.script("document.querySelector('#lijst\\\\:aanmeldingen .ui-row-toggler').click();");
    politie.wachtOpTekst("Aanmelding ingediend.");
    assertEquals("", politie.toegankelijkheidsfouten(), "with the history open");
  }

  @Test
  void theBsnMessageSaysWhatIsWrongAndTheErrorSummaryLeadsToEachField() {
    politie
        .open("/partner/aanmelden.xhtml")
        .vul("aanmelding:betrokkenen:0:voornamen", "Bastiaan")
        .vul("aanmelding:betrokkenen:0:bsn", "12345")
        .datum("aanmelding:betrokkenen:0:geboortedatum", "1985-05-05")
        .klik("aanmelding:volgende");
    assertEquals(
        "Een BSN heeft 9 cijfers, zonder spaties of andere tekens.",
        politie.tekst("aanmelding:betrokkenen:0:bsn-melding"));

    // The summary names every field that is not right, with its label.
    String overzicht = politie.tekst("aanmelding:foutenoverzicht");
    assertTrue(overzicht.startsWith("Er zijn 2 velden niet goed ingevuld"), overzicht);
    assertTrue(
        overzicht.contains("Achternaam: Vul de achternaam van de betrokkene in."), overzicht);
    assertTrue(overzicht.contains("BSN: Een BSN heeft 9 cijfers"), overzicht);
    assertEquals("", politie.toegankelijkheidsfouten(), "with the summary shown");
    politie.klikLink(By.linkText("Achternaam: Vul de achternaam van de betrokkene in."));
    assertEquals(
        "aanmelding:betrokkenen:0:achternaam", politie.focus(), "a link focuses its field");

    politie
        .vul("aanmelding:betrokkenen:0:achternaam", "Elfproef")
        .vul("aanmelding:betrokkenen:0:bsn", "123456789")
        .klik("aanmelding:volgende");
    assertTrue(
        politie
            .tekst("aanmelding:betrokkenen:0:bsn-melding")
            .startsWith("Dit BSN klopt niet: de cijfers doorstaan de elfproef niet."),
        "nine digits that fail the elfproef: a typing error, not the length");
    assertEquals("123456789", politie.waarde("aanmelding:betrokkenen:0:bsn"), "kept");
    politie.klikLink(By.partialLinkText("BSN: Dit BSN klopt niet"));
    assertEquals("aanmelding:betrokkenen:0:bsn", politie.focus());
  }

  @Test
  void aConceptSurvivesANewSessionAndBelongsToTheReferrersOrganisationAlone() {
    politie
        .open("/partner/aanmelden.xhtml")
        .vul("aanmelding:betrokkenen:0:voornamen", "Conceptina")
        .vul("aanmelding:betrokkenen:0:achternaam", "Klaproos")
        .datum("aanmelding:betrokkenen:0:geboortedatum", "1980-01-01")
        .klik("aanmelding:volgende");
    String adres = politie.script("return location.pathname + location.search;").toString();
    assertTrue(adres.contains("casus="), adres);

    try (Browser opnieuw = Browser.start(portaal)) {
      opnieuw.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      opnieuw
          .open("/partner/aanmeldingen.xhtml")
          .vul("lijst:zoektekst", "klaproos")
          .klikAjax("lijst:filteren");
      assertTrue(opnieuw.tekst("lijst:aanmeldingen").contains("Concept"));
      opnieuw.klik(By.linkText("Verder invullen"));
      assertEquals("Conceptina", opnieuw.waarde("aanmelding:betrokkenen:0:voornamen"));

      opnieuw
          .vergeet()
          .open("/login.xhtml")
          .inloggen("partner.ggz", DemoAccount.WACHTWOORD)
          .open(adres);
      assertFalse(opnieuw.paginatekst().contains("Conceptina"), "another organisation: not found");
      opnieuw.open("/partner/aanmeldingen.xhtml");
      assertFalse(opnieuw.paginatekst().contains("Klaproos"));

      opnieuw
          .vergeet()
          .open("/login.xhtml")
          .inloggen("regisseur", DemoAccount.WACHTWOORD)
          .open(adres);
      assertFalse(opnieuw.paginatekst().contains("Conceptina"), "a procesregisseur has no form");
      String id = adres.replaceAll(".*casus=(\\d+).*", "$1");
      opnieuw.open("/casus/dossier.xhtml?id=" + id);
      assertFalse(opnieuw.paginatekst().contains("Conceptina"), "nor sees the concept");
    }
  }

  @Test
  void whatWasTypedButNotSavedComesBackAfterTheSessionExpired() {
    try (Browser browser = Browser.start(portaal)) {
      browser
          .open("/login.xhtml")
          .inloggen("partner.politie", DemoAccount.WACHTWOORD)
          .open("/partner/aanmelden.xhtml")
          .vul("aanmelding:betrokkenen:0:voornamen", "Sessia")
          .vul("aanmelding:betrokkenen:0:achternaam", "Verloopt")
          .datum("aanmelding:betrokkenen:0:geboortedatum", "1970-10-10")
          .klik("aanmelding:volgende");
      String adres = browser.script("return location.pathname + location.search;").toString();
      browser.vul("aanmelding:reden", "Nog niet opgeslagen tekst");

      // The session is gone (idle timeout): the server no longer knows this browser.
      browser.vergeet().open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      browser.open(adres);
      assertEquals("Nog niet opgeslagen tekst", browser.waarde("aanmelding:reden"));
      assertTrue(browser.tekst("teruggezet").contains("is teruggezet"));
      assertEquals("", browser.toegankelijkheidsfouten());
      browser.klik("aanmelding:concept");
      assertTrue(browser.paginatekst().contains("Het concept is opgeslagen."));
      assertFalse(
          browser.alle(By.id("teruggezet")).get(0).isDisplayed(), "saved: nothing to restore");

      browser.uitloggen().open("/login.xhtml");
      assertEquals(
          0L,
          browser.script(
              "return Object.keys(sessionStorage).filter(k => k.startsWith('zvh-concept:')).length;"),
          "logging out removes the copy");
    }
  }

  @Test
  void theReferrerCompletesAnAanvullingAndResubmitsUnderTheSameNumber() {
    politie
        .open("/partner/aanmeldingen.xhtml")
        .vul("lijst:zoektekst", "el amrani")
        .klikAjax("lijst:filteren");
    assertTrue(politie.tekst("lijst:aanmeldingen").contains("Aanvulling gevraagd"));
    String nummer =
        politie.tekst("lijst:aanmeldingen").replaceAll("(?s).*(ZVH-\\d{4}-\\d{6}).*", "$1");
    politie.klik(By.linkText("Aanvullen"));
    assertTrue(
        politie.tekst("aanmelding:aanvulling").contains("Vul het adres van de betrokkene aan"));
    politie
        .vul("aanmelding:betrokkenen:0:straat", "Kanaalkade")
        .vul("aanmelding:betrokkenen:0:huisnummer", "3")
        .vul("aanmelding:betrokkenen:0:postcode", "1811LK")
        .vul("aanmelding:betrokkenen:0:woonplaats", "Alkmaar")
        .klik("aanmelding:stap:5:naar");
    assertEquals("", politie.toegankelijkheidsfouten());
    politie.klik("aanmelding:indienen");
    assertTrue(
        politie.pad().endsWith("/ontvangstbevestiging.xhtml"),
        politie.pad() + ": " + politie.paginatekst());
    assertEquals(nummer, politie.tekst("nummer"));
    assertTrue(politie.paginatekst().contains("Wij hebben de aanvulling op aanmelding " + nummer));
    assertTrue(postbus.wachtOp("Ontvangstbevestiging aanvulling " + nummer).isPresent());

    politie.open("/partner/aanmeldingen.xhtml?nummer=" + nummer);
    assertTrue(politie.tekst("lijst:aanmeldingen").contains("Aangemeld"));
    assertFalse(politie.alle(By.linkText("Aanvullen")).stream().anyMatch(e -> e.isDisplayed()));
  }

  private static String lang(LocalDate dag) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl")).format(dag);
  }
}
