package nl.zvh.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.beheer.GebruikerBeheer;
import nl.zvh.regie.beheer.Gebruikersfilter;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.beheer.Organisatiefilter;
import nl.zvh.regie.overzicht.CasusRegel;
import nl.zvh.regie.overzicht.Partnertellers;
import nl.zvh.regie.overzicht.Regietellers;
import nl.zvh.regie.overzicht.Startoverzicht;
import nl.zvh.regie.privacy.Verstrekkingen;

/**
 * The figures of the start pages, read once per request: counts only, each computed in the
 * database. The beheerder's and the privacy officer's counts lead to their list, filtered the same
 * way (the filter of the count is the filter of the list).
 */
@Named
@RequestScoped
public class Startpaginas {

  @Inject private Startoverzicht startoverzicht;
  @Inject private GebruikerBeheer gebruikerBeheer;
  @Inject private OrganisatieBeheer organisatieBeheer;
  @Inject private Verstrekkingen verstrekkingen;

  private Map<CasusStatus, Long> aantallen;
  private List<CasusRegel> aanmeldingen;
  private final Map<Gebruikersfilter, Long> gebruikers = new EnumMap<>(Gebruikersfilter.class);
  private final Map<Organisatiefilter, Long> organisaties = new EnumMap<>(Organisatiefilter.class);
  private Long openVerzoeken;
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

  /** How many accounts the filter selects (the beheerder's start page). */
  public long aantalGebruikers(Gebruikersfilter filter) {
    return gebruikers.computeIfAbsent(filter, gebruikerBeheer::aantal);
  }

  /** How many organisations the filter selects (the beheerder's start page). */
  public long aantalOrganisaties(Organisatiefilter filter) {
    return organisaties.computeIfAbsent(filter, organisatieBeheer::aantal);
  }

  public int getMaandenVooruit() {
    return Organisatiefilter.MAANDEN_VOORUIT;
  }

  /** How many requests for provision wait for a decision (the privacy officer's start page). */
  public long getOpenVerzoeken() {
    if (openVerzoeken == null) {
      openVerzoeken = verstrekkingen.aantalOpen();
    }
    return openVerzoeken;
  }
}
