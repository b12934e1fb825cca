package nl.zvh.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.zvh.regie.procesregie.overzicht.Procesregieoverzicht;

/**
 * The procesregisseur's count of running cases that need attention, on the start page: the same
 * query as the dashboard's filter "vraagt aandacht", counted in the database.
 */
@Named
@RequestScoped
public class Procesregieaandacht {

  @Inject private Procesregieoverzicht overzicht;

  private Long aantal;

  public long getAantal() {
    if (aantal == null) {
      aantal = overzicht.aantalMetAandacht();
    }
    return aantal;
  }
}
