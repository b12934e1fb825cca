package nl.zvh.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.regie.uitvoering.Aandacht;
import nl.zvh.regie.uitvoering.Uitvoering;

/**
 * On the start page of the procesregisseur and of a casusregisseur: the cases whose carrying out
 * waits for them (open signals, and for the procesregisseur open escalations), by number.
 */
@Named
@RequestScoped
public class Uitvoeringsaandacht {

  @Inject private Uitvoering uitvoering;

  private List<Aandacht> casussen;

  public List<Aandacht> getCasussen() {
    if (casussen == null) {
      casussen = uitvoering.aandacht();
    }
    return casussen;
  }

  public int getAantal() {
    return getCasussen().size();
  }
}
