package nl.zvh.web.gedeeld;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * Shows a moment (an Instant, or an OffsetDateTime as stored) as Dutch local time (dd-MM-yyyy
 * HH:mm:ss). The standard converter formats an OffsetDateTime in its own offset, which for stored
 * moments is UTC.
 */
@FacesConverter("zvh.tijd")
public class NederlandseTijd implements Converter<TemporalAccessor> {

  private static final DateTimeFormatter FORMAAT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(Tijdzone.NEDERLAND);

  /** A moment as Dutch local time, for a message. */
  public static String tekst(Instant tijdstip) {
    return FORMAAT.format(tijdstip);
  }

  @Override
  public String getAsString(
      FacesContext context, UIComponent component, TemporalAccessor tijdstip) {
    return tijdstip == null ? "" : FORMAAT.format(tijdstip);
  }

  @Override
  public TemporalAccessor getAsObject(FacesContext context, UIComponent component, String tekst) {
    throw new ConverterException("Alleen voor weergave");
  }
}
