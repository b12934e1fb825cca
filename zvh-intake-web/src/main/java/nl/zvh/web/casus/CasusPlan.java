package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.PlanWeergave;
import nl.zvh.regie.overleg.Zrmverloop;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The tab "Plan van aanpak" of the case workspace: the plan as the reader may see it, its versions
 * with what changed, and the progress per leefgebied over the overleggen: per betrokkene a line
 * chart ({@link Zrmgrafiek}) above the table of the same scores.
 */
@Named
@ViewScoped
public class CasusPlan implements Serializable {

  @Inject private Overleggen overleggen;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;

  private PlanWeergave plan;
  private Zrmverloop verloop;
  private final Map<Long, String> grafieken = new HashMap<>();

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

  /** Reads the plan again after a change made elsewhere on the tab (handing over). */
  public void herlaad() {
    plan = null;
  }

  /** The Chart.js configuration (JSON) of the chart of this betrokkene, for {@code p:chart}. */
  /** The chart's accessible name, which names the betrokkene. */
  public String grafieklabel(Zrmverloop.Persoon persoon) {
    return berichten.tekst("zrm.grafiek.label", persoon.naam());
  }

  /** The name of the table of the same scores, which may scroll sideways on a phone. */
  public String tabellabel(Zrmverloop.Persoon persoon) {
    return berichten.tekst("zrm.tabel", persoon.naam());
  }

  public String grafiek(Zrmverloop.Persoon persoon) {
    return grafieken.computeIfAbsent(
        persoon.betrokkeneId(), id -> Zrmgrafiek.json(getVerloop(), persoon, berichten::tekst));
  }
}
