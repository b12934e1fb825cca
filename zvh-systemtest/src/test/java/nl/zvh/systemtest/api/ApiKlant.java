package nl.zvh.systemtest.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.zvh.systemtest.browser.DemoAccount;
import nl.zvh.systemtest.portaal.PortaalAdres;

/**
 * A partner system calling the portal's API: the demo key of its organisation on every request
 * ({@code Authorization: Bearer ...}), JSON in and out. The methods take a demo account's name and
 * send the key of that account's organisation (see the README): partner.politie and partner.ggz
 * their organisation's KETENPARTNER key, regisseur the ZVH's PROCESREGISSEUR key. Any other name (a
 * manager, a privacy officer, a beheerder: people, whose organisations' systems have no key) sends
 * that person's password as HTTP Basic, which the API refuses.
 */
public record ApiKlant(PortaalAdres portaal) {

  /** The demo keys of demo mode (DemoGegevens; README "REST-API"). */
  public static final String SLEUTEL_POLITIE =
      "zvh_demopolitie_Demo-Politie-alleen-in-demomodus-0000000000";

  public static final String SLEUTEL_GGZ =
      "zvh_demoggznhn_Demo-GGZ-alleen-in-demomodus-00000000000000";

  public static final String SLEUTEL_ZVH =
      "zvh_demozvhregie_Demo-ZVH-alleen-in-demomodus-00000000000000";

  /** The demo key of a demo account's organisation, or null for a role whose system has none. */
  public static String sleutelVan(String gebruiker) {
    return switch (gebruiker) {
      case "partner.politie" -> SLEUTEL_POLITIE;
      case "partner.ggz" -> SLEUTEL_GGZ;
      case "regisseur" -> SLEUTEL_ZVH;
      default -> null;
    };
  }

  /** The caller name a demo account's system has in the processing log. */
  public static String koppelingVan(String gebruiker) {
    return switch (gebruiker) {
      case "partner.politie" -> "koppeling:politie-demo";
      case "partner.ggz" -> "koppeling:ggz-demo";
      case "regisseur" -> "koppeling:zvh-demo";
      default -> throw new IllegalArgumentException(gebruiker);
    };
  }

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
      String sleutel = sleutelVan(gebruiker);
      verzoek.header(
          "Authorization",
          sleutel == null ? basic(gebruiker, DemoAccount.WACHTWOORD) : "Bearer " + sleutel);
    }
    return verzoek;
  }

  /** A request with exactly this Authorization header (or none when null). */
  public HttpRequest.Builder metAutorisatie(String pad, String authorization) {
    HttpRequest.Builder verzoek = HttpRequest.newBuilder(portaal.pagina(pad));
    if (authorization != null) {
      verzoek.header("Authorization", authorization);
    }
    return verzoek;
  }

  public static HttpResponse<String> send(HttpRequest.Builder verzoek)
      throws IOException, InterruptedException {
    return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String gebruiker, String wachtwoord) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
  }
}
