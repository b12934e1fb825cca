package nl.zvh.regie.procesregie.overzicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The procesregisseur's dashboard of running cases for the logged-in user. The role is checked
 * here, and the policy again in the service.
 */
@Stateless
@RolesAllowed("PROCESREGISSEUR")
public class Procesregieoverzicht {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Procesregieoverzichtdienst dienst;

  public Pagina<Procesregieregel> pagina(Procesregievraag vraag) {
    return dienst.pagina(huidigeGebruiker.vereist(), vraag);
  }

  public long tel(Procesregievraag vraag) {
    return dienst.tel(huidigeGebruiker.vereist(), vraag);
  }

  public long aantalMetAandacht() {
    return dienst.aantalMetAandacht(huidigeGebruiker.vereist());
  }

  public List<Komendoverleg> komendeOverleggen() {
    return dienst.komendeOverleggen(huidigeGebruiker.vereist());
  }

  public List<Openstaandenazorg> openNazorg() {
    return dienst.openNazorg(huidigeGebruiker.vereist());
  }

  public int contacttermijnDagen() {
    return dienst.contacttermijnDagen(huidigeGebruiker.vereist());
  }
}
