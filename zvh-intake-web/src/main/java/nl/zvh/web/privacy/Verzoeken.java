package nl.zvh.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.verstrekking.VerzoekStatus;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.privacy.Verstrekkingen;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The privacy officer's queue of requests for provision, and the form to decide one. The view
 * parameter {@code status} (e.g. INGEDIEND, from the start page) keeps the list to one status.
 */
@Named
@ViewScoped
public class Verzoeken implements Serializable {

  @Inject private Verstrekkingen verstrekkingen;
  @Inject private Berichten berichten;

  private VerzoekStatus status;
  private List<VerzoekTotVerstrekking> wachtrij;
  private VerzoekTotVerstrekking gekozen;
  private String motivering;

  /** The queue, kept to the chosen status; once per view (viewAction) and after each decision. */
  public void laad() {
    wachtrij =
        verstrekkingen.wachtrij().stream()
            .filter(v -> status == null || v.getStatus() == status)
            .toList();
  }

  public void kies(long id) {
    gekozen = verstrekkingen.lees(id);
    motivering = null;
  }

  public void sluit() {
    gekozen = null;
    motivering = null;
  }

  public void beslis(boolean toekennen) {
    try {
      VerzoekTotVerstrekking besloten =
          verstrekkingen.beoordeel(gekozen.getId(), gekozen.getVersie(), toekennen, motivering);
      berichten.info(
          toekennen ? "verzoek.toegekend" : "verzoek.afgewezen",
          besloten.getVerzoekendeOrganisatie());
      sluit();
    } catch (GelijktijdigGewijzigd | NietGevonden e) {
      berichten.weigering(e);
      sluit();
    } catch (DomeinRegelGeschonden e) {
      berichten.weigering(e);
      return;
    }
    laad();
  }

  /** What rejecting this request means, for the confirmation before it is rejected. */
  public String afwijzingsvraag() {
    return gekozen == null
        ? ""
        : berichten.tekst(
            "verzoeken.afwijzen.vraag",
            gekozen.getVerzoekendeOrganisatie(),
            gekozen.getBronOrganisatie(),
            gekozen.getCasusNummer());
  }

  public VerzoekStatus[] getStatussen() {
    return VerzoekStatus.values();
  }

  public VerzoekStatus getStatus() {
    return status;
  }

  public void setStatus(VerzoekStatus status) {
    this.status = status;
  }

  public List<VerzoekTotVerstrekking> getWachtrij() {
    return wachtrij;
  }

  public VerzoekTotVerstrekking getGekozen() {
    return gekozen;
  }

  public String getMotivering() {
    return motivering;
  }

  public void setMotivering(String motivering) {
    this.motivering = motivering;
  }
}
