package nl.zvh.web.procesregie;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.procesregie.Afsluitformulier;
import nl.zvh.regie.procesregie.Afsluitinvoer;
import nl.zvh.regie.procesregie.Procesregie;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.overleg.VerslagVastleggen;

/**
 * "Casus afsluiten" ({@code ?casus=}): afschalen with a result; after a plan together with the
 * casusregisseur and with a final score per betrokkene and leefgebied (the last score of the
 * overleggen filled in as a start), and the day of the follow-up check the setting proposes. A
 * refused form keeps what was typed.
 */
@Named
@ViewScoped
public class CasusAfsluiten implements Serializable {

  private static final String FORMULIER = "afsluiten";

  @Inject private Procesregie procesregie;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private String casus;
  private Afsluitformulier formulier;

  private Resultaat resultaat;
  private String toelichting;
  private boolean akkoordCasusregisseur;
  private List<Scorerij> scores = new ArrayList<>();
  private LocalDate nazorgOp;

  /** One row of the final scores, as the form edits it. */
  public static final class Scorerij implements Serializable {
    private final Afsluitformulier.Rij rij;
    private Integer score;

    Scorerij(Afsluitformulier.Rij rij) {
      this.rij = rij;
      this.score = rij.laatsteScore();
    }

    public Afsluitformulier.Rij getRij() {
      return rij;
    }

    public Leefgebied getLeefgebied() {
      return rij.leefgebied();
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }
  }

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
      formulier = procesregie.afsluitformulier(Long.parseLong(casus));
      scores = new ArrayList<>(formulier.rijen().stream().map(Scorerij::new).toList());
      nazorgOp = formulier.voorgesteldeNazorg();
      if (formulier.resultaten().size() == 1) {
        resultaat = formulier.resultaten().get(0);
      }
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public String sluitAf() {
    Afsluitinvoer invoer =
        new Afsluitinvoer(
            resultaat,
            toelichting,
            akkoordCasusregisseur,
            scores.stream()
                .map(
                    s ->
                        new Afsluitinvoer.Score(
                            s.getRij().betrokkeneId(), s.getLeefgebied(), s.getScore()))
                .toList(),
            nazorgOp);
    if (!berichten.voerUit(
        () -> procesregie.sluitAf(formulier.casusId(), formulier.casusversie(), invoer),
        null,
        FORMULIER)) {
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    berichten.info("afsluiting.gedaan");
    return "/casus/dossier.xhtml?faces-redirect=true&tab=procesregie&id=" + formulier.casusId();
  }

  private void nietGevonden() {
    formulier = null;
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public List<VerslagVastleggen.Scorekeuze> getScorekeuzes() {
    return VerslagVastleggen.SCOREKEUZES;
  }

  public Afsluitformulier getFormulier() {
    return formulier;
  }

  public String getCasus() {
    return casus;
  }

  public void setCasus(String casus) {
    this.casus = casus;
  }

  public Resultaat getResultaat() {
    return resultaat;
  }

  public void setResultaat(Resultaat resultaat) {
    this.resultaat = resultaat;
  }

  public String getToelichting() {
    return toelichting;
  }

  public void setToelichting(String toelichting) {
    this.toelichting = toelichting;
  }

  public boolean isAkkoordCasusregisseur() {
    return akkoordCasusregisseur;
  }

  public void setAkkoordCasusregisseur(boolean akkoordCasusregisseur) {
    this.akkoordCasusregisseur = akkoordCasusregisseur;
  }

  public List<Scorerij> getScores() {
    return scores;
  }

  public LocalDate getNazorgOp() {
    return nazorgOp;
  }

  public void setNazorgOp(LocalDate nazorgOp) {
    this.nazorgOp = nazorgOp;
  }
}
