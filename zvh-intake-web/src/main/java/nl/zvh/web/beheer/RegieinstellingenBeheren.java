package nl.zvh.web.beheer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.regie.procesregie.overzicht.Regieinstellingenbeheer;
import nl.zvh.regie.procesregie.overzicht.Regieinstellingengegevens;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The settings of procesregie on the beheer page of triage settings: the days without contact with
 * the casusregisseur after which a case needs attention, and the interval of the follow-up check
 * (empty: none). A change made by someone else in between is refused and the current values shown.
 */
@Named
@ViewScoped
public class RegieinstellingenBeheren implements Serializable {

  static final String FORMULIER = "regie-instellingen";

  @Inject private Regieinstellingenbeheer beheer;
  @Inject private Berichten berichten;

  private Regieinstellingengegevens instellingen;

  @PostConstruct
  void laad() {
    instellingen = beheer.lees();
  }

  /**
   * Saves; a value the domain refuses gets its message next to its field and stays as typed. When
   * someone else changed the settings in between, the current ones are shown with the conflict.
   */
  public void bewaar() {
    if (berichten.voerUit(
        () -> instellingen = beheer.bewaar(instellingen),
        "regie.instellingen.bewaard",
        FORMULIER)) {
      return;
    }
    Regieinstellingengegevens huidig = beheer.lees();
    if (huidig.getVersie() != instellingen.getVersie()) {
      instellingen = huidig;
    }
  }

  public Regieinstellingengegevens getInstellingen() {
    return instellingen;
  }
}
