package nl.zvh.systemtest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.systemtest.browser.Browser;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Referrals from a partner system: the same rules as the form (validation with a problem detail per
 * field, completeness, nothing half saved), the same policy (only the referring organisation reads
 * it back), the OpenAPI document, and the "already known" signal that only the procesregisseur
 * sees.
 */
@ExtendWith(Portaal.class)
class AanmeldingenApiIT {

  private static final String PAD = "/api/v1/aanmeldingen";
  private static final String CRITERIA =
      "\"criteria\":[{\"criterium\":\"A\",\"voldaan\":true,\"toelichting\":\"a\"},"
          + "{\"criterium\":\"B\",\"voldaan\":true,\"toelichting\":\"b\"},"
          + "{\"criterium\":\"C\",\"voldaan\":false,\"toelichting\":\"c\"},"
          + "{\"criterium\":\"D\",\"voldaan\":false,\"toelichting\":\"d\"}]";

  private static PortaalAdres portaal;
  private static ApiKlant klant;

  @BeforeAll
  static void klant(PortaalAdres adres) {
    portaal = adres;
    klant = new ApiKlant(adres);
  }

  @Test
  void aCompleteReferralIsSubmittedAndReadBackByTheReferrerOnly() throws Exception {
    HttpResponse<String> antwoord =
        klant.post(
            PAD,
            "partner.politie",
            aanmelding("Anton", "Apimens", "1975-05-05", "<script>x</script>"));
    assertEquals(201, antwoord.statusCode(), antwoord.body());
    String nummer = antwoord.body().replaceAll("(?s).*\"nummer\":\"(ZVH-\\d{4}-\\d{6})\".*", "$1");
    assertTrue(
        antwoord.headers().firstValue("Location").orElseThrow().endsWith(PAD + "/" + nummer));
    assertTrue(antwoord.body().contains("\"triagedatum\""), antwoord.body());
    assertTrue(antwoord.body().contains("\"voldoetAanCriteria\":false"), "(a∧b∧c)∨d not met");

    HttpResponse<String> gelezen = klant.get(PAD + "/" + nummer, "partner.politie");
    assertEquals(200, gelezen.statusCode());
    assertTrue(gelezen.body().contains("\"status\":\"AANGEMELD\""));
    assertTrue(gelezen.body().contains("Apimens"));
    assertTrue(gelezen.body().contains("<script>x</script>"), "stored as typed");
    assertTrue(gelezen.body().contains("Aanmelding ingediend."), "with the history");

    HttpResponse<String> anderePartner = klant.get(PAD + "/" + nummer, "partner.ggz");
    assertEquals(404, anderePartner.statusCode());
    assertEquals(
        "application/problem+json", anderePartner.headers().firstValue("Content-Type").orElse(""));
    assertFalse(anderePartner.body().contains("Apimens"));
    assertEquals(404, klant.get(PAD + "/ZVH-1999-999999", "partner.politie").statusCode());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    String json =
        "{\"betrokkenen\":[{\"voornamen\":\""
            + "x".repeat(201)
            + "\",\"achternaam\":\"Foutmans\",\"geboortedatum\":\"2999-01-01\",\"bsn\":\"123456789\","
            + "\"postcode\":\"12345\"}],"
            + "\"partners\":[{\"contactpersoon\":\"P\",\"email\":\"geen-adres\",\"telefoon\":\"bel mij\"}],"
            + "\"reden\":\"r\",\"doelIco\":\"d\",\"betrokkeneGeinformeerd\":true,"
            + CRITERIA
            + "}";
    HttpResponse<String> antwoord = klant.post(PAD, "partner.politie", json);
    assertEquals(400, antwoord.statusCode(), antwoord.body());
    assertEquals(
        "application/problem+json", antwoord.headers().firstValue("Content-Type").orElse(""));
    String body = antwoord.body();
    for (String veld :
        new String[] {
          "betrokkenen[0].voornamen", "betrokkenen[0].geboortedatum", "betrokkenen[0].bsn",
          "betrokkenen[0].postcode", "partners[0].email", "partners[0].telefoon"
        }) {
      assertTrue(body.contains("\"veld\":\"" + veld + "\""), veld + " in " + body);
    }
    assertTrue(body.contains("De geboortedatum ligt in de toekomst."));
    assertTrue(body.contains("elfproef"));

    HttpResponse<String> onvolledig =
        klant.post(
            PAD,
            "partner.politie",
            "{\"betrokkenen\":[{\"voornamen\":\"Half\",\"achternaam\":\"Geleider\","
                + "\"geboortedatum\":\"1980-01-01\"}]}");
    assertEquals(400, onvolledig.statusCode());
    assertTrue(onvolledig.body().contains("De aanmelding is nog niet compleet"), onvolledig.body());
    assertTrue(onvolledig.body().contains("Vul het doel van het ICO in."));

    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      politie
          .open("/partner/aanmeldingen.xhtml")
          .vul("lijst:zoektekst", "geleider")
          .klikAjax("lijst:filteren");
      assertFalse(
          politie.tekst("lijst:aanmeldingen").contains("Geleider"), "no half-saved concept");
    }
  }

  @Test
  void unreadableJsonAndWrongCallersGetAProblemNotAStackTrace() throws Exception {
    HttpResponse<String> kapot = klant.post(PAD, "partner.politie", "{\"betrokkenen\": [");
    assertEquals(400, kapot.statusCode(), kapot.body());
    assertTrue(kapot.body().contains("Ongeldige JSON"));
    HttpResponse<String> onbekend =
        klant.post(PAD, "partner.politie", "{\"problemen\":[{\"leefgebied\":\"ASTROLOGIE\"}]}");
    assertEquals(400, onbekend.statusCode(), onbekend.body());
    assertFalse(onbekend.body().contains("Exception"));
    HttpResponse<String> geenDatum =
        klant.post(PAD, "partner.politie", aanmelding("A", "B", "1990-02-31", "r"));
    assertEquals(400, geenDatum.statusCode(), geenDatum.body());
    assertTrue(
        geenDatum.body().contains("\"veld\":\"betrokkenen[0].geboortedatum\""), geenDatum.body());
    assertTrue(geenDatum.body().contains("jjjj-mm-dd"), geenDatum.body());

    HttpResponse<String> alsTekst =
        ApiKlant.send(
            klant
                .verzoek(PAD, "partner.politie")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hallo")));
    assertEquals(415, alsTekst.statusCode());
    assertEquals(
        "application/problem+json", alsTekst.headers().firstValue("Content-Type").orElse(""));
    assertTrue(alsTekst.body().contains("Stuur de inhoud als JSON"), alsTekst.body());

    assertEquals(401, klant.post(PAD, null, aanmelding("A", "B", "1980-01-01", "r")).statusCode());
    HttpResponse<String> regisseur =
        klant.post(PAD, "regisseur", aanmelding("A", "B", "1980-01-01", "r"));
    assertEquals(403, regisseur.statusCode(), regisseur.body());
  }

  @Test
  void theOpenApiDocumentDescribesTheReferralEndpointsAndNothingElse() throws Exception {
    HttpResponse<String> document = klant.get("/openapi", null);
    assertEquals(200, document.statusCode());
    String body = document.body();
    assertTrue(body.contains("ZVH-portaal API"));
    assertTrue(body.contains("/api/v1/aanmeldingen/{nummer}"));
    assertTrue(body.contains("application/problem+json"));
    assertTrue(body.contains("bearer"), "the key as the security scheme");
    for (String paginabean : new String[] {"Dossier", "Screenen", "TermijnenBeheren", "Inloggen"}) {
      assertFalse(
          Pattern.compile("(?m)^\\s+" + paginabean + ":").matcher(body).find(),
          paginabean + " in " + body);
    }
    // The paths section only (Payara adds a section "endpoints" per context root after it).
    String paden = body.replaceAll("(?s)^.*?\\npaths:\\n(.*?)\\n[a-z]+:.*$", "$1");
    Matcher pad = Pattern.compile("(?m)^  (/\\S*):\\s*$").matcher(paden);
    int aantal = 0;
    while (pad.find()) {
      aantal++;
      assertTrue(pad.group(1).startsWith("/api/"), pad.group(1) + " in " + body);
    }
    assertTrue(aantal >= 4, body);
  }

  // ---- Input the API refuses (issue 14, item 6): 400 naming the field, nothing saved.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"partners\":[null]}|partners[0]",
        "{\"betrokkenen\":[null]}|betrokkenen[0]",
        "{\"problemen\":[null]}|problemen[0]",
        "{\"criteria\":[null]}|criteria[0]",
        "{\"criteria\":[{\"criterium\":null,\"voldaan\":true}]}|criteria[0].criterium",
        "{\"problemen\":[{\"leefgebied\":null,\"omschrijving\":\"x\"}]}|problemen[0].leefgebied",
        "{\"reden\":5}|reden",
        "{\"betrokkeneGeinformeerd\":\"ja\"}|betrokkeneGeinformeerd",
        "{\"partners\":[{\"organisatieId\":\"een\"}]}|partners[0].organisatieId",
        "{\"betrokkenen\":{\"voornamen\":\"x\"}}|betrokkenen",
        "{\"betrokkenen\":[{\"voornamen\":\"Nul\\u0000Teken\"}]}|betrokkenen[0].voornamen",
        "{\"betrokkenen\":[{\"achternaam\":\"Twee\\nRegels\"}]}|betrokkenen[0].achternaam",
        "{\"reden\":\"escape \\u001b[31m\"}|reden",
        "{\"betrokkenen\":[{\"geboortedatum\":\"0000-01-01\"}]}|betrokkenen[0].geboortedatum",
        "{\"betrokkenen\":[{\"geboortedatum\":\"1899-12-31\"}]}|betrokkenen[0].geboortedatum",
        "{\"betrokkenen\":[{\"geboortedatum\":\"12-01-1980\"}]}|betrokkenen[0].geboortedatum",
        "{\"problemen\":[{\"leefgebied\":\"ASTROLOGIE\"}]}|problemen[0].leefgebied"
      })
  void nullsWrongTypesControlCharactersAndImplausibleDatesAreRefusedByField(
      String json, String veld) throws Exception {
    long voor = aantalCasussen();
    HttpResponse<String> antwoord = klant.post(PAD, "partner.politie", json);
    assertEquals(400, antwoord.statusCode(), json + " -> " + antwoord.body());
    ApiIT.assertProbleem(json, antwoord);
    assertTrue(
        antwoord.body().contains("\"veld\":\"" + veld + "\""), json + " -> " + antwoord.body());
    assertFalse(antwoord.body().contains("Exception"), antwoord.body());
    assertEquals(voor, aantalCasussen(), "nothing half saved");
  }

  @Test
  void trailingContentAfterTheJsonIsRefused() throws Exception {
    long voor = aantalCasussen();
    for (String achter : new String[] {"x", " {}", "]", " \"meer\"", "\u0000"}) {
      HttpResponse<String> antwoord =
          klant.post(PAD, "partner.politie", aanmelding("Na", "Loper", "1980-01-01", "r") + achter);
      assertEquals(400, antwoord.statusCode(), achter + " -> " + antwoord.body());
      ApiIT.assertProbleem(achter, antwoord);
    }
    assertEquals(voor, aantalCasussen(), "nothing saved");
  }

  private static long aantalCasussen() throws Exception {
    String lijst = klant.get("/api/v1/casussen", "partner.politie").body();
    return Pattern.compile("\"id\":").matcher(lijst).results().count();
  }

  @Test
  void onlyTheProcesregisseurSeesThatTheBetrokkeneIsAlreadyKnown() throws Exception {
    String eerste =
        nummerVan(
            klant.post(
                PAD,
                "partner.politie",
                aanmelding("Bekende", "Dubbelganger", "1966-06-06", "eerste")));
    String tweede =
        nummerVan(
            klant.post(
                PAD,
                "partner.politie",
                aanmelding("Bekende", "Dubbelganger", "1966-06-06", "tweede")));
    String lijst = klant.get("/api/v1/casussen", "regisseur").body();
    int positie = lijst.indexOf(tweede);
    int id = lijst.lastIndexOf("\"id\":", positie);
    String casusId = lijst.substring(id + 5, lijst.indexOf(',', id)).strip();

    try (Browser browser = Browser.start(portaal)) {
      browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
      browser.open("/casus/dossier.xhtml?id=" + casusId);
      assertTrue(browser.tekst("bekend").contains(eerste), browser.paginatekst());
      assertEquals("", browser.toegankelijkheidsfouten());

      browser.vergeet().open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      browser.open("/casus/dossier.xhtml?id=" + casusId);
      assertTrue(browser.paginatekst().contains("Dubbelganger"));
      assertFalse(browser.paginatekst().contains("Al bekend"), "never shown to the referrer");
      assertFalse(browser.paginatekst().contains(eerste));
    }
  }

  private static String nummerVan(HttpResponse<String> antwoord) {
    assertEquals(201, antwoord.statusCode(), antwoord.body());
    return antwoord.body().replaceAll("(?s).*\"nummer\":\"(ZVH-\\d{4}-\\d{6})\".*", "$1");
  }

  private static String aanmelding(
      String voornaam, String achternaam, String geboren, String reden) {
    return "{\"betrokkenen\":[{\"voornamen\":\""
        + voornaam
        + "\",\"achternaam\":\""
        + achternaam
        + "\",\"geboortedatum\":\""
        + geboren
        + "\",\"bsn\":\"111111110\"}],"
        + "\"problemen\":[{\"leefgebied\":\"FINANCIEN\",\"omschrijving\":\"Schulden\"}],"
        + "\"reden\":\""
        + reden.replace("\"", "\\\"")
        + "\",\"doelIco\":\"Een plan\",\"betrokkeneGeinformeerd\":true,"
        + CRITERIA
        + "}";
  }
}
