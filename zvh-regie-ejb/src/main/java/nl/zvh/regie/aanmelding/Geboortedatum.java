package nl.zvh.regie.aanmelding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import nl.zvh.domain.model.gedeeld.Invoerregels;
import nl.zvh.domain.model.gedeeld.Tijdzone;

/**
 * A plausible date of birth ({@link Invoerregels#geboortedatum}: from 1900 up to today), in the API
 * and in the referral form alike.
 */
@Documented
@Constraint(validatedBy = Geboortedatum.Controle.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Geboortedatum {

  String message() default "{zvh.betrokkene.geboortedatum.onwaarschijnlijk}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the date against the rule; the message is the rule's own. */
  class Controle implements ConstraintValidator<Geboortedatum, LocalDate> {

    @Override
    public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
      return Invoerregels.geboortedatum(datum, LocalDate.now(Tijdzone.NEDERLAND))
          .map(
              melding -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(melding).addConstraintViolation();
                return false;
              })
          .orElse(true);
    }
  }
}
