package nl.zvh.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.overzicht.CasusRegel;
import nl.zvh.regie.overzicht.Partnertellers;
import nl.zvh.regie.overzicht.Regietellers;
import nl.zvh.regie.overzicht.Startoverzicht;

/** The figures of the start pages, read once per request. */
@Named
@RequestScoped
public class Startpaginas {

  @Inject private Startoverzicht startoverzicht;

  private Map<CasusStatus, Long> aantallen;
  private List<CasusRegel> aanmeldingen;
  private Partnertellers partnertellers;
  private Regietellers regietellers;

  /** What waits for the partner's organisation, each a count that leads to its list. */
  public Partnertellers getPartnertellers() {
    if (partnertellers == null) {
      partnertellers = startoverzicht.partnertellers();
    }
    return partnertellers;
  }

  /** What needs the procesregisseur, each a count that leads to its list. */
  public Regietellers getRegietellers() {
    if (regietellers == null) {
      regietellers = startoverzicht.regietellers();
    }
    return regietellers;
  }

  public Map<CasusStatus, Long> getAantallenPerStatus() {
    if (aantallen == null) {
      aantallen = startoverzicht.aantallenPerStatus();
    }
    return aantallen;
  }

  public List<CasusStatus> getStatussen() {
    return List.of(CasusStatus.values());
  }

  public List<CasusRegel> getRecenteAanmeldingen() {
    if (aanmeldingen == null) {
      aanmeldingen = startoverzicht.recenteAanmeldingenVanEigenOrganisatie();
    }
    return aanmeldingen;
  }
}
