package nl.zvh.regie.uitvoering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.melding.Mailer;

/**
 * The mail of carrying out the plan, sent once the change is committed: a signal or an escalation
 * to those who must act on it, a reminder to the owner of an actiepunt, an escalation's outcome to
 * the casusregisseur. Subject and body name the case number and the kind of message only, and link
 * to the portal, where the content is: no personal data in the mail.
 */
@ApplicationScoped
public class Uitvoeringsmeldingen {

  @Inject private Mailer mailer;

  /** What happened, on which case, for which addresses, with the page that shows it. */
  public record Melding(
      String onderwerp, String zin, String casusnummer, List<String> aan, String pagina) {}

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) Melding melding) {
    String tekst =
        mailer.tekst(
            List.of(
                melding.zin() + " (casus " + melding.casusnummer() + ").",
                "",
                "De inhoud leest u in het portaal."),
            melding.pagina());
    melding.aan().stream()
        .distinct()
        .forEach(
            adres ->
                mailer.verstuur(
                    adres, melding.onderwerp() + " casus " + melding.casusnummer(), tekst));
  }
}
