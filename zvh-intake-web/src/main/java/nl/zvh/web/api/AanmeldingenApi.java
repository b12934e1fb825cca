package nl.zvh.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zvh.regie.aanmelding.AanmeldingFormulier;
import nl.zvh.regie.aanmelding.AanmeldingWeergave;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Ontvangstbevestiging;
import nl.zvh.regie.beheer.Invoercontrole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals from partner systems: the same service, rules, policy and log as the portal's form. A
 * POST submits a complete referral at once (a partner system keeps its own concepts).
 */
@Path("v1/aanmeldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanmeldingen", description = "Casussen aanmelden bij het ZVH en ze volgen.")
public class AanmeldingenApi {

  @Inject private Aanmeldingen aanmeldingen;
  @Inject private AanmeldingJson apiAanmelding;
  @Inject private Invoercontrole invoercontrole;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Dien een aanmelding in",
      description =
          "Een volledige aanmelding: betrokkenen, problemen per leefgebied, reden, doel van het ICO,"
              + " uit te nodigen partners, de vier criteria met toelichting en of de betrokkene is"
              + " geïnformeerd. Het antwoord is de ontvangstbevestiging met registratienummer,"
              + " triagedatum en contactdatum; een ontvangstbevestiging gaat ook per e-mail.")
  @APIResponse(
      responseCode = "201",
      description = "Ingediend; Location wijst naar de aanmelding.",
      content = @Content(schema = @Schema(implementation = Ontvangstbevestiging.class)))
  @APIResponse(
      responseCode = "400",
      description = "Ongeldige of onvolledige invoer; niets opgeslagen. Velden staan in 'fouten'.",
      content =
          @Content(
              mediaType = Probleem.MEDIA_TYPE,
              schema = @Schema(implementation = Probleem.class)))
  @APIResponse(
      responseCode = "401",
      description = "Geen, een onbekende of een ingetrokken API-sleutel.")
  @APIResponse(responseCode = "403", description = "Alleen een ketenpartner meldt aan.")
  public Response dienIn(AanmeldingFormulier formulier, @Context UriInfo uri) {
    apiAanmelding.vereis();
    if (formulier == null) {
      throw new BadRequestException("Het verzoek heeft geen inhoud.");
    }
    formulier.setCasusId(null);
    invoercontrole.controleer(formulier); // before vulAan: a refused element keeps its place
    formulier.vulAan();
    Ontvangstbevestiging bevestiging = aanmeldingen.dienIn(formulier);
    return Response.created(uri.getAbsolutePathBuilder().path(bevestiging.nummer()).build())
        .entity(bevestiging)
        .build();
  }

  @GET
  @Path("{nummer}")
  @Operation(
      summary = "Lees een aanmelding van uw organisatie",
      description = "De aanmelding zoals ingediend, met status, data en statusgeschiedenis.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AanmeldingWeergave.class)))
  @APIResponse(
      responseCode = "404",
      description = "Bestaat niet, of is niet van uw organisatie.",
      content =
          @Content(
              mediaType = Probleem.MEDIA_TYPE,
              schema = @Schema(implementation = Probleem.class)))
  public AanmeldingWeergave lees(@PathParam("nummer") String nummer) {
    apiAanmelding.vereis();
    return aanmeldingen.weergave(nummer);
  }
}
