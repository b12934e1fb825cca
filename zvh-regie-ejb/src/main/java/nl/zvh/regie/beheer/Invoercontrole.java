package nl.zvh.regie.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a service's input against its Bean Validation constraints, including the class-level ones
 * a form cannot check field by field, and refuses it with all messages at once.
 */
@ApplicationScoped
public class Invoercontrole {

  @Inject private Validator validator;

  public <T> T controleer(T invoer) {
    Set<ConstraintViolation<T>> schendingen = validator.validate(invoer);
    if (!schendingen.isEmpty()) {
      throw new OngeldigeInvoer(schendingen);
    }
    return invoer;
  }
}
