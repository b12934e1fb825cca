package nl.zvh.web.gedeeld;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.util.Optional;
import nl.zvh.domain.model.gedeeld.Invoerregels;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * The rules every field of every form keeps (issue 14, item 6), the same as the API's ({@link
 * Invoerregels}): no control characters in text (a textarea may hold tab and line breaks), and a
 * date from 1900 up to twenty years ahead. A default validator (faces-config.xml), so no field can
 * forget it; the message goes next to the field.
 */
@FacesValidator("zvh.invoer")
public class Invoervalidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object waarde) {
    Optional<String> fout = Optional.empty();
    if (waarde instanceof String tekst) {
      fout = Invoerregels.tekst(tekst, component instanceof HtmlInputTextarea);
    } else if (waarde instanceof LocalDate datum) {
      fout = Invoerregels.datum(datum, LocalDate.now(Tijdzone.NEDERLAND));
    }
    if (fout.isPresent()) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, fout.get(), fout.get()));
    }
  }
}
