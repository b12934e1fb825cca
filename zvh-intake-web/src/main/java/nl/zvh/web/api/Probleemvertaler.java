package nl.zvh.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OngeldigeInvoer;

/**
 * Every failure of the API as a problem detail with a Dutch explanation; never a stack trace. What
 * does not exist and what the caller may not see give the same 404.
 */
@Provider
public class Probleemvertaler implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(Probleemvertaler.class.getName());

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable fout) {
    if (fout instanceof GeenToegang) {
      return probleem(404, "Niet gevonden", "Dit bestaat niet of u heeft er geen toegang toe.");
    }
    if (fout instanceof EJBAccessException || fout instanceof AccessLocalException) {
      return probleem(403, "Geen toegang", "Uw rol geeft geen toegang tot dit gegeven.");
    }
    if (fout instanceof OngeldigeInvoer ongeldig) {
      return probleem(
          400,
          "Ongeldige invoer",
          "Een of meer velden zijn ongeldig; er is niets opgeslagen.",
          ongeldig.fouten());
    }
    if (fout instanceof GelijktijdigGewijzigd) {
      return probleem(409, "Conflict", fout.getMessage());
    }
    if (fout instanceof DomeinRegelGeschonden) {
      return probleem(400, "Ongeldig verzoek", fout.getMessage());
    }
    if (isOnleesbareJson(fout)) {
      return probleem(
          400,
          "Ongeldige JSON",
          "De inhoud van het verzoek is geen geldige JSON in de vorm die het API-document beschrijft."
              + " Controleer ook de vorm van de waarden, zoals datums (jjjj-mm-dd).");
    }
    if (fout instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      Response.ResponseBuilder antwoord =
          Response.fromResponse(
              probleem(status, titel(status), eigenOfStandaardtekst(web.getMessage(), status)));
      web.getResponse()
          .getHeaders()
          .forEach((naam, waarden) -> waarden.forEach(w -> antwoord.header(naam, w)));
      return antwoord.build();
    }
    LOG.log(Level.SEVERE, "Onverwachte fout in de API", fout);
    return probleem(500, "Interne fout", "Er ging iets mis; er is niets half opgeslagen.");
  }

  private static String titel(int status) {
    return Probleemantwoord.titel(status);
  }

  /** Our own explanation when we gave one; otherwise a Dutch one instead of "HTTP 415 ...". */
  private static String eigenOfStandaardtekst(String bericht, int status) {
    return bericht != null && !bericht.startsWith("HTTP " + status)
        ? bericht
        : Probleemantwoord.standaardtekst(status);
  }

  private static boolean isOnleesbareJson(Throwable fout) {
    for (Throwable t = fout; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  private Response probleem(int status, String titel, String detail) {
    return probleem(status, titel, detail, null);
  }

  private Response probleem(
      int status, String titel, String detail, List<OngeldigeInvoer.Veldfout> fouten) {
    return Response.status(status)
        .type(Probleem.MEDIA_TYPE)
        .entity(
            new Probleem(
                "about:blank", titel, status, detail, uri == null ? null : uri.getPath(), fouten))
        .build();
  }
}
