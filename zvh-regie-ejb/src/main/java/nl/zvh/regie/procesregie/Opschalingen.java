package nl.zvh.regie.procesregie;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The escalations to a manager for the logged-in user: the manager's inbox and decisions; the
 * procesregisseur reads them too. The role is checked here; which escalation a manager may read
 * (only those addressed to them) is the policy's, in the service.
 */
@Stateless
@RolesAllowed({"MANAGER", "PROCESREGISSEUR"})
public class Opschalingen {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Opschalingsdienst dienst;

  @RolesAllowed("MANAGER")
  public List<OpschalingRegel> inbox() {
    return dienst.inbox(huidigeGebruiker.vereist());
  }

  public OpschalingWeergave lees(long id) {
    return dienst.lees(huidigeGebruiker.vereist(), id);
  }

  @RolesAllowed("MANAGER")
  public void besluit(long id, long versie, String besluit) {
    dienst.besluit(huidigeGebruiker.vereist(), id, versie, besluit);
  }

  @RolesAllowed("MANAGER")
  public void naarBestuur(long id, long versie, String reden) {
    dienst.naarBestuur(huidigeGebruiker.vereist(), id, versie, reden);
  }

  @RolesAllowed("MANAGER")
  public void legBestuursuitkomstVast(long id, long versie, String uitkomst, LocalDate op) {
    dienst.legBestuursuitkomstVast(huidigeGebruiker.vereist(), id, versie, uitkomst, op);
  }
}
