package nl.zvh.web.casus;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.privacy.Actor;
import nl.zvh.regie.bericht.Berichtenverkeer;
import nl.zvh.regie.bericht.Ongelezen;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The unread messages of the logged-in user: the count next to "Berichten" in the menu on every
 * page, and the page of cases with unread messages. Asked once per request (one query for all
 * cases); roles without threads have none and ask nothing.
 */
@Named
@RequestScoped
public class OngelezenBerichten {

  /** The page of the menu entry; the menu shows the count next to it. */
  public static final String PAGINA = "/casus/berichten.xhtml";

  @Inject private Berichtenverkeer verkeer;
  @Inject private HuidigeGebruiker huidigeGebruiker;

  private Ongelezen ongelezen;

  public Ongelezen getOngelezen() {
    if (ongelezen == null) {
      Rol rol = huidigeGebruiker.actor().map(Actor::rol).orElse(null);
      ongelezen =
          rol == Rol.PROCESREGISSEUR || rol == Rol.KETENPARTNER
              ? verkeer.ongelezen()
              : Ongelezen.GEEN;
    }
    return ongelezen;
  }

  public long getAantal() {
    return getOngelezen().totaal();
  }

  public List<Ongelezen.Casus> getCasussen() {
    return getOngelezen().casussen();
  }
}
