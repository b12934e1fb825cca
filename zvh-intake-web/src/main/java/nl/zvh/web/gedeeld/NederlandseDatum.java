package nl.zvh.web.gedeeld;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Shows a date as dd-mm-jjjj, the one date format of the portal. Input: zvh:datumveld. */
@FacesConverter("zvh.datum")
public class NederlandseDatum implements Converter<LocalDate> {

  private static final DateTimeFormatter FORMAAT = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate datum) {
    return tekst(datum);
  }

  /** The date as dd-mm-jjjj; empty for no date. */
  public static String tekst(LocalDate datum) {
    return datum == null ? "" : FORMAAT.format(datum);
  }

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String tekst) {
    throw new ConverterException("Alleen voor weergave");
  }
}
