package nl.zvh.web.casus;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.overdracht.Casusregiestand;
import nl.zvh.regie.overdracht.Overdracht;
import nl.zvh.regie.overdracht.Overdrachtweergave;
import nl.zvh.web.gedeeld.Berichten;

/**
 * Handing over and leaving, on the tab "Plan van aanpak": a partner hands an actiepunt (or all of
 * their own) to a colleague, the casusregisseur or the procesregisseur hands the casusregie over,
 * and a partner (or the procesregisseur) ends an organisation's involvement. The header asks for a
 * new casusregisseur when the current one is gone. What was typed stays when a change is refused.
 */
@Named
@ViewScoped
public class CasusOverdracht implements Serializable {

  /** The choice "all my running actiepunten in this case" in the list of actiepunten. */
  public static final int ALLE_EIGEN = 0;

  @Inject private Overdracht overdracht;
  @Inject private Dossier dossier;
  @Inject private CasusPlan casusPlan;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private Overdrachtweergave weergave;
  private Casusregiestand casusregiestand;

  /** The version of each actiepunt as the form showed it: a change in between is a conflict. */
  private final Map<Integer, Long> versies = new HashMap<>();

  private Integer actiepunt;
  private Long collega;
  private Long casusregisseur;
  private Long deelname;
  private String reden;
  private LocalDate datum;

  public Overdrachtweergave getWeergave() {
    if (weergave == null) {
      weergave = overdracht.weergave(dossier.getDossier().id());
      versies.clear();
      weergave.actiepunten().forEach(a -> versies.put(a.nummer(), a.versie()));
      if (weergave.beeindigbaar().size() == 1) {
        deelname = weergave.beeindigbaar().get(0).deelnameId();
      }
    }
    return weergave;
  }

  /** The actiepunten to choose from, with "all my running actiepunten" first when it applies. */
  public List<SelectItem> getActiepuntkeuzes() {
    List<SelectItem> keuzes = new ArrayList<>();
    if (getWeergave().eigenActiepunten()) {
      keuzes.add(new SelectItem(ALLE_EIGEN, berichten.tekst("overdracht.actiepunt.alle")));
    }
    for (Overdrachtweergave.Actiepunt a : getWeergave().actiepunten()) {
      keuzes.add(
          new SelectItem(
              a.nummer(), a.omschrijving() + (a.persoon() == null ? "" : " – " + a.persoon())));
    }
    return keuzes;
  }

  /** Whether the case still has a working casusregisseur (for the header). */
  public Casusregiestand getCasusregiestand() {
    if (casusregiestand == null) {
      casusregiestand = overdracht.casusregiestand(dossier.getDossier().id());
    }
    return casusregiestand;
  }

  public void draagActiepuntOver() {
    long casusId = dossier.getDossier().id();
    if (actiepunt == null) {
      berichten.fout("actiepunt-overdragen:actiepunt", "overdracht.actiepunt.kies");
      return;
    }
    if (collega == null) {
      berichten.fout("actiepunt-overdragen:collega", "overdracht.collega.kies");
      return;
    }
    boolean gelukt =
        actiepunt == ALLE_EIGEN
            ? berichten.voerUit(
                () -> overdracht.draagEigenActiepuntenOver(casusId, collega),
                "overdracht.actiepunten.gelukt",
                "actiepunt-overdragen")
            : berichten.voerUit(
                () ->
                    overdracht.draagActiepuntOver(
                        casusId, actiepunt, versies.getOrDefault(actiepunt, -1L), collega),
                "overdracht.actiepunt.gelukt",
                "actiepunt-overdragen");
    if (gelukt) {
      actiepunt = null;
      collega = null;
    }
    herlaad();
  }

  public void draagCasusregieOver() {
    if (casusregisseur == null) {
      berichten.fout("casusregie:casusregisseur", "overdracht.casusregisseur.kies");
      return;
    }
    Long huidig = getWeergave().casusregisseurId();
    if (berichten.voerUit(
        () -> overdracht.draagCasusregieOver(dossier.getDossier().id(), huidig, casusregisseur),
        "overdracht.casusregie.gelukt",
        "casusregie")) {
      casusregisseur = null;
    }
    herlaad();
  }

  /**
   * Ends the involvement; when the user's own organisation left today, the case is no longer theirs
   * to see, and they go to their list of cases with the message.
   */
  public String beeindigDeelname() {
    if (deelname == null) {
      berichten.fout("vertrek:deelname", "overdracht.vertrek.organisatie.kies");
      return null;
    }
    if (berichten.voerUit(
        () -> overdracht.beeindigDeelname(deelname, reden, datum),
        "overdracht.vertrek.gelukt",
        "vertrek")) {
      reden = null;
      datum = null;
      deelname = null;
    }
    try {
      herlaad();
    } catch (GeenToegang e) {
      facesContext.getExternalContext().getFlash().setKeepMessages(true);
      return "/casus/index.xhtml?faces-redirect=true";
    }
    return null;
  }

  /** The text of the confirmation before the involvement ends. */
  public String getVertrekvraag() {
    return berichten.tekst("overdracht.vertrek.bevestig");
  }

  private void herlaad() {
    weergave = null;
    casusregiestand = null;
    dossier.herlaad();
    casusPlan.herlaad();
  }

  public int getAlleEigen() {
    return ALLE_EIGEN;
  }

  public Integer getActiepunt() {
    return actiepunt;
  }

  public void setActiepunt(Integer actiepunt) {
    this.actiepunt = actiepunt;
  }

  public Long getCollega() {
    return collega;
  }

  public void setCollega(Long collega) {
    this.collega = collega;
  }

  public Long getCasusregisseur() {
    return casusregisseur;
  }

  public void setCasusregisseur(Long casusregisseur) {
    this.casusregisseur = casusregisseur;
  }

  public Long getDeelname() {
    return deelname;
  }

  public void setDeelname(Long deelname) {
    this.deelname = deelname;
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public void setDatum(LocalDate datum) {
    this.datum = datum;
  }
}
