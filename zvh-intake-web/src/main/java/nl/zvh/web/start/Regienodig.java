package nl.zvh.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.regie.overdracht.CasusregieNodig;
import nl.zvh.regie.overdracht.Overdracht;

/**
 * The procesregisseur's "casusregisseur nodig" on the start page: how many cases in uitvoering have
 * a casusregisseur who is gone (inactive account, organisation left), and which, by number. Derived
 * each time, never stored.
 */
@Named
@RequestScoped
public class Regienodig {

  @Inject private Overdracht overdracht;

  private List<CasusregieNodig> casussen;

  public List<CasusregieNodig> getCasussen() {
    if (casussen == null) {
      casussen = overdracht.casusregisseurNodig();
    }
    return casussen;
  }

  public int getAantal() {
    return getCasussen().size();
  }
}
