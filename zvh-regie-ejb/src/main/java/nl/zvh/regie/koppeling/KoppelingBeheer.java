package nl.zvh.regie.koppeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/** Koppelingen for the BEHEERDER: the list, issuing a key (shown once) and revoking one. */
@Stateless
@RolesAllowed("BEHEERDER")
public class KoppelingBeheer {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Koppelingdienst dienst;

  public Pagina<KoppelingGegevens> pagina(int eerste, int aantal) {
    return dienst.pagina(eerste, aantal);
  }

  public long aantal() {
    return dienst.aantal();
  }

  public UitgegevenSleutel geefUit(String naam, Long organisatieId) {
    return dienst.geefUit(huidigeGebruiker.vereist(), naam, organisatieId);
  }

  public KoppelingGegevens trekIn(long id, long versie) {
    return dienst.trekIn(huidigeGebruiker.vereist(), id, versie);
  }
}
