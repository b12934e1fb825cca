package nl.zvh.regie.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** Partner organisations and their convenant membership. */
@Stateless
@RolesAllowed("BEHEERDER")
public class OrganisatieBeheer {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Organisatiedienst dienst;

  public List<OrganisatieGegevens> alle() {
    return dienst.alle();
  }

  /** The organisations the filter selects (for the list filtered from the start page). */
  public List<OrganisatieGegevens> alle(@NotNull Organisatiefilter filter) {
    return dienst.alle(filter);
  }

  /** How many organisations the filter selects, counted in the database (for the start page). */
  public long aantal(@NotNull Organisatiefilter filter) {
    return dienst.aantal(filter);
  }

  public OrganisatieGegevens lees(long id) {
    return dienst.lees(id);
  }

  /** Creates a new organisation, or changes an existing one if nobody changed it meanwhile. */
  public OrganisatieGegevens bewaar(@NotNull OrganisatieGegevens gegevens) {
    return dienst.bewaar(huidigeGebruiker.vereist(), gegevens);
  }
}
