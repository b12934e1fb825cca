package nl.zvh.domain.model.gedeeld;

/**
 * Thrown when an operation would break a rule of the domain. The message is Dutch and meant for the
 * user: the application layer shows it as it is.
 */
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
