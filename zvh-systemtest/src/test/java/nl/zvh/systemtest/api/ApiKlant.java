package nl.zvh.systemtest.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.PortaalAdres;

/** A partner system calling the portal's API: HTTP Basic per request, JSON in and out. */
public record ApiKlant(PortaalAdres portaal) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public HttpResponse<String> get(String pad, String gebruiker) throws Exception {
    return send(verzoek(pad, gebruiker).GET());
  }

  public HttpResponse<String> post(String pad, String gebruiker, String json) throws Exception {
    return send(
        verzoek(pad, gebruiker)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  HttpRequest.Builder verzoek(String pad, String gebruiker) {
    HttpRequest.Builder verzoek = HttpRequest.newBuilder(portaal.pagina(pad));
    if (gebruiker != null) {
      verzoek.header("Authorization", basic(gebruiker, DemoAccount.WACHTWOORD));
    }
    return verzoek;
  }

  static HttpResponse<String> send(HttpRequest.Builder verzoek)
      throws IOException, InterruptedException {
    return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String gebruiker, String wachtwoord) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
  }
}
