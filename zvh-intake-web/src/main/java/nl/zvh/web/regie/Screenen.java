package nl.zvh.web.regie;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.domain.model.casus.Uitvraag;
import nl.zvh.regie.aanmelding.PartnerKeuze;
import nl.zvh.regie.screening.Screening;
import nl.zvh.regie.screening.Screeningsstatus;
import nl.zvh.web.casus.Dossier;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The procesregisseur's screening panel on the dossier: contact with the referrer, aanvulling,
 * uitvraag to partners, agenda, and the timeline. Every action carries the version that was shown,
 * so a colleague's change in between is reported instead of overwritten.
 */
@Named
@ViewScoped
public class Screenen implements Serializable {

  @Inject private Screening screening;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private Screeningsstatus status;
  private List<PartnerKeuze> organisaties;

  @Size(max = 2000, message = "{zvh.tekst.te.lang}")
  private String notitie;

  @NotBlank(message = "{zvh.screening.aanvulling.verplicht}")
  @Size(max = 2000, message = "{zvh.tekst.te.lang}")
  private String watOntbreekt;

  @NotEmpty(message = "{zvh.screening.organisaties.verplicht}")
  private List<Long> uitvraagAan = new ArrayList<>();

  @NotBlank(message = "{zvh.screening.vraag.verplicht}")
  @Size(max = Uitvraag.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String vraag;

  @NotBlank(message = "{zvh.screening.doel.verplicht}")
  @Size(max = Uitvraag.MAX_TEKST, message = "{zvh.tekst.te.lang}")
  private String doel;

  @NotNull(message = "{zvh.screening.datum.verplicht}")
  private LocalDate beantwoordenVoor;

  public void laad() {
    if (facesContext.isPostback()
        || dossier.getDossier() == null
        || !facesContext.getExternalContext().isUserInRole("PROCESREGISSEUR")) {
      return;
    }
    status = screening.status(dossier.getDossier().id());
    organisaties = screening.partnerorganisaties();
  }

  public void legContactVast() {
    voerUit(
        () -> screening.legContactVast(status.casusId(), status.versie(), notitie),
        "screening.contact.vastgelegd");
    notitie = null;
  }

  public void vraagAanvulling() {
    if (voerUit(
        () -> screening.vraagAanvulling(status.casusId(), status.versie(), watOntbreekt),
        "screening.aanvulling.gevraagd")) {
      watOntbreekt = null;
    }
  }

  public void stuurUitvraag() {
    if (voerUit(
        () ->
            screening.stuurUitvraag(
                status.casusId(), status.versie(), uitvraagAan, vraag, doel, beantwoordenVoor),
        "screening.uitvraag.verstuurd")) {
      uitvraagAan = new ArrayList<>();
      vraag = null;
      doel = null;
      beantwoordenVoor = null;
    }
  }

  public void agendeer() {
    voerUit(() -> screening.agendeer(status.casusId(), status.versie()), "screening.geagendeerd");
  }

  /** Runs the action, reports the outcome and shows the current state either way. */
  private boolean voerUit(Runnable actie, String gelukt) {
    boolean ok = berichten.voerUit(actie, gelukt);
    status = screening.status(status.casusId());
    dossier.herlaad();
    return ok;
  }

  public Screeningsstatus getStatus() {
    return status;
  }

  public List<PartnerKeuze> getOrganisaties() {
    return organisaties;
  }

  public String getNotitie() {
    return notitie;
  }

  public void setNotitie(String notitie) {
    this.notitie = notitie;
  }

  public String getWatOntbreekt() {
    return watOntbreekt;
  }

  public void setWatOntbreekt(String watOntbreekt) {
    this.watOntbreekt = watOntbreekt;
  }

  public List<Long> getUitvraagAan() {
    return uitvraagAan;
  }

  public void setUitvraagAan(List<Long> uitvraagAan) {
    this.uitvraagAan = uitvraagAan;
  }

  public String getVraag() {
    return vraag;
  }

  public void setVraag(String vraag) {
    this.vraag = vraag;
  }

  public String getDoel() {
    return doel;
  }

  public void setDoel(String doel) {
    this.doel = doel;
  }

  public LocalDate getBeantwoordenVoor() {
    return beantwoordenVoor;
  }

  public void setBeantwoordenVoor(LocalDate beantwoordenVoor) {
    this.beantwoordenVoor = beantwoordenVoor;
  }
}
