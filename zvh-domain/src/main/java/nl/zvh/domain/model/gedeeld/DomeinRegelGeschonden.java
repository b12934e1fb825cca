package nl.zvh.domain.model.gedeeld;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when an operation would break a rule of the domain. The message is Dutch and meant for the
 * user: the application layer shows it as it is. A service that meets it rolls back, so nothing is
 * half saved, and its caller receives it as it is.
 */
@ApplicationException(rollback = true)
public class DomeinRegelGeschonden extends RuntimeException {

  public DomeinRegelGeschonden(String melding) {
    super(melding);
  }

  /** Checks a rule; throws with the given Dutch message when it does not hold. */
  public static void vereis(boolean regel, String melding) {
    if (!regel) {
      throw new DomeinRegelGeschonden(melding);
    }
  }

  /** Checks that a text is present (not null, not blank) and returns it stripped. */
  public static String verplicht(String tekst, String melding) {
    vereis(tekst != null && !tekst.isBlank(), melding);
    return tekst.strip();
  }
}
