package nl.zvh.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;

/**
 * Every failure of the API as a problem detail with a Dutch explanation; never a stack trace. A
 * case that does not exist and one the caller may not see give the same 404.
 */
@Provider
public class Probleemvertaler implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(Probleemvertaler.class.getName());

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable fout) {
    if (fout instanceof GeenToegang) {
      return probleem(
          404, "Niet gevonden", "Deze casus bestaat niet of u heeft er geen toegang toe.");
    }
    if (fout instanceof EJBAccessException || fout instanceof AccessLocalException) {
      return probleem(403, "Geen toegang", "Uw rol geeft geen toegang tot dit gegeven.");
    }
    if (fout instanceof DomeinRegelGeschonden) {
      return probleem(400, "Ongeldig verzoek", fout.getMessage());
    }
    if (fout instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      Response.ResponseBuilder antwoord =
          Response.fromResponse(
              probleem(status.getStatusCode(), status.getReasonPhrase(), fout.getMessage()));
      web.getResponse()
          .getHeaders()
          .forEach((naam, waarden) -> waarden.forEach(w -> antwoord.header(naam, w)));
      return antwoord.build();
    }
    LOG.log(Level.SEVERE, "Onverwachte fout in de API", fout);
    return probleem(500, "Interne fout", "Er ging iets mis; er is niets half opgeslagen.");
  }

  private Response probleem(int status, String titel, String detail) {
    return Response.status(status)
        .type(Probleem.MEDIA_TYPE)
        .entity(
            new Probleem("about:blank", titel, status, detail, uri == null ? null : uri.getPath()))
        .build();
  }
}
