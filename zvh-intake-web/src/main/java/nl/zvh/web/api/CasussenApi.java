package nl.zvh.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.casus.CasusDossier;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.CasusSamenvatting;
import nl.zvh.regie.casus.Casuszoekvraag;
import nl.zvh.web.gedeeld.Adres;

/** Cases for partner systems: the same service, policy and log as the portal's case pages. */
@Path("v1/casussen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasussenApi {

  @Inject private CasusInzage inzage;
  @Inject private AanmeldingJson apiAanmelding;

  @GET
  public List<CasusSamenvatting> lijst() {
    apiAanmelding.vereis();
    return inzage.casussen(Casuszoekvraag.nieuwsteEerst()).rijen();
  }

  @GET
  @Path("{id}")
  public CasusDossier lees(@PathParam("id") String id) {
    apiAanmelding.vereis();
    if (!Adres.isId(id)) {
      throw new GeenToegang("Onbekende casus");
    }
    return inzage.lees(Long.parseLong(id));
  }
}
