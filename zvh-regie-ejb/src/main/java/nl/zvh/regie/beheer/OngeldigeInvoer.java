package nl.zvh.regie.beheer;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/** The input of a service broke its constraints; nothing was saved. Carries the Dutch messages. */
@ApplicationException(rollback = true)
public class OngeldigeInvoer extends RuntimeException {

  private final List<String> meldingen;

  public OngeldigeInvoer(Set<? extends ConstraintViolation<?>> schendingen) {
    super("Ongeldige invoer");
    this.meldingen = schendingen.stream().map(ConstraintViolation::getMessage).sorted().toList();
  }

  public List<String> meldingen() {
    return meldingen;
  }
}
