package nl.zvh.web.gedeeld;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A choice from the address bar ({@code ?status=}, {@code ?filter=}) for a view parameter of an
 * enum type: an unknown or empty value means no choice, so the list shows unfiltered instead of a
 * conversion error that stops the page from loading its list.
 */
@FacesConverter("zvh.keuzeUitAdres")
public class KeuzeUitAdres implements Converter<Enum<?>> {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Enum<?> getAsObject(FacesContext context, UIComponent component, String tekst) {
    ValueExpression waarde = component.getValueExpression("value");
    Class<?> type = waarde == null ? null : waarde.getType(context.getELContext());
    if (tekst == null || type == null || !type.isEnum()) {
      return null;
    }
    for (Object keuze : type.getEnumConstants()) {
      if (((Enum) keuze).name().equals(tekst.strip())) {
        return (Enum<?>) keuze;
      }
    }
    return null;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Enum<?> keuze) {
    return keuze == null ? "" : keuze.name();
  }
}
