package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.procesregie.Contactmoment;

/**
 * The contact moments of a case for the procesregisseur: who the casusregisseur in function is
 * (none before the plan is established), and the contacts, latest first.
 */
public record Contactmomentweergave(long casusId, String casusregisseur, List<Contact> contacten)
    implements Serializable {

  /** Whether a contact can be recorded: only with a casusregisseur in function. */
  public boolean vastleggenMogelijk() {
    return casusregisseur != null;
  }

  /** One contact moment, with whom and by whom it was recorded. */
  public record Contact(
      LocalDate datum,
      Contactmoment.Vorm vorm,
      String casusregisseur,
      String notitie,
      String vastgelegdDoor)
      implements Serializable {}
}
