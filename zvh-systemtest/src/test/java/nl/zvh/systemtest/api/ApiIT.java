package nl.zvh.systemtest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.zvh.systemtest.browser.Browser;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API under the same rules as the portal: authentication on every request, the privacy policy
 * (guessed ids included), problem details for every refusal, and one log record per betrokkene per
 * read, marked as coming in through the API.
 */
@ExtendWith(Portaal.class)
class ApiIT {

  private static PortaalAdres portaal;
  private static ApiKlant klant;
  private static String gezin;
  private static String alleenPolitie;

  @BeforeAll
  static void casusIds(PortaalAdres adres) throws Exception {
    portaal = adres;
    klant = new ApiKlant(adres);
    String lijst = get("/api/v1/casussen", "partner.politie").body();
    gezin = idVan(lijst, "-000001");
    alleenPolitie = idVan(lijst, "-000002");
  }

  @Test
  void anAnonymousCallerIsAskedToAuthenticate() throws Exception {
    HttpResponse<String> antwoord = get("/api/v1/casussen/" + gezin, null);
    assertEquals(401, antwoord.statusCode());
    assertTrue(antwoord.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(
        "application/problem+json", antwoord.headers().firstValue("Content-Type").orElse(""));
    assertFalse(antwoord.body().contains("Jan"));
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    HttpResponse<String> antwoord =
        send(
            HttpRequest.newBuilder(portaal.pagina("/api/v1/casussen/" + gezin))
                .header("Authorization", basic("partner.politie", "fout-wachtwoord")));
    assertEquals(401, antwoord.statusCode());
  }

  @Test
  void aParticipantReadsTheCaseWithOnlyWhatTheirOrganisationMaySee() throws Exception {
    HttpResponse<String> antwoord = get("/api/v1/casussen/" + gezin, "partner.politie");
    assertEquals(200, antwoord.statusCode());
    assertTrue(
        antwoord.body().contains("\"achternaam\"") || antwoord.body().contains("Jan de Vries"));
    assertTrue(antwoord.body().contains("Drie meldingen van overlast"));
    assertFalse(
        antwoord.body().contains("Jan was tot vorig jaar in behandeling"), "GGZ did not share");

    // Authentication is per request: whatever cookie came back, it logs nobody in.
    HttpRequest.Builder metCookie =
        HttpRequest.newBuilder(portaal.pagina("/api/v1/casussen/" + gezin));
    antwoord
        .headers()
        .allValues("Set-Cookie")
        .forEach(c -> metCookie.header("Cookie", c.split(";")[0]));
    assertEquals(401, send(metCookie).statusCode(), "the API leaves no live session");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALLEEN_POLITIE", "999999", "abc", "-1"})
  void aForeignOrGuessedIdAnswersNotFound(String id) throws Exception {
    String pad = "/api/v1/casussen/" + ("ALLEEN_POLITIE".equals(id) ? alleenPolitie : id);
    HttpResponse<String> antwoord = get(pad, "partner.ggz");
    assertEquals(404, antwoord.statusCode(), antwoord.body());
    assertEquals(
        "application/problem+json", antwoord.headers().firstValue("Content-Type").orElse(""));
    assertTrue(antwoord.body().contains("Dit bestaat niet of u heeft er geen toegang toe."));
    assertFalse(antwoord.body().contains("Kees"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"manager", "privacy", "beheerder"})
  void rolesWithoutNeedToKnowAreForbidden(String gebruiker) throws Exception {
    HttpResponse<String> antwoord = get("/api/v1/casussen/" + gezin, gebruiker);
    assertEquals(403, antwoord.statusCode(), antwoord.body());
    assertFalse(antwoord.body().contains("Jan"));
  }

  @Test
  void everyReadThroughTheApiLeavesOneLogRecordPerBetrokkene() throws Exception {
    try (Browser privacy = Browser.start(portaal)) {
      privacy.open("/login.xhtml").inloggen("privacy", DemoAccount.WACHTWOORD);
      long voor = aantalApiRegels(privacy);
      for (int i = 0; i < 4; i++) {
        assertEquals(200, get("/api/v1/casussen/" + gezin, "partner.ggz").statusCode());
      }
      assertEquals(voor + 4 * 2, aantalApiRegels(privacy), "Jan and Sanne, per read");
    }
  }

  private static long aantalApiRegels(Browser privacy) {
    privacy
        .open("/privacy/logboek.xhtml")
        .vul("zoeken:gebruiker", "partner.ggz")
        .klik("zoeken:zoek");
    String kop = privacy.tekst("resultaten:aantal");
    return Long.parseLong(kop.substring(0, kop.indexOf(' ')));
  }

  private static String idVan(String lijst, String nummerEinde) {
    int nummer = lijst.indexOf(nummerEinde);
    int id = lijst.lastIndexOf("\"id\":", nummer);
    return lijst.substring(id + 5, lijst.indexOf(',', id)).strip();
  }

  private static HttpResponse<String> get(String pad, String gebruiker) throws Exception {
    return klant.get(pad, gebruiker);
  }

  private static HttpResponse<String> send(HttpRequest.Builder verzoek) throws Exception {
    return ApiKlant.send(verzoek);
  }

  private static String basic(String gebruiker, String wachtwoord) {
    return ApiKlant.basic(gebruiker, wachtwoord);
  }
}
