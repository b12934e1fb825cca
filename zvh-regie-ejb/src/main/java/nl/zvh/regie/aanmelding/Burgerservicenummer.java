package nl.zvh.regie.aanmelding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.zvh.domain.model.gedeeld.Bsn;

/** A BSN that passes the elfproef; empty is allowed (a partner shares a BSN only where it may). */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Burgerservicenummer.Elfproef.class)
public @interface Burgerservicenummer {

  String message() default "{zvh.betrokkene.bsn.ongeldig}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Checks the nine digits with the elfproef of {@link Bsn}, and says what is wrong: a number that
   * is not nine digits, or nine digits that fail the elfproef (a typing error, most likely).
   */
  class Elfproef implements ConstraintValidator<Burgerservicenummer, String> {
    @Override
    public boolean isValid(String waarde, ConstraintValidatorContext context) {
      if (waarde == null || waarde.isBlank() || Bsn.isGeldig(waarde.strip())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              waarde.strip().matches("\\d{9}")
                  ? "{zvh.betrokkene.bsn.elfproef}"
                  : "{zvh.betrokkene.bsn.lengte}")
          .addConstraintViolation();
      return false;
    }
  }
}
