package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Postbus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A procesregisseur works a referral from the work queue through an uitvraag (answered by a partner
 * in the partner's portal, with a file) to a triage decision, and the referrer sees the outcome;
 * the e-mails go out without personal data; two procesregisseurs deciding at once do not overwrite
 * each other. Every new page is checked with axe.
 */
@ExtendWith(Portaal.class)
class ScreeningEnTriageIT {

  private static final String BESTAND_TE_GROOT =
      "Het bestand is groter dan 5 MB. Kies een kleiner bestand, of verstuur het antwoord zonder"
          + " bijlage.";

  private static PortaalAdres portaal;
  private static Postbus postbus;
  private static ApiKlant api;
  private static Browser regisseur;

  @BeforeAll
  static void start(PortaalAdres adres, Postbus bus) {
    portaal = adres;
    postbus = bus;
    api = new ApiKlant(adres);
    regisseur =
        Browser.start(adres).open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stop() {
    regisseur.close();
  }

  @Test
  void aReferralGoesThroughScreeningAndAnUitvraagToATriageDecisionThatTheReferrerSees(
      @org.junit.jupiter.api.io.TempDir Path map) throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Triagia", "Doorloper", "1977-07-07", null);

    regisseur.open("/regie/werkvoorraad.xhtml");
    // The nearest deadline first, and among referrals of one day the newest last: the last page.
    regisseur
        .alle(By.cssSelector("#lijst\\:werkvoorraad .ui-paginator-last:not(.ui-state-disabled)"))
        .forEach(WebElement::click);
    regisseur.wachtOpTekst(aanmelding.nummer());
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.klik(By.linkText(aanmelding.nummer()));
    assertTrue(regisseur.paginatekst().contains("Screening"));
    assertEquals("", regisseur.toegankelijkheidsfouten());

    regisseur.vul("contact:notitie", "Gebeld met de wijkagent").klik("contact:vastleggen");
    assertTrue(regisseur.paginatekst().contains("Het contact met de aanmelder is vastgelegd."));
    regisseur.klik(By.linkText("Tijdlijn"));
    assertTrue(regisseur.tekst("tijdlijn").contains("Contact met de aanmelder"));
    regisseur.klik(By.linkText("Overzicht"));

    regisseur.klik("uitvraag:versturen");
    assertEquals("Kies ten minste één organisatie.", regisseur.tekst("uitvraag:aan-melding"));
    assertEquals("", regisseur.toegankelijkheidsfouten(), "with the messages shown");
    regisseur.script(
        "document.evaluate(\"//label[normalize-space()='GGZ Noord-Holland-Noord']\", document, null, 9, null)"
            + ".singleNodeValue.control.click();");
    regisseur
        .vul("uitvraag:vraag", "Is Triagia bij u in behandeling?")
        .vul("uitvraag:doel", "Weging in de triage")
        .datum("uitvraag:voor", LocalDate.now().plusDays(3).toString())
        .klik("uitvraag:versturen");
    assertTrue(
        regisseur.paginatekst().contains("De uitvraag is verstuurd."), regisseur.paginatekst());
    Postbus.Bericht uitvraagmail =
        postbus.wachtOp("Uitvraag van het ZVH over casus " + aanmelding.nummer()).orElseThrow();
    assertEquals("partner.ggz@example.nl", uitvraagmail.aan());
    assertFalse(uitvraagmail.tekst().contains("Triagia"));

    Path bestand = map.resolve("verslag.pdf");
    Files.writeString(bestand, "%PDF-1.4 verslag", StandardCharsets.ISO_8859_1);
    try (Browser ggz = Browser.start(portaal)) {
      ggz.open("/login.xhtml")
          .inloggen("partner.ggz", DemoAccount.WACHTWOORD)
          .open("/partner/uitvragen.xhtml");
      assertTrue(ggz.tekst("lijst:uitvragen").contains(aanmelding.nummer()));
      assertEquals("", ggz.toegankelijkheidsfouten());
      ggz.klik(
          By.xpath(
              "//tr[td//a[text()='"
                  + aanmelding.nummer()
                  + "']]//input[@value='Informatie delen']"));
      assertFalse(
          ggz.alle(By.cssSelector("input[name='antwoord:delen']")).stream()
              .anyMatch(keuze -> keuze.isSelected()),
          "who sees the answer is never chosen for the user");
      assertTrue(ggz.tekst("delen-hint").contains("de aanmelder"), "the hint says who sees it");
      ggz.klik("antwoord:versturen");
      assertEquals("Kies de soort informatie.", ggz.tekst("antwoord:categorie-melding"));
      assertEquals("Kies wie uw antwoord mag zien.", ggz.tekst("antwoord:delen-melding"));
      assertTrue(ggz.tekst("foutenoverzicht").contains("Kies wie uw antwoord mag zien."));
      assertEquals("", ggz.toegankelijkheidsfouten());
      ggz.kies("antwoord:categorie", "Gezondheid")
          .vul("antwoord:inhoud", "In 2025 in behandeling geweest; geëvalueerd.");
      ggz.script("document.getElementById('antwoord:delen:0').click();");

      // A file above 5 MB: the browser refuses it before sending, the text stays.
      Path groot = map.resolve("scan.pdf");
      Files.write(groot, new byte[6 * 1024 * 1024]);
      ggz.kiesBestand("antwoord:bestand", groot);
      assertEquals(BESTAND_TE_GROOT, ggz.beschrijving("antwoord:bestand"));
      assertEquals("", ggz.waarde("antwoord:bestand"), "not sent");
      // Without that check (an old browser), the server refuses it next to the field.
      ggz.zonderBestandsgrens("antwoord:bestand")
          .kiesBestand("antwoord:bestand", groot)
          .klik("antwoord:versturen");
      assertEquals(BESTAND_TE_GROOT, ggz.beschrijving("antwoord:bestand"));
      assertEquals(
          "In 2025 in behandeling geweest; geëvalueerd.", ggz.waarde("antwoord:inhoud"), "kept");
      assertEquals("", ggz.toegankelijkheidsfouten(), "with the message shown");
      // Above the container's limit for a whole form the page is never reached: back to the
      // page, with the same message, and nothing saved.
      Path heelGroot = map.resolve("archief.pdf");
      Files.write(heelGroot, new byte[25 * 1024 * 1024]);
      ggz.zonderBestandsgrens("antwoord:bestand")
          .kiesBestand("antwoord:bestand", heelGroot)
          .klik("antwoord:versturen");
      assertEquals(BESTAND_TE_GROOT, ggz.tekst("bestand-te-groot"));
      assertTrue(ggz.tekst("lijst:uitvragen").contains("Nog niet beantwoord"));

      ggz.klik(
          By.xpath(
              "//tr[td//a[text()='"
                  + aanmelding.nummer()
                  + "']]//input[@value='Informatie delen']"));
      ggz.kies("antwoord:categorie", "Gezondheid")
          .vul("antwoord:inhoud", "In 2025 in behandeling geweest; geëvalueerd.")
          .kiesBestand("antwoord:bestand", bestand);
      ggz.script("document.getElementById('antwoord:delen:0').click();");
      ggz.klik("antwoord:versturen");
      assertTrue(
          ggz.paginatekst().contains("Uw antwoord op de uitvraag over " + aanmelding.nummer()),
          ggz.paginatekst());
      assertTrue(ggz.tekst("lijst:uitvragen").contains("Informatie gedeeld"));
    }

    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    assertTrue(
        regisseur.tekst("uitvragen").contains("GGZ Noord-Holland-Noord: Informatie gedeeld"));
    regisseur.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
    assertTrue(regisseur.paginatekst().contains("Bijlage: verslag.pdf"));
    assertTrue(
        regisseur.paginatekst().contains("In 2025 in behandeling geweest; geëvalueerd."),
        "the answer as typed, sent with a file (multipart, UTF-8)");
    assertEquals(
        "%PDF-1.4 verslag",
        regisseur.downloadViaLink(By.xpath("//a[contains(., 'verslag.pdf')]")),
        "the file as the partner sent it");
    regisseur.klik(By.linkText("Overzicht")).klik("agenderen:agendeer");
    assertTrue(regisseur.paginatekst().contains("De aanmelding staat op de agenda van de triage."));

    regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
    assertTrue(regisseur.tekst("agenda").contains(aanmelding.nummer()));
    String agenda = regisseur.tekst("agenda");
    assertTrue(
        agenda.contains("GGZ Noord-Holland-Noord") && agenda.contains("Informatie gedeeld"),
        "the triage sees who answered the uitvraag and how: " + agenda);
    assertTrue(
        regisseur.tekst("agenda").contains("In 2025 in behandeling geweest; geëvalueerd."),
        "and what, as the policy lets the procesregisseur see it");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur
        .vul(
            "deelnemers:namen",
            "Rita Regisseur (ZVH)\nPiet Agent (Politie)\nOlga Officier (OM)\nRob (Reclassering)")
        .klik("deelnemers:bewaren");
    assertTrue(regisseur.paginatekst().contains("De deelnemers zijn opgeslagen."));
    String form = formVan(regisseur, aanmelding.nummer());
    regisseur.kiesAjax(form + ":uitkomst", "Opgepakt door het ZVH").klik(form + ":besluiten");
    assertTrue(regisseur.paginatekst().contains("Motiveer het besluit."));
    form = formVan(regisseur, aanmelding.nummer());
    assertEquals(
        "Motiveer het besluit.",
        regisseur.tekst(form + ":motivering-melding"),
        "next to the field of this referral");
    assertTrue(regisseur.tekst("foutenoverzicht").contains("Motiveer het besluit."));
    assertEquals("", regisseur.toegankelijkheidsfouten(), "with the refusal shown");
    regisseur
        .vul(form + ":motivering", "De GGZ pakt dit op met de wijkagent.")
        .klik(form + ":besluiten");
    assertTrue(regisseur.paginatekst().contains("Kies de route waarmee het ZVH de casus oppakt."));
    form = formVan(regisseur, aanmelding.nummer());
    assertEquals(
        "De GGZ pakt dit op met de wijkagent.", regisseur.waarde(form + ":motivering"), "kept");
    regisseur.kiesAjax(form + ":route", "Koppeling aan een partner").klik(form + ":besluiten");
    assertTrue(
        regisseur.paginatekst().contains("Het besluit is vastgelegd"), regisseur.paginatekst());

    // The referral came from the police's system (a koppeling): no person to mail; the police
    // see the outcome in the portal below (and the system through the API).
    assertTrue(
        postbus.wachtOp("Uitkomst van de triage over aanmelding " + aanmelding.nummer()).isEmpty(),
        "no mail for a referral a system submitted");

    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      politie.open("/partner/aanmeldingen.xhtml?nummer=" + aanmelding.nummer());
      assertTrue(politie.tekst("lijst:aanmeldingen").contains("Opgepakt"));
      assertTrue(
          politie.tekst("lijst:aanmeldingen").contains("Koppeling aan een partner"),
          "the referrer sees the route the triage chose");
      politie.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
      assertTrue(
          politie
              .tekst("triagebesluit")
              .contains("Opgepakt door het ZVH – Koppeling aan een partner"));
      assertTrue(politie.alle(By.id("screening")).isEmpty(), "the screening panel is the ZVH's");
      politie.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
      assertFalse(
          politie.paginatekst().contains("verslag.pdf"),
          "the GGZ's answer is its own until shared");
    }
  }

  @Test
  void anAanvullingGoesBackToTheReferrersOrganisation() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Aanvullia", "Terug", "1977-07-07", null);
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("aanvulling:vragen");
    assertEquals(
        "Beschrijf wat de aanmelder moet aanvullen.", regisseur.tekst("aanvulling:wat-melding"));
    regisseur.vul("aanvulling:wat", "Het adres ontbreekt.").klik("aanvulling:vragen");
    assertTrue(regisseur.paginatekst().contains("De aanmelder is om een aanvulling gevraagd."));
    // Submitted by the police's system (a koppeling): no person to mail; the police see the
    // question in their list of referrals.
    assertTrue(
        postbus.wachtOp("Aanvulling gevraagd op aanmelding " + aanmelding.nummer()).isEmpty(),
        "no mail for a referral a system submitted");
    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      politie.open("/partner/aanmeldingen.xhtml?nummer=" + aanmelding.nummer());
      assertTrue(politie.tekst("lijst:aanmeldingen").contains("Aanvulling gevraagd"));
    }
  }

  @Test
  void twoProcesregisseursDecidingAtOnceDoNotOverwriteEachOther() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Gelijktijdia", "Tweemaal", "1977-07-07", null);
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("agenderen:agendeer");
    try (Browser collega = Browser.start(portaal)) {
      collega.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
      regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
      collega.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());

      String form = formVan(regisseur, aanmelding.nummer());
      regisseur
          .kiesAjax(form + ":uitkomst", "Niet voor het ZVH")
          .vul(form + ":motivering", "Advies: bespreek dit in het wijkteam.")
          .klik(form + ":besluiten");
      assertTrue(regisseur.paginatekst().contains("Het besluit is vastgelegd"));

      String formCollega = formVan(collega, aanmelding.nummer());
      collega
          .kiesAjax(formCollega + ":uitkomst", "Opgepakt door het ZVH")
          .kiesAjax(formCollega + ":route", "Advies")
          .vul(formCollega + ":motivering", "Toch oppakken.")
          .klik(formCollega + ":besluiten");
      assertTrue(
          collega.paginatekst().contains("Deze casus is intussen door iemand anders gewijzigd."),
          collega.paginatekst());
      assertTrue(
          collega.tekst("agenda").contains("Advies: bespreek dit in het wijkteam."),
          "the current state");
      assertFalse(collega.tekst("agenda").contains("Toch oppakken."));
    }
  }

  @Test
  void theDecisionFieldsFollowTheOutcomeAndKeepWhatWasTyped() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Velda", "Volgt", "1977-07-07", null);
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("agenderen:agendeer");
    regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
    String form = formVan(regisseur, aanmelding.nummer());
    assertTrue(regisseur.alle(By.id(form + ":route")).isEmpty(), "no outcome: no route");
    assertTrue(regisseur.alle(By.id(form + ":overlegtafel")).isEmpty(), "nor a table");

    regisseur.vul(form + ":motivering", "Past beter bij het wijkteam.");
    regisseur.kiesAjax(form + ":uitkomst", "Niet voor het ZVH");
    assertTrue(regisseur.alle(By.id(form + ":route")).isEmpty(), "not for the ZVH: no route");
    regisseur.kiesAjax(form + ":uitkomst", "Opgepakt door het ZVH");
    assertEquals(1, regisseur.alle(By.id(form + ":route")).size(), "taken on: the route");
    assertTrue(regisseur.alle(By.id(form + ":overlegtafel")).isEmpty());
    regisseur.kiesAjax(form + ":route", "Doorverwijzing naar een andere overlegtafel");
    assertEquals(1, regisseur.alle(By.id(form + ":overlegtafel")).size(), "referred: the table");
    regisseur.vul(form + ":overlegtafel", "Zorgtafel Alkmaar");
    regisseur.kiesAjax(form + ":route", "Advies");
    assertTrue(regisseur.alle(By.id(form + ":overlegtafel")).isEmpty());
    regisseur.kiesAjax(form + ":route", "Doorverwijzing naar een andere overlegtafel");
    assertEquals("Zorgtafel Alkmaar", regisseur.waarde(form + ":overlegtafel"), "kept");
    assertEquals("Past beter bij het wijkteam.", regisseur.waarde(form + ":motivering"), "kept");
    assertEquals("", regisseur.toegankelijkheidsfouten());

    // A refusal about one field of this referral shows at that field and in the summary.
    regisseur.vul(form + ":overlegtafel", " ").klik(form + ":besluiten");
    form = formVan(regisseur, aanmelding.nummer());
    assertEquals(
        "Noem de overlegtafel waarnaar wordt doorverwezen.",
        regisseur.tekst(form + ":overlegtafel-melding"));
    assertTrue(
        regisseur
            .tekst("foutenoverzicht")
            .contains("Noem de overlegtafel waarnaar wordt doorverwezen."));
    assertFalse(
        regisseur
            .alle(By.cssSelector(".meldingen"))
            .get(0)
            .getText()
            .contains("Noem de overlegtafel"),
        "not as a page message");
    assertEquals("", regisseur.toegankelijkheidsfouten(), "with the message shown");
    regisseur.vul(form + ":overlegtafel", "Zorgtafel Alkmaar").klik(form + ":besluiten");
    assertTrue(regisseur.paginatekst().contains("Het besluit is vastgelegd"));

    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      politie.open("/partner/aanmeldingen.xhtml?nummer=" + aanmelding.nummer());
      assertTrue(
          politie
              .tekst("lijst:aanmeldingen")
              .contains("Doorverwijzing naar een andere overlegtafel: Zorgtafel Alkmaar"),
          "the referrer sees the route and the table: " + politie.tekst("lijst:aanmeldingen"));
    }
  }

  @Test
  void aDecisionIsRecordedOnlyOnTheAgendaOfTheReferralsOwnTriageDate() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Datia", "Eigen", "1977-07-07", null);
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("agenderen:agendeer");
    regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
    String form = formVan(regisseur, aanmelding.nummer());
    try (Browser collega = Browser.start(portaal)) {
      collega.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
      collega.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
      String verzet = formVan(collega, aanmelding.nummer()).replaceAll(":punt$", ":verzet");
      collega.vul(verzet + ":reden", "Wacht op de GGZ").klik(verzet + ":verzetten");
      assertTrue(
          collega.paginatekst().contains("De aanmelding staat op de agenda van volgende week."));
    }
    regisseur
        .kiesAjax(form + ":uitkomst", "Niet voor het ZVH")
        .vul(form + ":motivering", "Advies: het wijkteam.")
        .klik(form + ":besluiten");
    String volgendeWeek =
        LocalDate.parse(aanmelding.triagedatum())
            .plusWeeks(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertTrue(
        regisseur
            .paginatekst()
            .contains(
                "Deze aanmelding staat op de agenda van de triage van "
                    + volgendeWeek
                    + ". Leg het besluit vast op de agenda van die datum."),
        regisseur.paginatekst());
    assertFalse(regisseur.tekst("agenda").contains(aanmelding.nummer()), "the current agenda");
    assertFalse(regisseur.paginatekst().contains("Het besluit is vastgelegd"));
  }

  @Test
  void aPartnerChoosesWhoSeesItsAnswerAndTheReferrerSeesWhatWasSharedWithIt() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Delia", "Gedeeld", "1977-07-07", null);
    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    regisseur.script(
        "document.evaluate(\"//label[normalize-space()='GGZ Noord-Holland-Noord']\", document, null, 9, null)"
            + ".singleNodeValue.control.click();");
    regisseur
        .vul("uitvraag:vraag", "Kent u Delia?")
        .vul("uitvraag:doel", "Weging in de triage")
        .datum("uitvraag:voor", LocalDate.now().plusDays(3).toString())
        .klik("uitvraag:versturen");
    assertTrue(regisseur.paginatekst().contains("De uitvraag is verstuurd."));

    try (Browser ggz = Browser.start(portaal)) {
      ggz.open("/login.xhtml")
          .inloggen("partner.ggz", DemoAccount.WACHTWOORD)
          .open("/partner/uitvragen.xhtml?filter=OPEN");
      ggz.klik(
          By.xpath(
              "//tr[td//a[text()='"
                  + aanmelding.nummer()
                  + "']]//input[@value='Informatie delen']"));
      ggz.kies("antwoord:categorie", "Algemeen")
          .vul("antwoord:inhoud", "Delia is bekend bij de wijk-GGZ.")
          .klik("antwoord:versturen");
      assertEquals("Kies wie uw antwoord mag zien.", ggz.tekst("antwoord:delen-melding"));
      assertEquals("Delia is bekend bij de wijk-GGZ.", ggz.waarde("antwoord:inhoud"), "kept");
      ggz.script("document.getElementById('antwoord:delen:1').click();");
      ggz.klik("antwoord:versturen");
      assertTrue(
          ggz.paginatekst().contains("Uw antwoord op de uitvraag over " + aanmelding.nummer()));
      assertTrue(ggz.pad().endsWith("/partner/uitvragen.xhtml"));
    }

    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      politie.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
      assertTrue(
          politie.paginatekst().contains("Delia is bekend bij de wijk-GGZ."),
          "shared with the participants: the referrer sees it");
    }
  }

  /** The id of the decision form of the referral on the triage page. */
  static String formVan(Browser browser, String nummer) {
    return browser
        .alle(
            By.xpath(
                "//li[.//a[text()='" + nummer + "']]//form[contains(concat(@id, '|'), ':punt|')]"))
        .get(0)
        .getAttribute("id");
  }
}
