package nl.zvh.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.privacy.BewaarRegel;
import nl.zvh.regie.privacy.Bewaartermijnbewaking;
import nl.zvh.web.gedeeld.Berichten;

/**
 * Retention for the privacy officer: closed cases with the day their data goes, extending one case
 * with a motivation, and destroying what is due now instead of waiting for the night.
 */
@Named
@ViewScoped
public class Bewaren implements Serializable {

  @Inject private Bewaartermijnbewaking bewaking;
  @Inject private Berichten berichten;

  private List<BewaarRegel> regels;
  private BewaarRegel teVerlengen;
  private LocalDate totEnMet;
  private String motivering;

  @PostConstruct
  void laad() {
    regels = bewaking.overzicht();
  }

  public void kies(BewaarRegel regel) {
    teVerlengen = regel;
    totEnMet = null;
    motivering = null;
  }

  public void sluit() {
    teVerlengen = null;
  }

  public void verleng() {
    try {
      bewaking.verleng(teVerlengen.casusId(), totEnMet, motivering);
      berichten.info("bewaren.verlengd", teVerlengen.nummer());
      teVerlengen = null;
      laad();
    } catch (DomeinRegelGeschonden | NietGevonden e) {
      berichten.weigering(e);
    }
  }

  public void vernietigNu() {
    berichten.info("bewaren.vernietigd", bewaking.vernietigNu());
    laad();
  }

  /** The numbers of the cases whose data goes now, for the confirmation before it goes. */
  public List<String> getVerlopen() {
    return regels.stream().filter(BewaarRegel::verlopen).map(BewaarRegel::nummer).toList();
  }

  /** What destroying now means, naming each case: asked before the data goes. */
  public String vernietigingsvraag() {
    List<String> verlopen = getVerlopen();
    return verlopen.size() == 1
        ? berichten.tekst("bewaren.nu.vraag.een", verlopen.get(0))
        : berichten.tekst(
            "bewaren.nu.vraag", verlopen.size(), Verwerkingsnamen.opsomming(verlopen, "en"));
  }

  public int getStandaardMaanden() {
    return bewaking.maandenStandaard();
  }

  public List<BewaarRegel> getRegels() {
    return regels;
  }

  public BewaarRegel getTeVerlengen() {
    return teVerlengen;
  }

  public LocalDate getTotEnMet() {
    return totEnMet;
  }

  public void setTotEnMet(LocalDate totEnMet) {
    this.totEnMet = totEnMet;
  }

  public String getMotivering() {
    return motivering;
  }

  public void setMotivering(String motivering) {
    this.motivering = motivering;
  }
}
