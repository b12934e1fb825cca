package nl.zvh.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ZVH-portaal API",
            version = "1",
            description =
                "Voor systemen van convenantpartners: aanmelden en volgen. Dezelfde regels,"
                    + " privacytoets en verwerkingenlogboek als het portaal. Fouten als RFC 9457"
                    + " application/problem+json."),
    security = @SecurityRequirement(name = "sleutel"))
@SecurityScheme(
    securitySchemeName = "sleutel",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "zvh_<id>_<geheim>",
    description =
        "De API-sleutel van uw systeem, uitgegeven door de beheerder van het portaal:"
            + " Authorization: Bearer zvh_<id>_<geheim>. Geen HTTP Basic, geen sessiecookie.")
public class ZvhApi extends Application {}
