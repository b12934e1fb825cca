package nl.zvh.regie.procesregie.overzicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The beheerder keeps the settings of procesregie: the days without contact with the casusregisseur
 * after which a case needs attention, and the interval of the follow-up check after closing.
 */
@Stateless
@RolesAllowed("BEHEERDER")
public class Regieinstellingenbeheer {

  @Inject private Regieinstellingendienst dienst;

  public Regieinstellingengegevens lees() {
    return dienst.lees();
  }

  public Regieinstellingengegevens bewaar(Regieinstellingengegevens gegevens) {
    return dienst.bewaar(gegevens);
  }
}
