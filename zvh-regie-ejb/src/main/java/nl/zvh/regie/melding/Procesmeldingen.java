package nl.zvh.regie.melding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails of screening and triage, each sent once its change is committed: to the referrer when
 * the ZVH asks for an aanvulling or the triage has decided, to the partners an uitvraag is
 * addressed to. Only a number, a date and a link: what it is about, the reader sees in the portal.
 */
@ApplicationScoped
public class Procesmeldingen {

  private static final DateTimeFormatter DAG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  @Inject private Mailer mailer;

  /** What happened, to whom it goes, and which page of the portal it points to. */
  public record Melding(Soort soort, List<String> aan, String nummer, LocalDate datum) {}

  /** The kinds of notification. */
  public enum Soort {
    AANVULLING_GEVRAAGD,
    UITVRAAG,
    UITVRAAG_HERINNERING,
    TRIAGE_NIET_VOOR_ZVH,
    TRIAGE_OPGEPAKT
  }

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) Melding melding) {
    for (String aan : melding.aan()) {
      mailer.verstuur(aan, onderwerp(melding), tekst(melding));
    }
  }

  static String onderwerp(Melding m) {
    return switch (m.soort()) {
      case AANVULLING_GEVRAAGD -> "Aanvulling gevraagd op aanmelding " + m.nummer();
      case UITVRAAG -> "Uitvraag van het ZVH over casus " + m.nummer();
      case UITVRAAG_HERINNERING -> "Herinnering: uitvraag van het ZVH over casus " + m.nummer();
      case TRIAGE_NIET_VOOR_ZVH, TRIAGE_OPGEPAKT ->
          "Uitkomst van de triage over aanmelding " + m.nummer();
    };
  }

  String tekst(Melding m) {
    String regel =
        switch (m.soort()) {
          case AANVULLING_GEVRAAGD ->
              "Het ZVH vraagt u aanmelding "
                  + m.nummer()
                  + " aan te vullen. Wat er ontbreekt, ziet u in het portaal.";
          case UITVRAAG ->
              "Het ZVH vraagt uw organisatie om informatie over casus "
                  + m.nummer()
                  + ", graag uiterlijk "
                  + DAG.format(m.datum())
                  + ". Uw organisatie beslist zelf wat zij mag delen.";
          case UITVRAAG_HERINNERING ->
              "Het ZVH vroeg uw organisatie om informatie over casus "
                  + m.nummer()
                  + ", graag uiterlijk "
                  + DAG.format(m.datum())
                  + ". Wij hebben nog geen antwoord ontvangen. Ook \"geen informatie\" of"
                  + " \"kan niet delen\" is een antwoord dat het ZVH verder helpt.";
          case TRIAGE_NIET_VOOR_ZVH ->
              "De triage heeft aanmelding "
                  + m.nummer()
                  + " besproken: de casus is niet voor het ZVH. Het advies staat in het portaal.";
          case TRIAGE_OPGEPAKT ->
              "De triage heeft aanmelding "
                  + m.nummer()
                  + " besproken: het ZVH pakt de casus op. De route staat in het portaal.";
        };
    String pagina =
        m.soort() == Soort.UITVRAAG || m.soort() == Soort.UITVRAAG_HERINNERING
            ? "/partner/uitvragen.xhtml"
            : "/partner/aanmeldingen.xhtml?nummer=" + m.nummer();
    return mailer.tekst(List.of(regel), pagina);
  }
}
