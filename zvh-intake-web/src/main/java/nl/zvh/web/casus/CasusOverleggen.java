package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.Overleglijst;

/** The tab "Overleggen" of the case workspace: the case's overleggen, read when the tab shows. */
@Named
@ViewScoped
public class CasusOverleggen implements Serializable {

  @Inject private Overleggen overleggen;
  @Inject private Dossier dossier;

  private Overleglijst lijst;

  public Overleglijst getLijst() {
    if (lijst == null) {
      lijst = overleggen.vanCasus(dossier.getDossier().id());
    }
    return lijst;
  }
}
