package nl.zvh.regie.procesregie.overzicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The procesregisseur's contact moments with the casusregisseur, for the logged-in user. The role
 * is checked here, the policy again in the service.
 */
@Stateless
@RolesAllowed("PROCESREGISSEUR")
public class Contactmomenten {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Contactmomentdienst dienst;

  public Contactmomentweergave lees(long casusId) {
    return dienst.lees(huidigeGebruiker.vereist(), casusId);
  }

  public long legVast(long casusId, LocalDate datum, Contactmoment.Vorm vorm, String notitie) {
    return dienst.legVast(huidigeGebruiker.vereist(), casusId, datum, vorm, notitie);
  }
}
