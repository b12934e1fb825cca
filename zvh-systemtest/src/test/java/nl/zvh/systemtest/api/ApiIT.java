package nl.zvh.systemtest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The API under the same rules as the portal: a koppeling's key on every request (no password, no
 * session cookie), the privacy policy (guessed ids included), problem details for every refusal,
 * and one log record per betrokkene per read, marked as coming in through the API.
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
  void anAnonymousCallerIsAskedForAKey() throws Exception {
    HttpResponse<String> antwoord = get("/api/v1/casussen/" + gezin, null);
    assertEquals(401, antwoord.statusCode());
    assertTrue(antwoord.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertProbleem(antwoord);
    assertTrue(antwoord.body().contains("Authorization: Bearer zvh_"), antwoord.body());
    assertFalse(antwoord.body().contains("Jan"));
  }

  /** A person's password is no way into the API, right or wrong, whatever the role. */
  @ParameterizedTest
  @ValueSource(strings = {"partner.politie", "regisseur", "manager", "privacy", "beheerder"})
  void httpBasicIsRefusedWithAProblemThatPointsToKeys(String gebruiker) throws Exception {
    for (String wachtwoord : new String[] {DemoAccount.WACHTWOORD, "fout-wachtwoord"}) {
      HttpResponse<String> antwoord =
          send(klant.metAutorisatie("/api/v1/casussen/" + gezin, basic(gebruiker, wachtwoord)));
      assertEquals(401, antwoord.statusCode(), antwoord.body());
      assertProbleem(antwoord);
      assertTrue(antwoord.body().contains("HTTP Basic"), antwoord.body());
      assertTrue(antwoord.body().contains("API-sleutel"), antwoord.body());
      assertFalse(antwoord.body().contains("Jan"));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer zvh_demopolitie_Demo-Politie-alleen-in-demomodus-0000000001",
        "Bearer zvh_onbekend1_Demo-Politie-alleen-in-demomodus-0000000000",
        "Bearer zvh_demopolitie",
        "Bearer " + ApiKlant.SLEUTEL_POLITIE + "x",
        "Token " + ApiKlant.SLEUTEL_POLITIE,
        "Bearer"
      })
  void aWrongOrMalformedKeyIsRefused(String authorization) throws Exception {
    HttpResponse<String> antwoord =
        send(klant.metAutorisatie("/api/v1/casussen/" + gezin, authorization));
    assertEquals(401, antwoord.statusCode(), antwoord.body());
    assertProbleem(antwoord);
    assertFalse(antwoord.body().contains("Jan"));
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
    assertTrue(antwoord.headers().allValues("Set-Cookie").isEmpty(), "the API sets no cookie");
  }

  /** The portal's session is for people in a browser: the API neither accepts nor makes one. */
  @Test
  void thePortalsSessionCookieIsNoKey() throws Exception {
    try (Browser politie = Browser.start(portaal)) {
      politie.open("/login.xhtml").inloggen("partner.politie", DemoAccount.WACHTWOORD);
      String cookie = "JSESSIONID=" + politie.sessieId();
      HttpResponse<String> alleenCookie =
          send(klant.metAutorisatie("/api/v1/casussen/" + gezin, null).header("Cookie", cookie));
      assertEquals(401, alleenCookie.statusCode(), alleenCookie.body());
      assertProbleem(alleenCookie);
      assertTrue(alleenCookie.body().contains("sessiecookie"), alleenCookie.body());
      assertFalse(alleenCookie.body().contains("Jan"));

      HttpResponse<String> metSleutel =
          send(
              klant
                  .verzoek("/api/v1/casussen/" + gezin, "partner.politie")
                  .header("Cookie", cookie));
      assertEquals(200, metSleutel.statusCode(), "the key counts, the cookie is ignored");
      assertTrue(metSleutel.headers().allValues("Set-Cookie").isEmpty());

      politie.open("/casus/index.xhtml");
      assertEquals("/casus/index.xhtml", politie.pad(), "the person's session is untouched");
    }
  }

  /** Every status the API answers, also the container's, is a problem detail without a cookie. */
  @Test
  void everyStatusIsAProblemDetailAndNoneSetsACookie() throws Exception {
    String casus = "/api/v1/casussen/" + gezin;
    Map<String, HttpRequest.Builder> verzoeken = new LinkedHashMap<>();
    verzoeken.put("401", klant.metAutorisatie(casus, null));
    verzoeken.put(
        "403",
        klant
            .verzoek("/api/v1/aanmeldingen", "regisseur")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")));
    verzoeken.put("404", klant.verzoek("/api/v1/onbekend/pad", "partner.politie"));
    verzoeken.put("404 ", klant.verzoek("/api/", "partner.politie"));
    verzoeken.put("405", klant.verzoek(casus, "partner.politie").DELETE());
    verzoeken.put("406", klant.verzoek(casus, "partner.politie").header("Accept", "text/html"));
    verzoeken.put(
        "415",
        klant
            .verzoek("/api/v1/aanmeldingen", "partner.politie")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("hallo")));
    verzoeken.put(
        "400",
        klant
            .verzoek("/api/v1/aanmeldingen", "partner.politie")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"betrokkenen\": [")));
    for (Map.Entry<String, HttpRequest.Builder> verzoek : verzoeken.entrySet()) {
      HttpResponse<String> antwoord = send(verzoek.getValue());
      assertEquals(
          Integer.parseInt(verzoek.getKey().strip()),
          antwoord.statusCode(),
          verzoek.getKey() + ": " + antwoord.body());
      assertProbleem(verzoek.getKey(), antwoord);
      assertTrue(
          antwoord.body().contains("\"status\":" + verzoek.getKey().strip()), antwoord.body());
      assertFalse(antwoord.body().contains("<html"), antwoord.body());
    }
    // TRACE is answered by the HTTP listener itself, before the application: 405, no page at all.
    HttpResponse<String> trace =
        send(
            klant
                .verzoek(casus, "partner.politie")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, trace.statusCode());
    assertFalse(trace.body().contains("<html"), trace.body());
    assertTrue(trace.headers().allValues("Set-Cookie").isEmpty());
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
        .vul("zoeken:gebruiker", ApiKlant.koppelingVan("partner.ggz"))
        .klik("zoeken:zoek");
    String kop = privacy.tekst("resultaten:aantal");
    return Long.parseLong(kop.substring(0, kop.indexOf(' ')));
  }

  /** A problem detail (RFC 9457), never a cookie. */
  static void assertProbleem(HttpResponse<String> antwoord) {
    assertProbleem("", antwoord);
  }

  static void assertProbleem(String wat, HttpResponse<String> antwoord) {
    assertEquals(
        "application/problem+json",
        antwoord.headers().firstValue("Content-Type").orElse("").replace(";charset=UTF-8", ""),
        wat + " " + antwoord.statusCode() + ": " + antwoord.body());
    assertTrue(antwoord.body().startsWith("{"), antwoord.body());
    assertTrue(antwoord.headers().allValues("Set-Cookie").isEmpty(), "no cookie from the API");
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
