package nl.zvh.web.procesregie;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.overleg.Persoonkeuze;
import nl.zvh.regie.procesregie.Opschalingsinvoer;
import nl.zvh.regie.procesregie.Procesregie;
import nl.zvh.regie.procesregie.ProcesregieWeergave;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * "Opschalen naar de manager" ({@code ?casus=}, optionally {@code &escalatie=} to take up the
 * casusregisseur's escalation): the procesregisseur writes for the manager the question, why, what
 * has been tried and by when an answer is needed. A case the user may not see is not found (404); a
 * refused form keeps what was typed.
 */
@Named
@ViewScoped
public class CasusOpschalen implements Serializable {

  private static final String FORMULIER = "opschalen";

  @Inject private Procesregie procesregie;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private String casus;
  private String escalatie;
  private ProcesregieWeergave stand;
  private List<Persoonkeuze> managers = List.of();

  private Long escalatieId;
  private String vraag;
  private String reden;
  private String geprobeerd;
  private LocalDate antwoordUiterlijk;
  private Long managerId;

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    // Only the procesregisseur escalates and closes; others find no such page (not a 500 from the
    // service's role check).
    if (!Adres.isId(casus) || !facesContext.getExternalContext().isUserInRole("PROCESREGISSEUR")) {
      nietGevonden();
      return;
    }
    try {
      stand = procesregie.stand(Long.parseLong(casus));
      managers = procesregie.managers();
      if (managers.size() == 1) {
        managerId = managers.get(0).id();
      }
      if (Adres.isId(escalatie)) {
        long gekozen = Long.parseLong(escalatie);
        escalatieId =
            stand.openEscalaties().stream().anyMatch(e -> e.id() == gekozen) ? gekozen : null;
      }
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public String schaalOp() {
    Opschalingsinvoer invoer =
        new Opschalingsinvoer(escalatieId, vraag, reden, geprobeerd, antwoordUiterlijk, managerId);
    if (!berichten.voerUit(() -> procesregie.schaalOp(stand.casusId(), invoer), null, FORMULIER)) {
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    berichten.info("opschaling.verstuurd");
    return "/casus/dossier.xhtml?faces-redirect=true&tab=procesregie&id=" + stand.casusId();
  }

  private void nietGevonden() {
    stand = null;
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public ProcesregieWeergave getStand() {
    return stand;
  }

  public List<Persoonkeuze> getManagers() {
    return managers;
  }

  public String getCasus() {
    return casus;
  }

  public void setCasus(String casus) {
    this.casus = casus;
  }

  public String getEscalatie() {
    return escalatie;
  }

  public void setEscalatie(String escalatie) {
    this.escalatie = escalatie;
  }

  public Long getEscalatieId() {
    return escalatieId;
  }

  public void setEscalatieId(Long escalatieId) {
    this.escalatieId = escalatieId;
  }

  public String getVraag() {
    return vraag;
  }

  public void setVraag(String vraag) {
    this.vraag = vraag;
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }

  public String getGeprobeerd() {
    return geprobeerd;
  }

  public void setGeprobeerd(String geprobeerd) {
    this.geprobeerd = geprobeerd;
  }

  public LocalDate getAntwoordUiterlijk() {
    return antwoordUiterlijk;
  }

  public void setAntwoordUiterlijk(LocalDate antwoordUiterlijk) {
    this.antwoordUiterlijk = antwoordUiterlijk;
  }

  public Long getManagerId() {
    return managerId;
  }

  public void setManagerId(Long managerId) {
    this.managerId = managerId;
  }
}
