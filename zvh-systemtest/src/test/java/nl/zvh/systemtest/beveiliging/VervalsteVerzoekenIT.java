package nl.zvh.systemtest.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Portaalsessie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests an attacker could make a logged-in user's browser send, or send with a stolen form: a
 * POST from another site, a POST without Origin or Referer, the same action as a GET, a stateless
 * or tampered view state. The action is a message in a case's thread (procesregisseur): a real
 * change that the thread then shows. Each test first checks that the same message, sent as the
 * portal's own page sends it, does arrive, so that "nothing changed" means something.
 */
@ExtendWith(Portaal.class)
class VervalsteVerzoekenIT {

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static PortaalAdres portaal;
  private static Portaalsessie regisseur;
  private static String draad;

  @BeforeAll
  static void inloggen(PortaalAdres adres) throws Exception {
    portaal = adres;
    regisseur = Portaalsessie.inloggen(adres, "regisseur", DemoAccount.WACHTWOORD);
    String lijst = regisseur.get("/casus/index.xhtml?zoek=ZVH-2026-000006").body();
    Matcher id = Pattern.compile("dossier\\.xhtml\\?id=(\\d+)").matcher(lijst);
    assertTrue(id.find(), lijst);
    draad = "/casus/dossier.xhtml?id=" + id.group(1) + "&tab=berichten";
  }

  @Test
  void theSameMessageFromThePortalsOwnPageArrives() throws Exception {
    String tekst = uniek();
    HttpResponse<String> antwoord = stuurBericht(tekst, Map.of("Origin", regisseur.herkomst()));
    assertTrue(antwoord.statusCode() == 200 || antwoord.statusCode() == 302, antwoord.body());
    assertTrue(inDeDraad(tekst), "the message should be in the thread");
    // and from the Referer alone, as an older browser sends it
    String nogEen = uniek();
    stuurBericht(nogEen, Map.of("Referer", portaal.pagina(draad).toString()));
    assertTrue(inDeDraad(nogEen));
  }

  @Test
  void aPostFromAForeignOriginIsRefusedAndChangesNothing() throws Exception {
    String tekst = uniek();
    HttpResponse<String> antwoord =
        stuurBericht(tekst, Map.of("Origin", "https://aanvaller.example"));
    isGeweigerd(antwoord);
    assertFalse(inDeDraad(tekst));
    // the same for a look-alike: another port of the same host, and the opaque origin "null"
    for (String vreemd : new String[] {regisseur.herkomst().replaceAll(":\\d+$", ":1"), "null"}) {
      isGeweigerd(stuurBericht(tekst, Map.of("Origin", vreemd)));
    }
    isGeweigerd(stuurBericht(tekst, Map.of("Referer", "https://aanvaller.example" + draad)));
    assertFalse(inDeDraad(tekst));
  }

  @Test
  void aPostWithoutOriginAndRefererIsRefused() throws Exception {
    String tekst = uniek();
    isGeweigerd(stuurBericht(tekst, Map.of()));
    assertFalse(inDeDraad(tekst));
  }

  @Test
  void theSameActionSentAsAGetChangesNothing() throws Exception {
    String tekst = uniek();
    String pagina = regisseur.get(draad).body();
    Map<String, String> velden = Portaalsessie.velden(pagina, "bericht", "bericht:versturen");
    velden.put("bericht:tekst", tekst);
    String actie = Portaalsessie.actie(pagina, "bericht");
    StringJoiner query = new StringJoiner("&");
    velden.forEach(
        (naam, waarde) ->
            query.add(
                URLEncoder.encode(naam, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(waarde, StandardCharsets.UTF_8)));
    HttpResponse<String> antwoord =
        regisseur.get(actie + (actie.contains("?") ? "&" : "?") + query);
    assertNotEquals(200, antwoord.statusCode(), "a GET with a form's view state is no postback");
    assertTrue(antwoord.statusCode() < 500, antwoord.statusCode() + " " + antwoord.body());
    assertFalse(inDeDraad(tekst));
  }

  @Test
  void aStatelessOrTamperedViewStateGivesTheExpiredPageNever500() throws Exception {
    for (String staat : new String[] {"stateless", "-123456:987654", "<script>", ""}) {
      String tekst = uniek();
      String pagina = regisseur.get(draad).body();
      Map<String, String> velden = Portaalsessie.velden(pagina, "bericht", "bericht:versturen");
      velden.put("bericht:tekst", tekst);
      velden.put(VIEW_STATE, staat);
      HttpResponse<String> antwoord =
          regisseur.post(
              Portaalsessie.actie(pagina, "bericht"),
              velden,
              Map.of("Origin", regisseur.herkomst()));
      assertTrue(antwoord.statusCode() < 500, staat + ": " + antwoord.statusCode());
      if (!staat.isEmpty()) {
        assertTrue(antwoord.body().contains("Pagina verlopen"), staat + ": " + antwoord.body());
      }
      assertFalse(inDeDraad(tekst), staat);
    }
    // the login page keeps no state; posted from another site it is refused before it is read
    HttpResponse<String> inloggen =
        Portaalsessie.anoniem(portaal)
            .post(
                "/login.xhtml",
                Map.of(
                    "inlogformulier",
                    "inlogformulier",
                    "gebruikersnaam",
                    "regisseur",
                    "wachtwoord",
                    DemoAccount.WACHTWOORD,
                    "inloggen",
                    "inloggen",
                    VIEW_STATE,
                    "stateless"),
                Map.of("Origin", "https://aanvaller.example"));
    isGeweigerd(inloggen);
    assertTrue(inloggen.headers().firstValue("Location").isEmpty());
  }

  @Test
  void aFailedLoginShowsItsMessageNot500() throws Exception {
    // the login page posts no PrimeFaces nonce of a view of its own; a name no account has, so
    // that no account comes closer to its lockout
    HttpResponse<String> antwoord =
        Portaalsessie.anoniem(portaal).probeerInTeLoggen("niemand-" + UUID.randomUUID(), "onjuist");
    assertTrue(antwoord.statusCode() < 500, antwoord.statusCode() + " " + antwoord.body());
    assertTrue(antwoord.body().contains("melding-fout"), antwoord.body());
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
    Portaalsessie sessie = Portaalsessie.inloggen(portaal, "manager", DemoAccount.WACHTWOORD);
    String cookie =
        sessie.gezetteCookies().stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .reduce((eerste, laatste) -> laatste)
            .orElseThrow(() -> new AssertionError("no session cookie: " + sessie.gezetteCookies()))
            .toLowerCase(Locale.ROOT)
            .replace(" ", "");
    assertTrue(cookie.contains(";samesite=lax"), cookie);
    assertTrue(cookie.contains(";httponly"), cookie);
    // plain HTTP on loopback: not Secure (the cookie would never come back); over TLS it is
    assertFalse(cookie.contains(";secure"), cookie);
  }

  @Test
  void theApiRefusesAForeignOriginButNotACallerWithoutOne() throws Exception {
    ApiKlant api = new ApiKlant(portaal);
    HttpResponse<String> zonder = api.post("/api/v1/aanmeldingen", "partner.politie", "{}");
    assertNotEquals(403, zonder.statusCode(), zonder.body());
    HttpResponse<String> vreemd =
        Portaalsessie.anoniem(portaal)
            .post(
                "/api/v1/aanmeldingen",
                Map.of(),
                Map.of("Origin", "https://aanvaller.example", "Content-Type", "application/json"));
    assertEquals(403, vreemd.statusCode(), vreemd.body());
    assertTrue(
        vreemd
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        vreemd.headers().toString());
    assertTrue(vreemd.body().contains("\"status\":403"), vreemd.body());
  }

  private static HttpResponse<String> stuurBericht(String tekst, Map<String, String> koppen)
      throws Exception {
    Map<String, String> invoer = new HashMap<>();
    invoer.put("bericht:tekst", tekst);
    return regisseur.klik(draad, "bericht", "bericht:versturen", invoer, koppen);
  }

  private static boolean inDeDraad(String tekst) throws Exception {
    return regisseur.get(draad).body().contains(tekst);
  }

  private static void isGeweigerd(HttpResponse<String> antwoord) {
    assertEquals(403, antwoord.statusCode(), antwoord.body());
    assertTrue(antwoord.body().contains("Geen toegang"), antwoord.body());
    assertEquals("no-store", antwoord.headers().firstValue("Cache-Control").orElse(""));
  }

  private static String uniek() {
    return "Bericht " + UUID.randomUUID();
  }
}
