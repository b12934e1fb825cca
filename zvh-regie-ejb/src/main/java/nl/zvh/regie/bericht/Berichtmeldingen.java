package nl.zvh.regie.bericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.melding.Mailer;

/**
 * The e-mail that tells of a new message in a case's thread, sent once the message is committed:
 * the case number and a link to the thread in the portal, never the message, its sender or anything
 * of the betrokkenen (the mail group this replaces carried all of those).
 */
@ApplicationScoped
public class Berichtmeldingen {

  @Inject private Mailer mailer;

  /** A new message in this case, for these addresses, as it was at the commit. */
  public record Melding(long casusId, String casusnummer, List<String> aan) {}

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) Melding melding) {
    String onderwerp = onderwerp(melding);
    String tekst = tekst(melding);
    melding.aan().forEach(adres -> mailer.verstuur(adres, onderwerp, tekst));
  }

  static String onderwerp(Melding melding) {
    return "Nieuw bericht in casus " + melding.casusnummer();
  }

  String tekst(Melding melding) {
    return mailer.tekst(
        List.of(
            "Er is een nieuw bericht geplaatst bij casus " + melding.casusnummer() + ".",
            "Lees het in het portaal, onder Berichten van de casus."),
        "/casus/dossier.xhtml?id=" + melding.casusId() + "&tab=berichten");
  }
}
