package nl.zvh.regie.cijfers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The manager's figures for the logged-in user. The role is checked here, the policy in the service
 * (through the Verwerkingspoort).
 */
@Stateless
@RolesAllowed("MANAGER")
public class Managementinformatie {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Cijferdienst dienst;

  public Cijferdienst.Periode standaardperiode() {
    return dienst.standaardperiode();
  }

  public Managementcijfers cijfers(LocalDate van, LocalDate tot) {
    return dienst.cijfers(huidigeGebruiker.vereist(), van, tot);
  }
}
