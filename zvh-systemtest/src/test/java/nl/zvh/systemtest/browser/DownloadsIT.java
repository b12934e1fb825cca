package nl.zvh.systemtest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Every file the portal offers, downloaded by the role that may: the attachment of a partner's
 * answer and the triage CSV (procesregisseur), and the data-subject export as JSON and PDF (privacy
 * officer). Each comes with the headers of a download that holds personal data (never cached, never
 * sniffed, saved to disk under a safe UTF-8 name) and the security headers of every page, and each
 * is in the processing log. One fresh referral, with its own BSN, is the subject of all of them.
 */
@ExtendWith(Portaal.class)
class DownloadsIT {

  private static final String BIJLAGE = "Verslag Zoë (gesprek).txt";
  private static final String BIJLAGE_INHOUD = "Gesprek met Zoë op 3 maart.";

  private static final String BSN = willekeurigBsn();

  private static Aangemeld aanmelding;
  private static Browser regisseur;
  private static Browser privacy;

  @BeforeAll
  static void eenAanmeldingMetBijlageOpDeAgenda(PortaalAdres portaal, @TempDir Path map)
      throws Exception {
    aanmelding = Aangemeld.viaApi(new ApiKlant(portaal), "Zoë", "Downloader", "1988-08-08", BSN);
    regisseur =
        Browser.start(portaal).open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
    privacy =
        Browser.start(portaal).open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);

    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId());
    regisseur.vul("contact:notitie", "Gebeld met de wijkagent").klik("contact:vastleggen");
    regisseur.script(
        "document.evaluate(\"//label[normalize-space()='GGZ Noord-Holland-Noord']\", document,"
            + " null, 9, null).singleNodeValue.control.click();");
    regisseur
        .vul("uitvraag:vraag", "Is Zoë bij u bekend?")
        .vul("uitvraag:doel", "Weging in de triage")
        .datum("uitvraag:voor", LocalDate.now().plusDays(3).toString())
        .klik("uitvraag:versturen");
    assertTrue(
        regisseur.paginatekst().contains("De uitvraag is verstuurd."), regisseur.paginatekst());

    Path bestand = map.resolve(BIJLAGE);
    Files.writeString(bestand, BIJLAGE_INHOUD, StandardCharsets.UTF_8);
    try (Browser ggz = Browser.start(portaal)) {
      ggz.open("/login.xhtml")
          .inloggen("partner.ggz", DemoAccount.WACHTWOORD)
          .open("/partner/uitvragen.xhtml")
          .klik(
              By.xpath(
                  "//tr[td//a[text()='"
                      + aanmelding.nummer()
                      + "']]//input[@value='Informatie delen']"));
      ggz.kies("antwoord:categorie", "Gezondheid")
          .vul("antwoord:inhoud", "Gesprek gevoerd; verslag bijgevoegd.")
          .kiesBestand("antwoord:bestand", bestand);
      ggz.script("document.getElementById('antwoord:delen:0').click();");
      ggz.klik("antwoord:versturen");
      assertTrue(ggz.tekst("lijst:uitvragen").contains("Informatie gedeeld"), ggz.paginatekst());
    }

    regisseur.open("/casus/dossier.xhtml?id=" + aanmelding.casusId()).klik("agenderen:agendeer");
    assertTrue(
        regisseur.paginatekst().contains("De aanmelding staat op de agenda van de triage."),
        regisseur.paginatekst());
  }

  @AfterAll
  static void stop() {
    if (regisseur != null) {
      regisseur.close();
    }
    if (privacy != null) {
      privacy.close();
    }
  }

  @Test
  void theAttachmentOfAPartnersAnswerKeepsItsNameInUtf8() {
    regisseur.open("/casus/dossier.xhtml?tab=informatie&id=" + aanmelding.casusId());
    Browser.Download bijlage =
        regisseur.downloadMetKoppen(By.xpath("//a[contains(., '" + BIJLAGE + "')]"));

    isEenDownload(bijlage, "text/plain;charset=utf-8");
    assertEquals(
        "attachment; filename=\"Verslag Zoe (gesprek).txt\";"
            + " filename*=UTF-8''Verslag%20Zo%C3%AB%20%28gesprek%29.txt",
        bijlage.kop("Content-Disposition"));
    assertEquals(BIJLAGE_INHOUD, bijlage.tekst(), "the file as the partner sent it");
    assertTrue(
        logregels("regisseur").contains("informatie.bijlage-downloaden (EXPORTEREN"),
        "logged as an export");
  }

  @Test
  void theTriageAgendaIsACsvFile() {
    regisseur.open("/regie/triage.xhtml?datum=" + aanmelding.triagedatum());
    Browser.Download csv = regisseur.downloadMetKoppen(By.id("export:exporteren"));

    isEenDownload(csv, "text/csv;charset=utf-8");
    String naam = "triage-" + aanmelding.triagedatum() + ".csv";
    assertEquals(
        "attachment; filename=\"" + naam + "\"; filename*=UTF-8''" + naam,
        csv.kop("Content-Disposition"));
    assertTrue(csv.tekst().startsWith("volgorde;nummer;"), csv.tekst());
    assertTrue(csv.tekst().contains(aanmelding.nummer()), csv.tekst());
    assertTrue(logregels("regisseur").contains("triage.exporteren (EXPORTEREN"), "logged");
  }

  @Test
  void theDataSubjectsExportIsAJsonAndAPdfFile() {
    privacy.open("/privacy/betrokkenen.xhtml").vul("zoeken:bsn", BSN).klik("zoeken:zoek");

    Browser.Download json =
        privacy.downloadMetKoppen(By.xpath("//input[@value='Exporteren (JSON)']"));
    isEenDownload(json, "application/json");
    assertTrue(
        json.kop("Content-Disposition")
            .matches(
                "attachment; filename=\"betrokkene-\\d+\\.json\"; filename\\*=UTF-8''betrokkene-\\d+\\.json"),
        json.kop("Content-Disposition"));
    assertTrue(json.tekst().contains("\"bsn\": \"" + BSN + "\""), json.tekst());
    assertTrue(json.tekst().contains("\"voornamen\": \"Zoë\""), "UTF-8: " + json.tekst());

    Browser.Download pdf =
        privacy.downloadMetKoppen(By.xpath("//input[@value='Exporteren (PDF)']"));
    isEenDownload(pdf, "application/pdf");
    assertTrue(
        pdf.kop("Content-Disposition")
            .matches(
                "attachment; filename=\"betrokkene-\\d+\\.pdf\"; filename\\*=UTF-8''betrokkene-\\d+\\.pdf"),
        pdf.kop("Content-Disposition"));
    assertTrue(pdf.inhoud().startsWith("%PDF-"));

    String log = logregels("privacy");
    assertTrue(log.contains("betrokkene.exporteren-json (EXPORTEREN"), log);
    assertTrue(log.contains("betrokkene.exporteren-pdf (EXPORTEREN"), log);
  }

  /**
   * A file, not a page: status 200, the type, its length, saved to disk under a name given twice
   * (RFC 6266), never stored by a cache and never sniffed; and still the headers of every page.
   */
  private static void isEenDownload(Browser.Download download, String type) {
    String koppen = download.koppen().toString();
    assertEquals(200, download.status(), koppen);
    assertEquals(type, kop(download, "Content-Type").replace(" ", "").toLowerCase(Locale.ROOT));
    assertTrue(kop(download, "Cache-Control").contains("no-store"), koppen);
    assertEquals("nosniff", kop(download, "X-Content-Type-Options"), koppen);
    assertTrue(kop(download, "Content-Disposition").startsWith("attachment;"), koppen);
    assertTrue(kop(download, "Content-Disposition").contains("filename*=UTF-8''"), koppen);
    assertTrue(download.inhoud().length() > 0, "not empty");
    assertEquals(String.valueOf(download.inhoud().length()), kop(download, "Content-Length"));
    assertEquals("DENY", kop(download, "X-Frame-Options"), koppen);
    assertEquals("same-origin", kop(download, "Referrer-Policy"), koppen);
    // a file is not a page: nothing in it may load or run (issue 14)
    assertTrue(
        kop(download, "Content-Security-Policy")
            .startsWith("default-src 'none'; frame-ancestors 'none'"),
        koppen);
  }

  /** A header that must be there; when it is not, the failure lists the headers that were. */
  private static String kop(Browser.Download download, String naam) {
    String waarde = download.kop(naam);
    assertNotNull(waarde, "No " + naam + " among " + download.koppen());
    return waarde;
  }

  /**
   * The newest lines of the processing log about this test's betrokkene, by one user, with what
   * each row's details hold (the handeling's code and its action).
   */
  private static String logregels(String gebruiker) {
    privacy
        .open("/privacy/logboek.xhtml")
        .vul("zoeken:bsn", BSN)
        .vul("zoeken:gebruiker", gebruiker)
        .klik("zoeken:zoek");
    return (String)
        privacy.script(
            "return document.getElementById(arguments[0]).textContent;", "resultaten:regels");
  }

  /** A BSN of no other test, so this one's log lines and search results are its own. */
  private static String willekeurigBsn() {
    Random random = new Random();
    while (true) {
      StringBuilder bsn = new StringBuilder().append(1 + random.nextInt(9));
      int som = 9 * (bsn.charAt(0) - '0');
      for (int i = 1; i < 8; i++) {
        int cijfer = random.nextInt(10);
        bsn.append(cijfer);
        som += (9 - i) * cijfer;
      }
      if (som % 11 <= 9) {
        return bsn.append(som % 11).toString();
      }
    }
  }
}
