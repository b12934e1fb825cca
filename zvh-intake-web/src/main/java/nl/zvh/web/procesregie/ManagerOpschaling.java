package nl.zvh.web.procesregie;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.procesregie.OpschalingWeergave;
import nl.zvh.regie.procesregie.Opschalingen;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * One escalation for the manager ({@code ?id=}), as the procesregisseur wrote it for them: the
 * question, the reason, what was tried and by when. The manager decides, or takes it to bestuur and
 * later records the bestuur's outcome. An escalation addressed to another manager is not found
 * (404). A refused form keeps what was typed.
 */
@Named
@ViewScoped
public class ManagerOpschaling implements Serializable {

  @Inject private Opschalingen opschalingen;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private String id;
  private OpschalingWeergave opschaling;
  private String besluit;
  private String bestuurReden;
  private String bestuurUitkomst;
  private LocalDate bestuurBeslotenOp;

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    if (!Adres.isId(id)) {
      nietGevonden();
      return;
    }
    try {
      opschaling = opschalingen.lees(Long.parseLong(id));
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public void besluit() {
    if (berichten.voerUit(
        () -> opschalingen.besluit(opschaling.regel().id(), opschaling.versie(), besluit),
        "opschaling.besloten",
        "beslissen")) {
      besluit = null;
    }
    herlaad();
  }

  public void naarBestuur() {
    if (berichten.voerUit(
        () -> opschalingen.naarBestuur(opschaling.regel().id(), opschaling.versie(), bestuurReden),
        "opschaling.naar.bestuur",
        "bestuur")) {
      bestuurReden = null;
    }
    herlaad();
  }

  public void legBestuursuitkomstVast() {
    if (berichten.voerUit(
        () ->
            opschalingen.legBestuursuitkomstVast(
                opschaling.regel().id(), opschaling.versie(), bestuurUitkomst, bestuurBeslotenOp),
        "opschaling.bestuur.vastgelegd",
        "bestuursuitkomst")) {
      bestuurUitkomst = null;
      bestuurBeslotenOp = null;
    }
    herlaad();
  }

  /**
   * Reads the escalation again after every attempt: the new step, or the change another tab made
   * meanwhile (what was typed stays).
   */
  private void herlaad() {
    opschaling = opschalingen.lees(opschaling.regel().id());
  }

  private void nietGevonden() {
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public OpschalingWeergave getOpschaling() {
    return opschaling;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getBesluit() {
    return besluit;
  }

  public void setBesluit(String besluit) {
    this.besluit = besluit;
  }

  public String getBestuurReden() {
    return bestuurReden;
  }

  public void setBestuurReden(String bestuurReden) {
    this.bestuurReden = bestuurReden;
  }

  public String getBestuurUitkomst() {
    return bestuurUitkomst;
  }

  public void setBestuurUitkomst(String bestuurUitkomst) {
    this.bestuurUitkomst = bestuurUitkomst;
  }

  public LocalDate getBestuurBeslotenOp() {
    return bestuurBeslotenOp;
  }

  public void setBestuurBeslotenOp(LocalDate bestuurBeslotenOp) {
    this.bestuurBeslotenOp = bestuurBeslotenOp;
  }
}
