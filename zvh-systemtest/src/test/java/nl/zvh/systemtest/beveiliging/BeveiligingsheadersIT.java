package nl.zvh.systemtest.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.zvh.systemtest.api.ApiKlant;
import nl.zvh.systemtest.browser.Browser;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.Portaal;
import nl.zvh.systemtest.portaal.PortaalAdres;
import nl.zvh.systemtest.portaal.Portaalsessie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers on every kind of response the portal gives: pages (also the login page and a
 * redirect), a static resource, each download, the application's 404 and 500 pages, the container's
 * 403 and 404, and the API at 200, 400, 401 and 404. A page has the page policy with PrimeFaces'
 * nonce and no inline script without it; everything else the strict policy.
 */
@ExtendWith(Portaal.class)
class BeveiligingsheadersIT {

  private static final String PAGINABELEID =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self' 'strict-dynamic' 'nonce-";
  private static final String STRIKT = "default-src 'none'; frame-ancestors 'none'";

  private static PortaalAdres portaal;
  private static Portaalsessie regisseur;

  @BeforeAll
  static void inloggen(PortaalAdres adres) throws Exception {
    portaal = adres;
    regisseur = Portaalsessie.inloggen(adres, "regisseur", DemoAccount.WACHTWOORD);
  }

  @Test
  void aPageAndTheLoginPageHaveThePagePolicyWithTheNonceOfTheirScripts() throws Exception {
    for (HttpResponse<String> pagina :
        List.of(
            regisseur.get("/regie/index.xhtml"),
            Portaalsessie.anoniem(portaal).get("/login.xhtml"))) {
      assertEquals(200, pagina.statusCode(), pagina.uri().toString());
      isBeveiligd(pagina, true);
      String nonce = Portaalsessie.nonce(pagina.body()).orElseThrow();
      assertTrue(kop(pagina, "Content-Security-Policy").endsWith("'nonce-" + nonce + "';"));
      // every script element carries that nonce; no inline event handler is left
      assertEquals(
          pagina.body().split("<script").length - 1,
          pagina.body().split("<script[^>]*nonce=\"" + nonce + "\"").length - 1,
          pagina.uri().toString());
      assertFalse(
          pagina.body().matches("(?s).*\\son(click|change|submit|load)=.*"),
          pagina.uri().toString());
      // the moved handlers are registered through PrimeFaces' core, which every page loads
      assertTrue(pagina.body().contains("core.js.xhtml?ln=primefaces"), pagina.uri().toString());
    }
  }

  @Test
  void aRedirectHasThem() throws Exception {
    HttpResponse<String> naarLogin = Portaalsessie.anoniem(portaal).get("/regie/index.xhtml");
    assertEquals(302, naarLogin.statusCode());
    isBeveiligd(naarLogin, false);
    HttpResponse<String> naarStart = regisseur.get("/index.xhtml");
    assertEquals(302, naarStart.statusCode());
    isBeveiligd(naarStart, false);
  }

  @Test
  void aStaticResourceMayBeCachedButIsNeverSniffedOrFramed() throws Exception {
    HttpResponse<String> script =
        Portaalsessie.anoniem(portaal).get("/jakarta.faces.resource/portaal.js.xhtml?ln=zvh");
    assertEquals(200, script.statusCode());
    assertEquals("nosniff", kop(script, "X-Content-Type-Options"));
    assertFalse(
        script.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "static resources may be cached");
    assertTrue(kop(script, "Content-Security-Policy").startsWith(STRIKT));
  }

  @Test
  void theDownloadsHaveTheStrictPolicy() throws Exception {
    HttpResponse<String> triage =
        regisseur.klik("/regie/triage.xhtml", "export", "export:exporteren", Map.of(), eigen());
    isDownload(triage, "text/csv");

    Portaalsessie manager = Portaalsessie.inloggen(portaal, "manager", DemoAccount.WACHTWOORD);
    HttpResponse<String> cijfers =
        manager.klik(
            "/manager/cijfers.xhtml",
            "periode",
            "periode:exporteren",
            Map.of(),
            Map.of("Origin", manager.herkomst()));
    isDownload(cijfers, "text/csv");
    // The attachment and the data-subject export (JSON, PDF): DownloadsIT checks the same headers
    // on each of them, downloaded in the browser.
  }

  @Test
  void theApplicationsAndTheContainersErrorPagesHaveThem() throws Exception {
    // the application: an unknown case; and a page that does not exist
    HttpResponse<String> geenCasus = regisseur.get("/casus/dossier.xhtml?id=987654321");
    assertEquals(404, geenCasus.statusCode());
    isBeveiligd(geenCasus, true);
    HttpResponse<String> geenPagina = regisseur.get("/bestaat-niet.xhtml");
    assertEquals(404, geenPagina.statusCode());
    isBeveiligd(geenPagina, true);
    // the container: a file that does not exist, and another role's area (security constraint);
    // it shows the portal's own Dutch page, through the ERROR dispatch
    HttpResponse<String> geenBestand = Portaalsessie.anoniem(portaal).get("/bestaat-niet.txt");
    assertEquals(404, geenBestand.statusCode());
    isBeveiligd(geenBestand, true);
    HttpResponse<String> andereRol = regisseur.get("/beheer/index.xhtml");
    assertEquals(403, andereRol.statusCode());
    isBeveiligd(andereRol, true);
    assertTrue(andereRol.body().contains("Geen toegang"), andereRol.body());
    HttpResponse<String> webInf = Portaalsessie.anoniem(portaal).get("/WEB-INF/web.xml");
    assertTrue(webInf.statusCode() == 403 || webInf.statusCode() == 404);
    isBeveiligd(webInf, true);
  }

  @Test
  void theApplicationsErrorPageForAFailureHasThem() throws Exception {
    // A page posted with a view state it never had: before issue 14 a 500; now the 'verlopen'
    // page, rendered by the same error handling as the 500 page.
    HttpResponse<String> verlopen =
        regisseur.post(
            "/regie/werkvoorraad.xhtml",
            Map.of("lijst", "lijst", "jakarta.faces.ViewState", "stateless"),
            eigen());
    assertTrue(verlopen.statusCode() < 500, verlopen.statusCode() + " " + verlopen.body());
    isBeveiligd(verlopen, true);
    // The container's 500 page: a body that is not what its Content-Type says.
    HttpResponse<String> kapot =
        regisseur.post(
            "/regie/werkvoorraad.xhtml",
            Map.of(),
            Map.of(
                "Origin", regisseur.herkomst(), "Content-Type", "multipart/form-data; boundary=x"));
    isBeveiligd(kapot, kapot.statusCode() != 500 || kapot.body().contains("ZVH"));
  }

  @Test
  void theApiHasThemAtEveryStatus() throws Exception {
    ApiKlant api = new ApiKlant(portaal);
    HttpResponse<String> lijst = api.get("/api/v1/casussen", "partner.politie");
    assertEquals(200, lijst.statusCode());
    isBeveiligd(lijst, false);
    HttpResponse<String> onbekend = api.get("/api/v1/casussen/987654321", "partner.politie");
    assertEquals(404, onbekend.statusCode());
    isBeveiligd(onbekend, false);
    HttpResponse<String> fout = api.post("/api/v1/aanmeldingen", "partner.politie", "{\"onzin\":");
    assertEquals(400, fout.statusCode());
    isBeveiligd(fout, false);
    HttpResponse<String> anoniem = api.get("/api/v1/casussen", null);
    assertEquals(401, anoniem.statusCode());
    isBeveiligd(anoniem, false);
    HttpResponse<String> verkeerdWachtwoord =
        Portaalsessie.anoniem(portaal)
            .get(
                "/api/v1/casussen",
                Map.of(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString("partner.politie:fout".getBytes())));
    assertEquals(401, verkeerdWachtwoord.statusCode());
    isBeveiligd(verkeerdWachtwoord, false);
  }

  @Test
  void theBrowserReportsAViolationOfThePolicy() {
    Browser browser = Browser.start(portaal);
    try {
      browser.open("/login.xhtml").inloggen("regisseur", DemoAccount.WACHTWOORD);
      assertEquals(List.of(), browser.cspOvertredingen());
      // Injected markup, as a stored XSS would put it in the page: its inline handler has no
      // nonce, so it is blocked and reported.
      browser.script(
          "const d = document.createElement('div');"
              + " d.innerHTML = '<img src=\"data:,x\" onerror=\"window.geinjecteerd = 1\">';"
              + " document.body.appendChild(d);"
              + " return new Promise(r => setTimeout(r, 500));");
      assertEquals(null, browser.script("return window.geinjecteerd;"));
      List<String> overtredingen = browser.cspOvertredingen();
      assertEquals(1, overtredingen.size(), overtredingen.toString());
      assertTrue(overtredingen.get(0).contains("script-src"), overtredingen.toString());
      assertTrue(overtredingen.get(0).contains("inline event handler"), overtredingen.toString());
    } finally {
      browser.close();
    }
  }

  private static Map<String, String> eigen() {
    return Map.of("Origin", regisseur.herkomst());
  }

  private static void isDownload(HttpResponse<String> antwoord, String type) {
    assertEquals(200, antwoord.statusCode(), antwoord.body());
    assertTrue(kop(antwoord, "Content-Type").startsWith(type), antwoord.headers().toString());
    assertTrue(kop(antwoord, "Content-Disposition").startsWith("attachment;"));
    isBeveiligd(antwoord, false);
  }

  /**
   * The headers of every response but a static resource; a page has the page policy, anything else
   * the strict one.
   */
  private static void isBeveiligd(HttpResponse<String> antwoord, boolean pagina) {
    String waar =
        antwoord.request().method()
            + " "
            + antwoord.uri()
            + " "
            + antwoord.statusCode()
            + " "
            + antwoord.headers().map();
    assertEquals("no-store", kop(antwoord, "Cache-Control"), waar);
    assertEquals("nosniff", kop(antwoord, "X-Content-Type-Options"), waar);
    assertEquals("same-origin", kop(antwoord, "Referrer-Policy"), waar);
    assertEquals("DENY", kop(antwoord, "X-Frame-Options"), waar);
    List<String> beleid = antwoord.headers().allValues("Content-Security-Policy");
    assertEquals(1, beleid.size(), "one policy: " + waar);
    if (pagina) {
      assertTrue(beleid.get(0).startsWith(PAGINABELEID), waar);
    } else {
      assertTrue(beleid.get(0).startsWith(STRIKT), waar);
    }
    assertFalse(beleid.get(0).contains("unsafe-eval"), waar);
    // the portal on loopback speaks plain HTTP: no HSTS (a browser ignores it there anyway)
    assertTrue(antwoord.headers().firstValue("Strict-Transport-Security").isEmpty(), waar);
  }

  private static String kop(HttpResponse<String> antwoord, String naam) {
    return antwoord
        .headers()
        .firstValue(naam)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No "
                        + naam
                        + " in "
                        + antwoord.uri()
                        + " "
                        + antwoord.statusCode()
                        + ": "
                        + antwoord.headers().map()));
  }
}
