package nl.zvh.web.procesregie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.regie.procesregie.Procesregie;
import nl.zvh.regie.procesregie.ProcesregieWeergave;
import nl.zvh.web.casus.Dossier;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The escalations to the manager, the closings and the follow-up checks on the tab "Procesregie" of
 * the case workspace, with what the procesregisseur may do there: reopen the last closing (with a
 * reason) and record a follow-up check. What was typed stays when it is refused.
 */
@Named
@ViewScoped
public class CasusProcesregie implements Serializable {

  @Inject private Procesregie procesregie;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;

  private ProcesregieWeergave stand;
  private String heropenReden;
  private String nazorguitkomst;

  public ProcesregieWeergave getStand() {
    if (stand == null) {
      stand = procesregie.stand(dossier.getDossier().id());
    }
    return stand;
  }

  /** The last closing, while it may be reopened; otherwise null. */
  public ProcesregieWeergave.AfsluitingRegel getHeropenbaar() {
    return getStand().afsluitingen().stream()
        .filter(ProcesregieWeergave.AfsluitingRegel::magHeropenen)
        .findFirst()
        .orElse(null);
  }

  /** The follow-up check the procesregisseur may record now (there is one at a time); or null. */
  public ProcesregieWeergave.NazorgRegel getOpenNazorg() {
    return getStand().nazorg().stream()
        .filter(ProcesregieWeergave.NazorgRegel::magVastleggen)
        .findFirst()
        .orElse(null);
  }

  public void heropen() {
    ProcesregieWeergave.AfsluitingRegel afsluiting = getHeropenbaar();
    if (afsluiting != null
        && berichten.voerUit(
            () -> procesregie.heropen(afsluiting.id(), heropenReden),
            "afsluiting.heropend",
            "heropenen")) {
      heropenReden = null;
      vernieuw();
    }
  }

  public void legNazorgVast() {
    ProcesregieWeergave.NazorgRegel nazorg = getOpenNazorg();
    if (nazorg != null
        && berichten.voerUit(
            () -> procesregie.legNazorgVast(nazorg.id(), nazorg.versie(), nazorguitkomst),
            "nazorg.vastgelegd",
            "nazorg")) {
      nazorguitkomst = null;
      vernieuw();
    }
  }

  /** The tab and the case's header show the new state (the status changes on reopening). */
  private void vernieuw() {
    stand = null;
    dossier.herlaad();
  }

  public String getHeropenReden() {
    return heropenReden;
  }

  public void setHeropenReden(String heropenReden) {
    this.heropenReden = heropenReden;
  }

  public String getNazorguitkomst() {
    return nazorguitkomst;
  }

  public void setNazorguitkomst(String nazorguitkomst) {
    this.nazorguitkomst = nazorguitkomst;
  }
}
