package nl.zvh.regie.melding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.regie.aanmelding.AanmeldingIngediend;
import nl.zvh.regie.aanmelding.Ontvangstbevestiging;

/**
 * The receipt e-mail of a referral, sent once the submission is committed: the number, the triage
 * date, the contact deadline and a link. Nothing about the betrokkene.
 */
@ApplicationScoped
public class Ontvangstmail {

  private static final Locale NL = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", NL);

  @Inject private Mailer mailer;

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) AanmeldingIngediend ingediend) {
    mailer.verstuur(
        ingediend.emailAanmelder(),
        onderwerp(ingediend.bevestiging()),
        tekst(ingediend.bevestiging()));
  }

  static String onderwerp(Ontvangstbevestiging b) {
    return (b.aanvulling()
            ? "Ontvangstbevestiging aanvulling "
            : "Ontvangstbevestiging aanmelding ")
        + b.nummer();
  }

  String tekst(Ontvangstbevestiging b) {
    return mailer.tekst(
        List.of(
            (b.aanvulling() ? "Wij hebben de aanvulling op aanmelding " : "Wij hebben aanmelding ")
                + b.nummer()
                + " ontvangen op "
                + MOMENT.format(b.ontvangenOp().atZoneSameInstant(Tijdzone.NEDERLAND))
                + ".",
            "De aanmelding wordt besproken in de triage van " + DAG.format(b.triagedatum()) + ".",
            "Wij nemen uiterlijk " + DAG.format(b.contactUiterlijk()) + " contact met u op.",
            "Bekijk de aanmelding in het portaal:"),
        "/partner/aanmeldingen.xhtml?nummer=" + b.nummer());
  }
}
