package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Postbus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Procesregie in the browser, on the demo case after its ICO, from a partner's signal up to the
 * manager and bestuur and on to closing and reopening: politie signals, the casusregisseur
 * escalates, the procesregisseur escalates to the manager, who cannot open the case, takes it to
 * bestuur and records its outcome; the procesregisseur closes the case with its result and final
 * scores and reopens it (so that the later tests find it in uitvoering again). Every new page is
 * checked with axe at a laptop's and a phone's width; every mail names the case number only.
 */
@ExtendWith(Portaal.class)
class ProcesregieIT {

  private static final String CASUS = "ZVH-2026-000006";
  private static final String UITVOERING = "/casus/dossier.xhtml?id=6&tab=uitvoering";
  private static final String PROCESREGIE = "/casus/dossier.xhtml?id=6&tab=procesregie";
  private static final String SIGNAAL = "De verhuurder heeft de ontruimingsdatum vastgesteld.";
  private static final String VRAAG = "Wilt u de gemeente vragen een noodwoning te reserveren?";

  /** The headings with which the portal refuses a page. */
  private static final Set<String> WEIGERINGEN =
      Set.of(
          "Geen toegang",
          "Pagina niet gevonden",
          "Casus niet gevonden",
          "Opschaling niet gevonden",
          "Er ging iets mis");

  private static PortaalAdres adres;
  private static Postbus postbus;
  private static Browser politie;
  private static Browser ggz;
  private static Browser regisseur;
  private static Browser manager;

  @BeforeAll
  static void start(PortaalAdres portaal, Postbus bus) {
    adres = portaal;
    postbus = bus;
    politie =
        Browser.start(adres)
            .open("/login.xhtml")
            .inloggen("partner.politie", DemoAccount.WACHTWOORD);
    ggz = Browser.start(adres).open("/login.xhtml").inloggen("partner.ggz", DemoAccount.WACHTWOORD);
    regisseur =
        Browser.start(adres).open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    manager = Browser.start(adres).open("/login.xhtml").inloggen("manager", DemoAccount.WACHTWOORD);
  }

  @AfterAll
  static void stop() {
    for (Browser b : List.of(politie, ggz, regisseur, manager)) {
      b.close();
    }
  }

  @Test
  void aSignalGoesUpToBestuurAndTheCaseIsClosedAndReopened() {
    LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    // A partner signals; the casusregisseur escalates it to the procesregisseur.
    politie.open(UITVOERING);
    politie.vul("signaal:tekst", SIGNAAL);
    politie.klik("signaal:melden");
    ggz.open(UITVOERING);
    ggz.vul("opschalen:reden", "De ontruiming gaat door; de partners kunnen dit niet oplossen.");
    ggz.script(
        "Array.from(document.querySelectorAll('label'))"
            + ".find(l => l.textContent.includes(arguments[0])).click();",
        SIGNAAL);
    ggz.klikEnBevestig("opschalen:versturen");
    assertTrue(ggz.paginatekst().contains("De casus is opgeschaald naar de procesregisseur."));

    // The procesregisseur escalates to the manager, taking the casusregisseur's escalation along.
    regisseur.open(PROCESREGIE);
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.klik("opschalen");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.breedte(390);
    assertEquals(0, regisseur.zijwaarts(), "the escalation form fits a phone");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.breedte(1280);
    regisseur.script(
        "const keuze = document.getElementById('opschalen:escalatie');"
            + " keuze.value = Array.from(keuze.options)"
            + ".find(o => o.text.includes(arguments[0])).value;",
        "De ontruiming gaat door");
    regisseur.vul("opschalen:reden", "Zonder woonplek is het plan niet uit te voeren.");
    regisseur.klik("opschalen:versturen");
    assertEquals("Schrijf wat u de manager vraagt.", regisseur.tekst("opschalen:vraag-melding"));
    assertEquals(
        "Zonder woonplek is het plan niet uit te voeren.",
        regisseur.waarde("opschalen:reden"),
        "what was typed stays");
    assertEquals("", regisseur.toegankelijkheidsfouten(), "the form with its errors");
    regisseur.vul("opschalen:vraag", VRAAG);
    regisseur.vul("opschalen:geprobeerd", "Twee gesprekken met de verhuurder; betalingsregeling.");
    // The demo has one manager (chosen for the user); other tests may have added more.
    regisseur.script(
        "const keuze = document.getElementById('opschalen:manager');"
            + " keuze.value = Array.from(keuze.options)"
            + ".find(o => o.text.startsWith('Mark Manager')).value;");
    regisseur.datum("opschalen:antwoordUiterlijk", vandaag.plusDays(1).toString());
    regisseur.klik("opschalen:versturen");
    assertTrue(
        regisseur.paginatekst().contains("De casus is opgeschaald."), regisseur.paginatekst());
    assertTrue(regisseur.paginatekst().contains(VRAAG), "on the tab Procesregie");
    zonderInhoud(postbus.wachtOp("Opschaling casus " + CASUS).orElseThrow());

    // The manager finds it in the inbox, reads it, and cannot open the case itself.
    manager.open("/manager/index.xhtml");
    assertTrue(manager.tekst("inbox").contains(CASUS));
    manager.open("/manager/opschalingen.xhtml");
    manager.klik(By.cssSelector("#inbox a"));
    assertEquals(VRAAG, manager.tekst("vraag"));
    assertEquals("", manager.toegankelijkheidsfouten());
    manager.breedte(390);
    assertEquals(0, manager.zijwaarts(), "the escalation page fits a phone");
    assertEquals("", manager.toegankelijkheidsfouten());
    manager.breedte(1280);
    String opschaling = manager.padMetParameters();
    for (String pagina :
        List.of(
            "/casus/dossier.xhtml?id=6",
            "/casus/dossier.xhtml?id=6&tab=procesregie",
            "/casus/opschalen.xhtml?casus=6",
            "/casus/afsluiten.xhtml?casus=6")) {
      manager.open(pagina);
      assertEquals("Geen toegang", manager.kop(), pagina);
      assertFalse(manager.paginatekst().contains("Yilmaz"), pagina);
    }

    // The manager takes it to bestuur, then records the bestuur's outcome.
    manager.open(opschaling);
    manager.klik("beslissen:besluiten");
    assertEquals("Schrijf het besluit.", manager.tekst("beslissen:besluit-melding"));
    manager.vul("bestuur:bestuurReden", "Vraagt een afspraak tussen gemeente en corporatie.");
    manager.klik("bestuur:naar-bestuur");
    assertTrue(manager.paginatekst().contains("De opschaling ligt bij het bestuur."));
    zonderInhoud(postbus.wachtOp("Opschaling naar bestuur casus " + CASUS).orElseThrow());
    manager.vul("bestuursuitkomst:bestuurUitkomst", "De gemeente reserveert een noodwoning.");
    manager.datum("bestuursuitkomst:bestuurBeslotenOp", vandaag.plusDays(1).toString());
    manager.klik("bestuursuitkomst:vastleggen");
    assertEquals(
        "Het bestuursbesluit ligt niet in de toekomst.",
        manager.tekst("bestuursuitkomst:bestuurBeslotenOp-melding"));
    manager.datum("bestuursuitkomst:bestuurBeslotenOp", vandaag.toString());
    manager.klik("bestuursuitkomst:vastleggen");
    assertTrue(manager.paginatekst().contains("Het besluit van het bestuur is vastgelegd."));
    assertEquals("besloten", manager.tekst("status"));
    assertEquals("", manager.toegankelijkheidsfouten());
    zonderInhoud(postbus.wachtOp("Besluit bestuur casus " + CASUS).orElseThrow());

    // The procesregisseur reads the outcome and closes the casusregisseur's escalation with it.
    regisseur.open(PROCESREGIE);
    assertTrue(regisseur.paginatekst().contains("De gemeente reserveert een noodwoning."));
    regisseur.open(UITVOERING);
    regisseur.klik(
        By.xpath(
            "//tr[contains(., 'De ontruiming gaat door')]//input[@value='Uitkomst vastleggen']"));
    regisseur.vul("escalatie:uitkomst", "Bestuur: de gemeente reserveert een noodwoning.");
    regisseur.klik("escalatie:bewaren");
    assertTrue(regisseur.paginatekst().contains("De uitkomst van de escalatie is vastgelegd"));

    // Afschalen: the result, the casusregisseur's agreement and a final score on every row.
    regisseur.open(PROCESREGIE);
    regisseur.klik("afsluiten");
    assertEquals("", regisseur.toegankelijkheidsfouten());
    regisseur.klikEnBevestig("afsluiten:afsluiten");
    assertEquals("Kies het resultaat.", regisseur.tekst("afsluiten:resultaat-melding"));
    assertEquals("", regisseur.toegankelijkheidsfouten(), "the form with its errors");
    regisseur.script("document.querySelector(\"input[value='DOEL_DEELS_BEREIKT']\").click();");
    regisseur.klikEnBevestig("afsluiten:afsluiten");
    assertTrue(
        regisseur.tekst("afsluiten:akkoordCasusregisseur-melding").contains("akkoord"),
        "closed with the casusregisseur");
    regisseur.script("document.getElementById('afsluiten:akkoordCasusregisseur').click();");
    regisseur.script(
        "document.querySelectorAll(\"select[id$=':score']\")"
            + ".forEach(s => { s.value = '4'; });");
    regisseur.breedte(390);
    assertEquals(0, regisseur.zijwaarts(), "the closing form fits a phone");
    regisseur.breedte(1280);
    regisseur.klikEnBevestig("afsluiten:afsluiten");
    assertTrue(regisseur.paginatekst().contains("De casus is afgesloten."));
    assertTrue(regisseur.paginatekst().contains("Doel deels bereikt"));
    assertEquals("", regisseur.toegankelijkheidsfouten());
    zonderInhoud(postbus.wachtOp("Afsluiting casus " + CASUS).orElseThrow());

    // Reopened with a reason: in uitvoering again.
    regisseur.klikEnBevestig("heropenen:heropen");
    assertEquals(
        "Geef de reden om te heropenen.", regisseur.tekst("heropenen:heropenReden-melding"));
    regisseur.vul("heropenen:heropenReden", "De noodwoning valt af; het plan loopt door.");
    regisseur.klikEnBevestig("heropenen:heropen");
    assertTrue(regisseur.paginatekst().contains("De casus is heropend."));
    assertTrue(regisseur.paginatekst().contains("De noodwoning valt af"));
    zonderInhoud(postbus.wachtOp("Heropening casus " + CASUS).orElseThrow());
    regisseur.open("/casus/dossier.xhtml?id=6&tab=tijdlijn");
    String tijdlijn = regisseur.paginatekst();
    for (String regel :
        List.of(
            "Opgeschaald naar de manager",
            "Naar het bestuur",
            "Besluit van het bestuur",
            "Heropend: De noodwoning valt af")) {
      assertTrue(tijdlijn.contains(regel), regel);
    }
    politie.open(UITVOERING);
    assertFalse(politie.paginatekst().contains("Opschalingen naar de manager"));
  }

  /**
   * Who may reach the pages of procesregie (and the thread of messages): each role either sees the
   * page, or the portal's own refusal ("Geen toegang", or "niet gevonden" for a case or escalation
   * that is not theirs), never an error page.
   */
  @Test
  void eachNewPageIsReachedOnlyByTheRolesItIsFor() {
    manager.open("/manager/opschalingen.xhtml");
    String opschaling =
        manager
            .alle(By.cssSelector("#inbox a"))
            .get(0)
            .getAttribute("href")
            .replaceFirst("^https?://[^/]+", "");
    Map<String, Set<String>> voor = new LinkedHashMap<>();
    voor.put("/regie/procesregie.xhtml", Set.of("regisseur"));
    voor.put("/casus/opschalen.xhtml?casus=6", Set.of("regisseur"));
    voor.put("/casus/afsluiten.xhtml?casus=6", Set.of("regisseur"));
    voor.put("/casus/berichten.xhtml", Set.of("regisseur", "partner.politie", "partner.ggz"));
    voor.put("/manager/opschalingen.xhtml", Set.of("manager"));
    voor.put("/manager/cijfers.xhtml", Set.of("manager"));
    voor.put(opschaling, Set.of("manager"));
    Browser privacy =
        Browser.start(adres).open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
    Browser beheerder =
        Browser.start(adres).open("/login.xhtml").inloggen("beheerder", DemoAccount.WACHTWOORD);
    try {
      Map<String, Browser> rollen = new LinkedHashMap<>();
      rollen.put("regisseur", regisseur);
      rollen.put("partner.politie", politie);
      rollen.put("partner.ggz", ggz);
      rollen.put("manager", manager);
      rollen.put("privacy", privacy);
      rollen.put("beheerder", beheerder);
      List<String> fout = new ArrayList<>();
      voor.forEach(
          (pagina, wie) ->
              rollen.forEach(
                  (naam, browser) -> {
                    browser.open(pagina);
                    String kop = browser.kop();
                    boolean geweigerd = WEIGERINGEN.contains(kop);
                    if (wie.contains(naam) == geweigerd || kop.equals("Er ging iets mis")) {
                      fout.add(naam + " op " + pagina + ": " + kop);
                    }
                  }));
      assertEquals(List.of(), fout);
    } finally {
      privacy.close();
      beheerder.close();
    }
  }

  private static void zonderInhoud(Postbus.Bericht bericht) {
    String alles = bericht.onderwerp() + "\n" + bericht.tekst();
    assertTrue(alles.contains(CASUS), alles);
    for (String woord :
        List.of("Yilmaz", "Ahmed", "verhuurder", "noodwoning", "ontruiming", "corporatie")) {
      assertFalse(alles.contains(woord), woord + " in: " + alles);
    }
  }
}
