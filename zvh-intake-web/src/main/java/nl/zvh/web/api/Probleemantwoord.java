package nl.zvh.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A problem detail (RFC 9457) written straight onto a servlet response: for what the API answers
 * before or outside JAX-RS (a missing or refused key, an error of the container under {@code
 * /api/}). The titles and standard texts are the same as {@link Probleemvertaler}'s.
 */
public final class Probleemantwoord {

  private Probleemantwoord() {}

  /** Writes the problem; the response must not be committed yet. */
  public static void schrijf(
      HttpServletResponse response, int status, String detail, String instance) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Probleem.MEDIA_TYPE);
    JsonObjectBuilder probleem =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", titel(status))
            .add("status", status)
            .add("detail", detail == null ? standaardtekst(status) : detail);
    if (instance != null) {
      probleem.add("instance", instance);
    }
    byte[] inhoud = probleem.build().toString().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(inhoud.length);
    response.getOutputStream().write(inhoud);
    response.flushBuffer();
  }

  /** The Dutch title of a status. */
  public static String titel(int status) {
    return switch (status) {
      case 400 -> "Ongeldig verzoek";
      case 401 -> "Niet aangemeld";
      case 403 -> "Geen toegang";
      case 404 -> "Niet gevonden";
      case 405 -> "Methode niet toegestaan";
      case 406 -> "Niet aanvaardbaar";
      case 409 -> "Conflict";
      case 413 -> "Verzoek te groot";
      case 415 -> "Verkeerd mediatype";
      case 500 -> "Interne fout";
      default ->
          Response.Status.fromStatusCode(status) == null
              ? "Fout " + status
              : Response.Status.fromStatusCode(status).getReasonPhrase();
    };
  }

  /** A Dutch explanation of a status for which nobody gave one. */
  public static String standaardtekst(int status) {
    return switch (status) {
      case 401 -> "Stuur een API-sleutel: Authorization: Bearer zvh_<id>_<geheim>.";
      case 403 -> "Uw rol geeft geen toegang tot dit gegeven.";
      case 404 -> "Dit bestaat niet of u heeft er geen toegang toe.";
      case 405 -> "Deze HTTP-methode is op dit adres niet toegestaan; zie het API-document.";
      case 406 -> "Het API antwoordt alleen in JSON (application/json).";
      case 415 -> "Stuur de inhoud als JSON (Content-Type: application/json).";
      case 500 -> "Er ging iets mis; er is niets half opgeslagen.";
      default -> "Het verzoek kon niet worden verwerkt; zie het API-document.";
    };
  }
}
