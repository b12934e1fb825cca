package nl.zvh.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import nl.zvh.regie.beheer.OngeldigeInvoer.Veldfout;

/**
 * An RFC 9457 problem detail: what went wrong, for people and for programs. Refused input adds the
 * extension member {@code fouten}: each field by its path (for example {@code betrokkenen[0].bsn})
 * with its Dutch message.
 */
@JsonbNillable(false)
public record Probleem(
    String type, String title, int status, String detail, String instance, List<Veldfout> fouten) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
