package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.PlanWeergave;
import nl.zvh.regie.overleg.Zrmverloop;

/**
 * The tab "Plan van aanpak" of the case workspace: the plan as the reader may see it, its versions
 * with what changed, and the progress per leefgebied over the overleggen.
 */
@Named
@ViewScoped
public class CasusPlan implements Serializable {

  @Inject private Overleggen overleggen;
  @Inject private Dossier dossier;

  private PlanWeergave plan;
  private Zrmverloop verloop;

  public PlanWeergave getPlan() {
    if (plan == null) {
      plan = overleggen.plan(dossier.getDossier().id());
    }
    return plan;
  }

  public Zrmverloop getVerloop() {
    if (verloop == null) {
      verloop = overleggen.verloop(dossier.getDossier().id());
    }
    return verloop;
  }
}
