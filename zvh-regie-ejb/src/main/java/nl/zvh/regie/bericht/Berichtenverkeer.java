package nl.zvh.regie.bericht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The message thread of a case for the logged-in user: the procesregisseur and the partners of the
 * participating organisations read it and write in it; the menu counts their unread messages. The
 * role is checked here, the rule (who reads which case's thread) in the policy through the service.
 */
@Stateless
@RolesAllowed({"PROCESREGISSEUR", "KETENPARTNER"})
public class Berichtenverkeer {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Berichtendienst berichten;

  /** A page of the thread (0: the newest), newest last; marks it read. */
  public Draad lees(long casusId, int pagina) {
    return berichten.lees(huidigeGebruiker.vereist(), casusId, pagina);
  }

  /** Sends a message, or a correction of one's own earlier message; returns its id. */
  public long verstuur(long casusId, String tekst, Long corrigeert) {
    return berichten.verstuur(huidigeGebruiker.vereist(), casusId, tekst, corrigeert);
  }

  /** The user's unread messages over all cases whose thread they may read. */
  public Ongelezen ongelezen() {
    return berichten.ongelezen(huidigeGebruiker.vereist());
  }
}
