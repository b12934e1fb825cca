package nl.zvh.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smoke test of the EAR on the full Payara Server: Payara Micro, which the other tests use, cannot
 * run an EAR, so only this test shows that the EAR as built deploys and serves the portal.
 */
@ExtendWith(ArquillianExtension.class)
class EarOpPayaraServerIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @ArquillianResource private URL portaal;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("zvh.ear")));
  }

  @Test
  void theEarDeploysAndServesTheLoginPage() throws Exception {
    HttpResponse<String> antwoord = get("login.xhtml");

    assertEquals(200, antwoord.statusCode());
    assertTrue(antwoord.body().contains("<h1>Inloggen</h1>"), antwoord.body());
    assertTrue(antwoord.body().contains("id=\"inlogformulier\""), antwoord.body());
  }

  @Test
  void anAnonymousVisitorOfTheAdministrationIsSentToTheLoginPage() throws Exception {
    HttpResponse<String> antwoord = get("beheer/index.xhtml");

    assertEquals(302, antwoord.statusCode());
    String doel = antwoord.headers().firstValue("Location").orElse("");
    assertTrue(doel.endsWith("/login.xhtml"), doel);
  }

  private HttpResponse<String> get(String pad) throws Exception {
    URI adres = portaal.toURI().resolve("/" + pad);
    return HTTP.send(
        HttpRequest.newBuilder(adres).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
