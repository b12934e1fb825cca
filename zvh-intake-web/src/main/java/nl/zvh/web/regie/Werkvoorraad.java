package nl.zvh.web.regie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.regie.screening.Screening;
import nl.zvh.regie.screening.WerkvoorraadRegel;

/** The procesregisseur's work queue of new and running referrals. */
@Named
@ViewScoped
public class Werkvoorraad implements Serializable {

  @Inject private Screening screening;

  private List<WerkvoorraadRegel> regels;

  @PostConstruct
  void laad() {
    regels = screening.werkvoorraad();
  }

  public List<WerkvoorraadRegel> getRegels() {
    return regels;
  }
}
