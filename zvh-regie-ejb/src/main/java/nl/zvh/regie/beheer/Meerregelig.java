package nl.zvh.regie.beheer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a service's input that may hold more than one line (a description, an
 * explanation): there tab and line breaks are allowed. Every other text is one line. The API reads
 * its JSON by this mark (see {@link nl.zvh.domain.model.gedeeld.Invoerregels#tekst}); the portal's
 * forms by their input (a textarea holds more lines).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Meerregelig {}
