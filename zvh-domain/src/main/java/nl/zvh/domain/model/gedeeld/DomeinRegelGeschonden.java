package nl.zvh.domain.model.gedeeld;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * Thrown when an operation would break a rule of the domain. The message is Dutch and meant for the
 * user: the application layer shows it as it is. A service that meets it rolls back, so nothing is
 * half saved, and its caller receives it as it is.
 */
@ApplicationException(rollback = true)
public class DomeinRegelGeschonden extends RuntimeException {

  private final String veld;

  public DomeinRegelGeschonden(String melding) {
    this(null, melding);
  }

  /**
   * A rule about one input of the operation (its name as the operation calls it, for example {@code
   * motivering}), so that a page can show the message next to that field.
   */
  public DomeinRegelGeschonden(String veld, String melding) {
    super(melding);
    this.veld = veld;
  }

  /** The input the rule is about, if it is about one. */
  public Optional<String> veld() {
    return Optional.ofNullable(veld);
  }

  /** Checks a rule; throws with the given Dutch message when it does not hold. */
  public static void vereis(boolean regel, String melding) {
    if (!regel) {
      throw new DomeinRegelGeschonden(melding);
    }
  }

  /** Checks a rule about one input; throws with the field's name and the Dutch message. */
  public static void vereis(boolean regel, String veld, String melding) {
    if (!regel) {
      throw new DomeinRegelGeschonden(veld, melding);
    }
  }

  /** Checks that a text is present (not null, not blank) and returns it stripped. */
  public static String verplicht(String tekst, String melding) {
    vereis(tekst != null && !tekst.isBlank(), melding);
    return tekst.strip();
  }

  /** The same for one input of the operation. */
  public static String verplicht(String tekst, String veld, String melding) {
    vereis(tekst != null && !tekst.isBlank(), veld, melding);
    return tekst.strip();
  }

  /** A required text of at most {@code max} characters, for one input; returned stripped. */
  public static String verplicht(String tekst, String veld, String melding, int max) {
    String waarde = verplicht(tekst, veld, melding);
    vereis(waarde.length() <= max, veld, "Te lang: ten hoogste " + max + " tekens.");
    return waarde;
  }

  /** An optional text of at most {@code max} characters: null when blank, else stripped. */
  public static String optioneel(String tekst, String veld, int max) {
    if (tekst == null || tekst.isBlank()) {
      return null;
    }
    String waarde = tekst.strip();
    vereis(waarde.length() <= max, veld, "Te lang: ten hoogste " + max + " tekens.");
    return waarde;
  }
}
