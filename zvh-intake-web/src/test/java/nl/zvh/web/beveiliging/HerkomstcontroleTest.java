package nl.zvh.web.beveiliging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The origin check of state-changing requests: which requests go on, and which are refused. The
 * portal runs at http://portaal.test:8080 as the request came in; behind a proxy its public address
 * is https://zvh.example.
 */
class HerkomstcontroleTest {

  private static final Optional<String> PUBLIEK = Optional.of("https://zvh.example");

  @Test
  void aPostFromThePortalsOwnPageGoesOn() {
    assertEquals(
        Optional.empty(),
        weigering("POST", "/regie/triage.xhtml", kop("Origin", "http://portaal.test:8080")));
    assertEquals(
        Optional.empty(),
        weigering("POST", "/regie/triage.xhtml", kop("Origin", "HTTP://Portaal.test:8080")));
  }

  @Test
  void aPostThroughTheProxysPublicAddressGoesOn() {
    assertEquals(
        Optional.empty(),
        weigering("POST", "/regie/triage.xhtml", kop("Origin", "https://zvh.example")));
    assertEquals(
        Optional.empty(),
        weigering("POST", "/regie/triage.xhtml", kop("Origin", "https://zvh.example:443")));
  }

  @Test
  void aForeignOriginIsRefusedEverywhere() {
    for (String methode : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      assertTrue(
          weigering(methode, "/regie/triage.xhtml", kop("Origin", "https://evil.example"))
              .isPresent());
      assertTrue(
          weigering(methode, "/api/v1/aanmeldingen", kop("Origin", "https://evil.example"))
              .isPresent());
    }
    // another port, another scheme, a look-alike host, and the opaque origin of a sandboxed frame
    assertTrue(
        weigering("POST", "/login.xhtml", kop("Origin", "http://portaal.test:8081")).isPresent());
    assertTrue(
        weigering("POST", "/login.xhtml", kop("Origin", "https://portaal.test:8080")).isPresent());
    assertTrue(
        weigering("POST", "/login.xhtml", kop("Origin", "http://portaal.test.evil.example:8080"))
            .isPresent());
    assertTrue(weigering("POST", "/login.xhtml", kop("Origin", "null")).isPresent());
  }

  @Test
  void withoutOriginThePageChecksTheReferer() {
    assertEquals(
        Optional.empty(),
        weigering(
            "POST",
            "/regie/triage.xhtml",
            kop("Referer", "http://portaal.test:8080/regie/triage.xhtml?datum=x")));
    assertTrue(
        weigering(
                "POST",
                "/regie/triage.xhtml",
                kop("Referer", "https://evil.example/portaal.test:8080/"))
            .isPresent());
  }

  @Test
  void aPagePostWithNeitherHeaderIsRefusedButAnApiCallIsNot() {
    assertTrue(weigering("POST", "/regie/triage.xhtml", Map.of()).isPresent());
    assertEquals(Optional.empty(), weigering("POST", "/api/v1/aanmeldingen", Map.of()));
  }

  @Test
  void aGetNeverCarriesAViewState() {
    assertEquals(
        Optional.empty(), weigering("GET", "/casus/dossier.xhtml?id=6&tab=BERICHTEN", Map.of()));
    assertTrue(
        weigering(
                "GET",
                "/casus/overleg.xhtml?id=3&f=f&f%3Akomt=Ik+kom&jakarta.faces.ViewState=-12%3A34",
                Map.of())
            .isPresent());
    assertTrue(
        weigering("HEAD", "/x.xhtml?jakarta%2Efaces%2EViewState=stateless", Map.of()).isPresent());
    assertTrue(
        weigering("GET", "/x.xhtml?j_id1%3Ajakarta.faces.ViewState=1", Map.of()).isPresent());
  }

  @Test
  void thePagePolicyIsTheOneInWebXml() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    assertTrue(
        webXml.contains("<param-value>" + BeveiligingsHeaders.CSP_PAGINA + "</param-value>"),
        "primefaces.CSP_POLICY differs from BeveiligingsHeaders.CSP_PAGINA");
    assertTrue(BeveiligingsHeaders.CSP_PAGINA.endsWith("script-src 'self' 'strict-dynamic'"));
    assertTrue(!BeveiligingsHeaders.CSP_PAGINA.contains("script-src 'self' 'unsafe"));
  }

  private static Map<String, String> kop(String naam, String waarde) {
    return Map.of(naam, waarde);
  }

  private static Optional<String> weigering(
      String methode, String adres, Map<String, String> koppen) {
    int vraagteken = adres.indexOf('?');
    String pad = vraagteken < 0 ? adres : adres.substring(0, vraagteken);
    String query = vraagteken < 0 ? null : adres.substring(vraagteken + 1);
    Map<String, Object> waarden = new HashMap<>();
    waarden.put("getMethod", methode);
    waarden.put("getRequestURI", pad);
    waarden.put("getQueryString", query);
    waarden.put("getContextPath", "");
    waarden.put("getScheme", "http");
    waarden.put("getServerName", "portaal.test");
    waarden.put("getServerPort", 8080);
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, args) ->
                    m.getName().equals("getHeader")
                        ? koppen.get((String) args[0])
                        : waarden.get(m.getName()));
    return Herkomstcontrole.weigering(request, PUBLIEK);
  }
}
