package nl.zvh.web.aanmelding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.zvh.domain.model.casus.Criteriumuitkomst;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.RedenNietGeinformeerd;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.aanmelding.AanmeldingFormulier;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.BetrokkeneInvoer;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.PartnerInvoer;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Ontvangstbevestiging;
import nl.zvh.regie.aanmelding.PartnerKeuze;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OngeldigeInvoer;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * "Casus aanmelden": the referral form in steps. Every move between steps saves the concept and
 * redirects to the address of the saved concept and step, so a refresh or a new session finds it
 * again; a refused save keeps everything typed on the page, with the messages next to the fields.
 */
@Named
@ViewScoped
public class Aanmelden implements Serializable {

  /** The steps of the form, in order. */
  public enum Stap {
    BETROKKENEN,
    PROBLEMATIEK,
    DOEL_EN_PARTNERS,
    CRITERIA,
    INFORMEREN,
    CONTROLEREN
  }

  @Inject private Aanmeldingen aanmeldingen;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  /** As in the address bar: the saved concept to go on with; empty for a new referral. */
  private String casus;

  private String stap;
  private AanmeldingFormulier formulier;
  private List<String> ontbreekt = List.of();
  private List<PartnerKeuze> organisaties;

  /** Loads the concept (or an empty form) on the first GET of the page. */
  public void laad() throws IOException {
    if (facesContext.isPostback()) {
      return;
    }
    organisaties = aanmeldingen.partnerorganisaties();
    if (casus == null || casus.isBlank()) {
      formulier = AanmeldingFormulier.leeg();
      return;
    }
    try {
      long id = Long.parseLong(Adres.isId(casus) ? casus : "-1");
      formulier = aanmeldingen.lees(id);
      ontbreekt = getHuidigeStap() == Stap.CONTROLEREN ? aanmeldingen.ontbreekt(id) : List.of();
    } catch (GeenToegang e) {
      facesContext.getExternalContext().responseSendError(404, "Niet gevonden");
      facesContext.responseComplete();
    } catch (DomeinRegelGeschonden e) {
      facesContext.getExternalContext().getFlash().setKeepMessages(true);
      berichten.weigering(e);
      facesContext.getExternalContext().redirect("aanmeldingen.xhtml");
    }
  }

  /** Saves the concept and goes to another step. */
  public String naar(Stap doel) {
    return bewaar() ? opnieuw(doel) : null;
  }

  public String bewaarConcept() {
    if (!bewaar()) {
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    berichten.info("aanmelden.concept.bewaard");
    return opnieuw(getHuidigeStap());
  }

  /** Submits the referral; on success the receipt page shows number, triage date and deadline. */
  public String dienIn() {
    try {
      Ontvangstbevestiging bevestiging = aanmeldingen.dienIn(formulier);
      return "ontvangstbevestiging?faces-redirect=true&nummer=" + bevestiging.nummer();
    } catch (GelijktijdigGewijzigd e) {
      berichten.weigering(e);
      formulier = aanmeldingen.lees(formulier.getCasusId());
    } catch (DomeinRegelGeschonden | OngeldigeInvoer e) {
      berichten.weigering(e);
    }
    return null;
  }

  public void voegBetrokkeneToe() {
    formulier.getBetrokkenen().add(new BetrokkeneInvoer());
  }

  public void verwijderBetrokkene(BetrokkeneInvoer betrokkene) {
    formulier.getBetrokkenen().remove(betrokkene);
  }

  public void voegPartnerToe() {
    formulier.getPartners().add(new PartnerInvoer());
  }

  public void verwijderPartner(PartnerInvoer partner) {
    formulier.getPartners().remove(partner);
  }

  private boolean bewaar() {
    try {
      long id = aanmeldingen.bewaarConcept(formulier);
      casus = String.valueOf(id);
      return true;
    } catch (GelijktijdigGewijzigd e) {
      berichten.weigering(e);
      formulier = aanmeldingen.lees(formulier.getCasusId());
    } catch (DomeinRegelGeschonden | OngeldigeInvoer e) {
      berichten.weigering(e);
    }
    return false;
  }

  private String opnieuw(Stap doel) {
    return "aanmelden?faces-redirect=true&casus=" + casus + "&stap=" + doel.name().toLowerCase();
  }

  public Stap getHuidigeStap() {
    for (Stap s : Stap.values()) {
      if (s.name().equalsIgnoreCase(stap)) {
        return s;
      }
    }
    return Stap.BETROKKENEN;
  }

  public Stap[] getStappen() {
    return Stap.values();
  }

  public Stap getVorige() {
    int nu = getHuidigeStap().ordinal();
    return nu == 0 ? null : Stap.values()[nu - 1];
  }

  public Stap getVolgende() {
    int nu = getHuidigeStap().ordinal();
    return nu == Stap.values().length - 1 ? null : Stap.values()[nu + 1];
  }

  public Criteriumuitkomst getCriteriumuitkomst() {
    return formulier.criteriumuitkomst();
  }

  public List<String> getOntbreekt() {
    return ontbreekt;
  }

  public boolean isNieuw() {
    return formulier == null || formulier.getCasusId() == null;
  }

  public AanmeldingFormulier getFormulier() {
    return formulier;
  }

  public List<PartnerKeuze> getOrganisaties() {
    return organisaties;
  }

  public Leefgebied[] getLeefgebieden() {
    return Leefgebied.values();
  }

  public RedenNietGeinformeerd[] getRedenen() {
    return RedenNietGeinformeerd.values();
  }

  public String getCasus() {
    return casus;
  }

  public void setCasus(String casus) {
    this.casus = casus;
  }

  public String getStap() {
    return stap;
  }

  public void setStap(String stap) {
    this.stap = stap;
  }
}
