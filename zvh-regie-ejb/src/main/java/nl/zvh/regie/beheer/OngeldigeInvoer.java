package nl.zvh.regie.beheer;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The input of a service broke its constraints; nothing was saved. Carries the Dutch messages. */
@ApplicationException(rollback = true)
public class OngeldigeInvoer extends RuntimeException {

  private final List<Veldfout> fouten;

  public OngeldigeInvoer(Set<? extends ConstraintViolation<?>> schendingen) {
    this(
        schendingen.stream()
            .map(s -> new Veldfout(veld(s.getPropertyPath().toString()), s.getMessage()))
            .toList());
  }

  /** Refused fields found before Bean Validation (the API's reading of its JSON). */
  public OngeldigeInvoer(List<Veldfout> fouten) {
    super("Ongeldige invoer");
    this.fouten =
        fouten.stream()
            .sorted(Comparator.comparing(Veldfout::veld).thenComparing(Veldfout::melding))
            .toList();
  }

  /** A path as the caller wrote it: {@code partners[0]}, not {@code partners[0].<list element>}. */
  static String veld(String pad) {
    return pad.replace(".<list element>", "").replace("<list element>", "");
  }

  public List<String> meldingen() {
    return fouten.stream().map(Veldfout::melding).toList();
  }

  /** Each refused field by its path in the input (for example betrokkenen[0].bsn) and why. */
  public List<Veldfout> fouten() {
    return fouten;
  }

  /** One refused field of the input. */
  public record Veldfout(String veld, String melding) implements Serializable {}
}
