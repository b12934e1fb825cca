package nl.zvh.web.casus;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.regie.casus.CasusInzage;
import nl.zvh.regie.casus.CasusSamenvatting;

/** The cases the user may open. */
@Named
@RequestScoped
public class Casusoverzicht {

  @Inject private CasusInzage inzage;

  private List<CasusSamenvatting> lijst;

  public List<CasusSamenvatting> getLijst() {
    if (lijst == null) {
      lijst = inzage.casussen();
    }
    return lijst;
  }
}
