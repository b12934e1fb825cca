package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Postbus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Carrying out the plan in the browser, on the demo case after its ICO: politie reports that an
 * actiepunt does not work out, the casusregisseur (the GGZ partner) sees the signal and escalates
 * it to the procesregisseur, who records the outcome. Every mail names the case number only. The
 * actiepunt page is checked with axe at a laptop's and a phone's width (the tab is walked by {@link
 * ToegankelijkheidIT}).
 */
@ExtendWith(Portaal.class)
class UitvoeringIT {

  private static final String CASUS = "ZVH-2026-000006";
  private static final String UITVOERING = "/casus/dossier.xhtml?id=6&tab=uitvoering";
  private static final String REDEN = "De verhuurder weigert elke betalingsregeling.";

  private static Postbus postbus;
  private static ApiKlant api;
  private static Browser politie;
  private static Browser ggz;
  private static Browser regisseur;

  @BeforeAll
  static void start(PortaalAdres adres, Postbus bus) {
    postbus = bus;
    api = new ApiKlant(adres);
    politie =
        Browser.start(adres)
            .open("/login.xhtml")
            .inloggen("partner.politie", DemoAccount.WACHTWOORD);
    ggz = Browser.start(adres).open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
    regisseur =
        Browser.start(adres).open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stop() {
    for (Browser b : List.of(politie, ggz, regisseur)) {
      b.close();
    }
  }

  @Test
  void aPartnerReportsLuktNietTheCasusregisseurEscalatesAndTheProcesregisseurRecordsTheOutcome() {
    // Politie sees its actiepunten with their last report, and opens the overdue one.
    politie.open(UITVOERING);
    String tab = politie.paginatekst();
    assertTrue(tab.contains("Kennismaking gehad"), "the wijkagent's report is the last one");
    assertFalse(tab.contains("Opschalen naar de procesregisseur"), "only the casusregisseur");
    politie.klik(By.partialLinkText("Betalingsregeling met de verhuurder afspreken"));
    assertEquals("", politie.toegankelijkheidsfouten());
    politie.breedte(390);
    assertEquals(0, politie.zijwaarts(), "the actiepunt page fits a phone");
    assertEquals("", politie.toegankelijkheidsfouten());
    politie.breedte(1280);

    // Bad input keeps what was typed and says what is wrong next to the field.
    politie.klik("terugkoppeling:versturen");
    assertEquals("Kies wat u terugkoppelt.", politie.tekst("terugkoppeling:soort-melding"));
    politie.script("document.querySelector(\"input[value='LUKT_NIET']\").click();");
    politie.klik("terugkoppeling:versturen");
    assertEquals("Geef aan waarom het niet lukt.", politie.tekst("terugkoppeling:tekst-melding"));
    assertEquals("", politie.toegankelijkheidsfouten(), "the form with its errors");
    politie.vul("terugkoppeling:tekst", REDEN);
    politie.klik("terugkoppeling:versturen");
    assertTrue(politie.paginatekst().contains("Uw terugkoppeling is opgeslagen."));
    assertEquals("lukt niet", politie.tekst("status"));
    assertTrue(politie.tekst("terugkoppelingen").contains(REDEN));

    // The casusregisseur and the procesregisseur hear of it at once, without its content.
    Postbus.Bericht signaal = postbus.wachtOp("Signaal casus " + CASUS).orElseThrow();
    zonderInhoud(signaal);

    // The casusregisseur sees the signal, reminds politie of its other actiepunt, and escalates.
    ggz.open(UITVOERING);
    assertEquals("", ggz.toegankelijkheidsfouten());
    assertTrue(ggz.paginatekst().contains(REDEN), "the casusregisseur reads the signal");
    ggz.klikEnBevestig(
        By.xpath(
            "//tr[contains(., 'Wijkagent maakt kennis')]//input[@value='Herinnering sturen']"));
    assertTrue(ggz.paginatekst().contains("De herinnering is verstuurd."));
    zonderInhoud(postbus.wachtOp("Herinnering actiepunt casus " + CASUS).orElseThrow());
    ggz.klikEnBevestig("opschalen:versturen");
    assertEquals("Geef aan waarom u opschaalt.", ggz.tekst("opschalen:reden-melding"));
    ggz.vul("opschalen:reden", "De verhuurder werkt niet mee; de ontruiming dreigt.");
    ggz.vul("opschalen:gevraagd", "Een vervolg-ICO met de verhuurder erbij.");
    ggz.script(
        "Array.from(document.querySelectorAll('label'))"
            + ".find(l => l.textContent.includes(arguments[0])).click();",
        REDEN);
    ggz.klikEnBevestig("opschalen:versturen");
    assertTrue(ggz.paginatekst().contains("De casus is opgeschaald naar de procesregisseur."));
    assertEquals("", ggz.toegankelijkheidsfouten());
    zonderInhoud(postbus.wachtOp("Escalatie casus " + CASUS).orElseThrow());

    // The procesregisseur records what came of it; the casusregisseur hears of it.
    regisseur.open(UITVOERING);
    assertTrue(regisseur.paginatekst().contains("De verhuurder werkt niet mee"));
    regisseur.klik(By.xpath("//input[@value='Uitkomst vastleggen']"));
    regisseur.vul("escalatie:uitkomst", "Vervolg-ICO gepland met de verhuurder.");
    regisseur.klik("escalatie:bewaren");
    assertTrue(regisseur.paginatekst().contains("De uitkomst van de escalatie is vastgelegd"));
    assertEquals("", regisseur.toegankelijkheidsfouten());
    zonderInhoud(postbus.wachtOp("Uitkomst escalatie casus " + CASUS).orElseThrow());

    // Politie reads the outcome of its report, not the escalation between the two regisseurs.
    politie.open(UITVOERING);
    assertFalse(politie.paginatekst().contains("De verhuurder werkt niet mee"));
    regisseur.open("/casus/dossier.xhtml?id=6&tab=tijdlijn");
    String tijdlijn = regisseur.paginatekst();
    for (String gebeurtenis :
        List.of(
            "Terugkoppeling op actiepunt",
            "Herinnering verstuurd",
            "Opgeschaald naar de procesregisseur",
            "Escalatie afgehandeld")) {
      assertTrue(tijdlijn.contains(gebeurtenis), gebeurtenis);
    }
  }

  /**
   * Instead of the mail group: the procesregisseur and politie talk in the case's thread; once
   * politie has ended its involvement it reads neither the case nor the thread.
   */
  @Test
  void aMessageIsExchangedAndAPartnerThatLeftNoLongerReadsTheThread() throws Exception {
    Aangemeld aanmelding = Aangemeld.viaApi(api, "Draad", "Vertrekker", "1980-02-02", null);
    String draad = "/casus/dossier.xhtml?id=" + aanmelding.casusId() + "&tab=berichten";
    regisseur.open(draad);
    regisseur.vul("bericht:tekst", "Kunt u de meldingen van de afgelopen maand delen?");
    regisseur.klik("bericht:versturen");
    // The referral came from the police's system (a koppeling): no person of the police takes part
    // by name yet, so the message is mailed to nobody; the police read it in the portal.
    assertTrue(postbus.wachtOp("Nieuw bericht in casus " + aanmelding.nummer()).isEmpty());

    politie.open(draad);
    assertTrue(politie.paginatekst().contains("Kunt u de meldingen van de afgelopen maand delen?"));
    politie.vul("bericht:tekst", "Staat in het tabblad Informatie.");
    politie.klik("bericht:versturen");
    assertTrue(politie.paginatekst().contains("Staat in het tabblad Informatie."));

    // Politie ends its involvement today (with confirmation) and no longer reads the case.
    politie.open("/casus/dossier.xhtml?id=" + aanmelding.casusId() + "&tab=plan");
    politie.vul("vertrek:reden", "Geen politietaak meer in deze casus.");
    politie.datum("vertrek:datum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
    politie.klikEnBevestig("vertrek:beeindigen");
    politie.open(draad);
    assertTrue(politie.paginatekst().contains("Casus niet gevonden"), politie.paginatekst());
    assertFalse(politie.paginatekst().contains("Staat in het tabblad Informatie."));
    regisseur.open(draad);
    assertTrue(regisseur.paginatekst().contains("Staat in het tabblad Informatie."));
  }

  /** The mail names the case number and links to the portal: nothing of the case itself. */
  private static void zonderInhoud(Postbus.Bericht bericht) {
    String alles = bericht.onderwerp() + "\n" + bericht.tekst();
    assertTrue(alles.contains(CASUS), alles);
    for (String woord : List.of("Yilmaz", "Ahmed", "verhuurder", "Betalingsregeling", "1979")) {
      assertFalse(alles.contains(woord), woord + " in: " + alles);
    }
  }
}
