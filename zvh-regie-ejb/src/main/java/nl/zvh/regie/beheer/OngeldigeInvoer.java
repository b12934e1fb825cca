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
    super("Ongeldige invoer");
    this.fouten =
        schendingen.stream()
            .map(s -> new Veldfout(s.getPropertyPath().toString(), s.getMessage()))
            .sorted(Comparator.comparing(Veldfout::veld).thenComparing(Veldfout::melding))
            .toList();
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
