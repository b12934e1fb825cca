package nl.zvh.systemtest.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Portaalsessie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who reaches what (issue 14, item 8): every page of the WAR for every demo role and anonymously,
 * and every endpoint (the API's paths, /openapi, /health, /metrics) with every demo API key,
 * without one, and with each role's portal session, against a DECLARED matrix. The pages are read
 * from the built WAR, so a new page without a line here fails the test by name; so does a new API
 * path in /openapi.
 *
 * <p>Outcomes: {@code 200} reachable; {@code 403} refused; {@code 404} not found (a page that needs
 * a parameter and gets none); {@code login} sent to the login page (anonymous); {@code 302} sent on
 * to another page (the start page, for instance); for the API its status. A 500 is never right.
 */
@ExtendWith(Portaal.class)
class ToegangsmatrixIT {

  /** The columns of the page matrix: anonymous, then the demo accounts in their order. */
  private static final String KOLOMMEN = "anoniem politie ggz regisseur manager privacy beheerder";

  /** The page matrix. {casus} is the id of the demo case ZVH-2026-000006. */
  private static final Map<String, String> PAGINAS = new LinkedHashMap<>();

  static {
    // page                                         anon  pol  ggz  reg  man  pri  beh
    pagina("index.xhtml", /*                    */ "login 302  302  302  302  302  302");
    pagina("account/index.xhtml", /*            */ "login 200  200  200  200  200  200");
    pagina("account/herstelcodes.xhtml", /*     */ "login 200  200  200  200  200  200");
    pagina("beheer/index.xhtml", /*             */ "login 403  403  403  403  403  200");
    pagina("beheer/gebruikers.xhtml", /*        */ "login 403  403  403  403  403  200");
    pagina("beheer/inlogbeveiliging.xhtml", /*  */ "login 403  403  403  403  403  200");
    pagina("beheer/koppelingen.xhtml", /*       */ "login 403  403  403  403  403  200");
    pagina("beheer/organisaties.xhtml", /*      */ "login 403  403  403  403  403  200");
    pagina("beheer/termijnen.xhtml", /*         */ "login 403  403  403  403  403  200");
    pagina("casus/index.xhtml", /*              */ "login 200  200  200  403  403  403");
    pagina("casus/dossier.xhtml", /*            */ "login 404  404  404  403  403  403");
    pagina("casus/dossier.xhtml?id={casus}", /* */ "login 200  200  200  403  403  403");
    pagina("casus/actiepunt.xhtml", /*          */ "login 404  404  404  403  403  403");
    pagina("casus/afsluiten.xhtml", /*          */ "login 404  404  404  403  403  403");
    pagina("casus/afsluiten.xhtml?casus={casus}", "login 404  404  200  403  403  403");
    pagina("casus/berichten.xhtml", /*          */ "login 200  200  200  403  403  403");
    pagina("casus/opschalen.xhtml", /*          */ "login 404  404  404  403  403  403");
    pagina("casus/opschalen.xhtml?casus={casus}", "login 404  404  200  403  403  403");
    pagina("casus/overleg.xhtml", /*            */ "login 404  404  404  403  403  403");
    pagina("casus/overleg-plannen.xhtml", /*    */ "login 404  404  404  403  403  403");
    pagina("casus/overleg-plannen.xhtml?casus={casus}", "login 404 404 200 403 403 403");
    pagina("casus/verslag.xhtml", /*            */ "login 404  404  404  403  403  403");
    pagina("manager/index.xhtml", /*            */ "login 403  403  403  200  403  403");
    pagina("manager/cijfers.xhtml", /*          */ "login 403  403  403  200  403  403");
    pagina("manager/opschaling.xhtml", /*       */ "login 403  403  403  404  403  403");
    pagina("manager/opschalingen.xhtml", /*     */ "login 403  403  403  200  403  403");
    pagina("partner/index.xhtml", /*            */ "login 200  200  403  403  403  403");
    pagina("partner/aanmelden.xhtml", /*        */ "login 200  200  403  403  403  403");
    pagina("partner/aanmeldingen.xhtml", /*     */ "login 200  200  403  403  403  403");
    pagina("partner/actiepunten.xhtml", /*      */ "login 200  200  403  403  403  403");
    pagina("partner/ontvangstbevestiging.xhtml", "login 404  404  403  403  403  403");
    pagina("partner/uitvragen.xhtml", /*        */ "login 200  200  403  403  403  403");
    pagina("partner/verzoeken.xhtml", /*        */ "login 200  200  403  403  403  403");
    pagina("privacy/index.xhtml", /*            */ "login 403  403  403  403  200  403");
    pagina("privacy/betrokkenen.xhtml", /*      */ "login 403  403  403  403  200  403");
    pagina("privacy/bewaartermijn.xhtml", /*    */ "login 403  403  403  403  200  403");
    pagina("privacy/logboek.xhtml", /*          */ "login 403  403  403  403  200  403");
    pagina("privacy/verzoeken.xhtml", /*        */ "login 403  403  403  403  200  403");
    pagina("regie/index.xhtml", /*              */ "login 403  403  200  403  403  403");
    pagina("regie/procesregie.xhtml", /*        */ "login 403  403  200  403  403  403");
    pagina("regie/triage.xhtml", /*             */ "login 403  403  200  403  403  403");
    pagina("regie/werkvoorraad.xhtml", /*       */ "login 403  403  200  403  403  403");
    // The login pages last: once a visit to them ended a session (a GET that logged one out).
    pagina("login.xhtml", /*                    */ "200   200  200  200  200  200  200");
    pagina("tweedefactor.xhtml", /*             */ "login 302  302  302  302  302  302");
  }

  /** The columns of the endpoint matrix: no key, the three demo keys (ApiKlant). */
  private static final String SLEUTELS = "geen politie ggz zvh";

  /** The endpoint matrix: method and path. {casus} as above. */
  private static final Map<String, String> EINDPUNTEN = new LinkedHashMap<>();

  static {
    // endpoint                                           geen pol  ggz  zvh
    eindpunt("GET /api/v1/casussen", /*                */ "401  200  200  200");
    eindpunt("GET /api/v1/casussen/{casus}", /*        */ "401  200  200  200");
    eindpunt("GET /api/v1/casussen/999999", /*         */ "401  404  404  404");
    eindpunt("POST /api/v1/aanmeldingen", /*           */ "401  400  400  403");
    eindpunt("GET /api/v1/aanmeldingen/ZVH-2026-000006", "401  200  404  403");
    eindpunt("GET /api/v1/aanmeldingen/ZVH-1999-999999", "401  404  404  403");
    eindpunt("GET /api/v1/bestaat-niet", /*            */ "401  404  404  404");
    eindpunt("GET /openapi", /*                        */ "200  200  200  200");
    eindpunt("GET /health", /*                         */ "200  200  200  200");
    eindpunt("GET /metrics", /*                        */ "200  200  200  200");
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final Map<DemoAccount, Portaalsessie> SESSIES = new EnumMap<>(DemoAccount.class);

  private static PortaalAdres portaal;
  private static String casus;

  @BeforeAll
  static void demoCasus(PortaalAdres adres) throws Exception {
    portaal = adres;
    HttpResponse<String> lijst = new ApiKlant(adres).get("/api/v1/casussen", "regisseur");
    assertEquals(200, lijst.statusCode(), lijst.body());
    Matcher m =
        Pattern.compile("\"id\":(\\d+),\"nummer\":\"ZVH-2026-000006\"").matcher(lijst.body());
    assertTrue(m.find(), "de democasus ZVH-2026-000006 in " + lijst.body());
    casus = m.group(1);
  }

  @Test
  void everyPageOfTheWarHasALineInTheMatrix() throws IOException {
    Set<String> gedeclareerd = new TreeSet<>();
    PAGINAS.keySet().forEach(p -> gedeclareerd.add(p.split("\\?", 2)[0]));
    List<String> zonderRegel = new ArrayList<>();
    for (String pagina : paginasInDeWar()) {
      if (!gedeclareerd.contains(pagina)) {
        zonderRegel.add(pagina);
      }
    }
    assertTrue(
        zonderRegel.isEmpty(),
        "Pagina's zonder regel in de toegangsmatrix (ToegangsmatrixIT.PAGINAS): " + zonderRegel);
    Set<String> verdwenen = new TreeSet<>(gedeclareerd);
    verdwenen.removeAll(paginasInDeWar());
    assertTrue(verdwenen.isEmpty(), "In de matrix maar niet in de WAR: " + verdwenen);
  }

  @Test
  void everyRoleAndAnAnonymousVisitorReachExactlyTheDeclaredPages() throws Exception {
    Map<DemoAccount, Portaalsessie> sessies = sessies();
    List<String> afwijkingen = new ArrayList<>();
    int bezocht = 0;
    for (Map.Entry<String, String> regel : PAGINAS.entrySet()) {
      String pad = "/" + regel.getKey().replace("{casus}", casus);
      String[] verwacht = regel.getValue().trim().split("\\s+");
      String[] kolommen = KOLOMMEN.split(" ");
      for (int i = 0; i < kolommen.length; i++) {
        Portaalsessie sessie =
            i == 0 ? Portaalsessie.anoniem(portaal) : sessies.get(DemoAccount.values()[i - 1]);
        HttpResponse<String> antwoord = sessie.get(pad);
        bezocht++;
        String uitkomst = uitkomst(antwoord);
        if (!uitkomst.equals(verwacht[i])) {
          afwijkingen.add(
              regel.getKey()
                  + " als "
                  + kolommen[i]
                  + ": verwacht "
                  + verwacht[i]
                  + ", kreeg "
                  + uitkomst
                  + antwoord.headers().firstValue("Location").map(l -> " naar " + l).orElse(""));
        }
      }
    }
    assertEquals(PAGINAS.size() * 7, bezocht);
    assertTrue(
        afwijkingen.isEmpty(),
        afwijkingen.size()
            + " van "
            + bezocht
            + " bezoeken anders dan de matrix:\n"
            + String.join("\n", afwijkingen));
  }

  @Test
  void everyEndpointAnswersEachKeyAsDeclaredAndNoPortalSessionOpensTheApi() throws Exception {
    Set<String> inOpenapi = apiPadenInOpenapi();
    assertTrue(inOpenapi.size() >= 4, "paden in /openapi: " + inOpenapi);
    List<String> zonderRegel = new ArrayList<>();
    for (String sjabloon : inOpenapi) {
      Pattern patroon = Pattern.compile(sjabloon.replaceAll("\\{[^}]+}", "[^/]+"));
      if (EINDPUNTEN.keySet().stream()
          .map(e -> e.split(" ", 2)[1].replace("{casus}", casus))
          .noneMatch(pad -> patroon.matcher(pad).matches())) {
        zonderRegel.add(sjabloon);
      }
    }
    assertTrue(
        zonderRegel.isEmpty(),
        "API-paden in /openapi zonder regel in de matrix (ToegangsmatrixIT.EINDPUNTEN): "
            + zonderRegel);
    List<String> afwijkingen = new ArrayList<>();
    String[] kolommen = SLEUTELS.split(" ");
    String[] gebruikers = {null, "partner.politie", "partner.ggz", "regisseur"};
    for (Map.Entry<String, String> regel : EINDPUNTEN.entrySet()) {
      String[] methodeEnPad = regel.getKey().split(" ", 2);
      String pad = methodeEnPad[1].replace("{casus}", casus);
      String[] verwacht = regel.getValue().trim().split("\\s+");
      for (int i = 0; i < kolommen.length; i++) {
        HttpRequest.Builder verzoek =
            new ApiKlant(portaal)
                .metAutorisatie(
                    pad,
                    gebruikers[i] == null ? null : "Bearer " + ApiKlant.sleutelVan(gebruikers[i]));
        HttpResponse<String> antwoord = stuur(verzoek, methodeEnPad[0]);
        String uitkomst = String.valueOf(antwoord.statusCode());
        if (!uitkomst.equals(verwacht[i])) {
          afwijkingen.add(
              regel.getKey()
                  + " met sleutel "
                  + kolommen[i]
                  + ": verwacht "
                  + verwacht[i]
                  + ", kreeg "
                  + uitkomst
                  + " "
                  + kort(antwoord.body()));
        }
      }
    }
    // A person's session is no credential for the API: each role's cookie alone gets a 401.
    for (DemoAccount account : DemoAccount.values()) {
      Portaalsessie sessie = sessies().get(account);
      for (String regel : EINDPUNTEN.keySet()) {
        String[] methodeEnPad = regel.split(" ", 2);
        if (!methodeEnPad[1].startsWith("/api/")) {
          continue;
        }
        HttpRequest.Builder verzoek =
            new ApiKlant(portaal)
                .metAutorisatie(methodeEnPad[1].replace("{casus}", casus), null)
                .header("Cookie", "JSESSIONID=" + sessie.sessieId());
        HttpResponse<String> antwoord = stuur(verzoek, methodeEnPad[0]);
        if (antwoord.statusCode() != 401) {
          afwijkingen.add(
              regel
                  + " met de sessie van "
                  + account.gebruikersnaam
                  + ": verwacht 401, kreeg "
                  + antwoord.statusCode());
        }
      }
    }
    assertTrue(
        afwijkingen.isEmpty(),
        afwijkingen.size()
            + " antwoorden anders dan de matrix:\n"
            + String.join("\n", afwijkingen));
  }

  // ---- helpers

  /** One login per role for the whole class (a login costs a TOTP step of the account). */
  private static synchronized Map<DemoAccount, Portaalsessie> sessies() throws Exception {
    if (SESSIES.isEmpty()) {
      for (DemoAccount account : DemoAccount.values()) {
        SESSIES.put(
            account,
            Portaalsessie.inloggen(portaal, account.gebruikersnaam, DemoAccount.WACHTWOORD));
      }
    }
    return SESSIES;
  }

  private static void pagina(String pad, String uitkomsten) {
    if (uitkomsten.trim().split("\\s+").length != 7 || PAGINAS.put(pad, uitkomsten) != null) {
      throw new IllegalArgumentException(pad);
    }
  }

  private static void eindpunt(String eindpunt, String uitkomsten) {
    if (uitkomsten.trim().split("\\s+").length != 4
        || EINDPUNTEN.put(eindpunt, uitkomsten) != null) {
      throw new IllegalArgumentException(eindpunt);
    }
  }

  /** The outcome of a page request as the matrix names it. */
  static String uitkomst(HttpResponse<String> antwoord) {
    int status = antwoord.statusCode();
    if (status == 302 || status == 303) {
      String naar = antwoord.headers().firstValue("Location").orElse("");
      return naar.contains("/login.xhtml") ? "login" : "302";
    }
    if (status == 200 && antwoord.body().contains("id=\"inlogformulier\"")) {
      // The login form shown in place of the page asked for (a forward, not a redirect).
      return antwoord.uri().getPath().endsWith("/login.xhtml") ? "200" : "login";
    }
    return String.valueOf(status);
  }

  /** Every page of the built WAR a browser can ask for: *.xhtml outside WEB-INF and resources. */
  static Set<String> paginasInDeWar() throws IOException {
    Path war =
        Path.of(System.getProperty("zvh.portaal.map", "../zvh-micro/target/portaal"))
            .resolve("zvh-portaal.war");
    Set<String> paginas = new TreeSet<>();
    try (ZipFile zip = new ZipFile(war.toFile())) {
      zip.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.endsWith(".xhtml"))
          .filter(
              n ->
                  !n.startsWith("WEB-INF/")
                      && !n.startsWith("META-INF/")
                      && !n.startsWith("resources/"))
          .forEach(paginas::add);
    }
    assertTrue(paginas.size() > 30, "pagina's in " + war + ": " + paginas);
    return paginas;
  }

  /** The paths of /openapi's section "paths". */
  private static Set<String> apiPadenInOpenapi() throws Exception {
    HttpResponse<String> document = new ApiKlant(portaal).get("/openapi", null);
    assertEquals(200, document.statusCode());
    String paden = document.body().replaceAll("(?s)^.*?\\npaths:\\n(.*?)\\n[a-z]+:.*$", "$1");
    Matcher pad = Pattern.compile("(?m)^  (/\\S*):\\s*$").matcher(paden);
    Set<String> gevonden = new TreeSet<>();
    while (pad.find()) {
      gevonden.add(pad.group(1));
    }
    return gevonden;
  }

  private static HttpResponse<String> stuur(HttpRequest.Builder verzoek, String methode)
      throws IOException, InterruptedException {
    if (methode.equals("POST")) {
      verzoek
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      verzoek.GET();
    }
    return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String kort(String tekst) {
    String eenRegel = tekst.replaceAll("\\s+", " ");
    return eenRegel.length() > 160 ? eenRegel.substring(0, 160) + "…" : eenRegel;
  }
}
