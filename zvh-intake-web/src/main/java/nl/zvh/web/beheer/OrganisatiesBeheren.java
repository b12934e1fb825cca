package nl.zvh.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beheer.OngeldigeInvoer;
import nl.zvh.regie.beheer.OrganisatieBeheer;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.beheer.Organisatiefilter;
import nl.zvh.web.gedeeld.Berichten;

/** The list of partner organisations and the form to add or change one. */
@Named
@ViewScoped
public class OrganisatiesBeheren implements Serializable {

  @Inject private OrganisatieBeheer beheer;
  @Inject private Berichten berichten;

  private List<OrganisatieGegevens> organisaties;
  private OrganisatieGegevens bewerkt;

  private Organisatiefilter filter = Organisatiefilter.ALLE;

  /** The list, kept to the filter; once per view (viewAction) and after each change. */
  public void laad() {
    organisaties = beheer.alle(filter);
  }

  public Organisatiefilter getFilter() {
    return filter;
  }

  /** The view parameter {@code filter} (from the start page); empty: all organisations. */
  public void setFilter(Organisatiefilter filter) {
    this.filter = filter == null ? Organisatiefilter.ALLE : filter;
  }

  public Organisatiefilter[] getFilters() {
    return Organisatiefilter.values();
  }

  public int getMaandenVooruit() {
    return Organisatiefilter.MAANDEN_VOORUIT;
  }

  public void nieuw() {
    bewerkt = new OrganisatieGegevens();
  }

  public void bewerk(long id) {
    bewerkt = beheer.lees(id);
  }

  public void annuleer() {
    bewerkt = null;
  }

  public void bewaar() {
    try {
      OrganisatieGegevens bewaard = beheer.bewaar(bewerkt);
      berichten.info("organisatie.bewaard", bewaard.getNaam());
      bewerkt = null;
      laad();
    } catch (GelijktijdigGewijzigd | NietGevonden e) {
      berichten.weigering(e);
      bewerkt = bewerkt.isNieuw() ? bewerkt : herlaad(bewerkt.getId());
      laad();
    } catch (DomeinRegelGeschonden | OngeldigeInvoer e) {
      berichten.weigering(e);
    }
  }

  private OrganisatieGegevens herlaad(long id) {
    try {
      return beheer.lees(id);
    } catch (NietGevonden e) {
      return null;
    }
  }

  public List<OrganisatieGegevens> getOrganisaties() {
    return organisaties;
  }

  public OrganisatieGegevens getBewerkt() {
    return bewerkt;
  }

  public OrganisatieType[] getTypes() {
    return OrganisatieType.values();
  }
}
