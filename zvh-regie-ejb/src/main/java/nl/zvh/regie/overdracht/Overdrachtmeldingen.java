package nl.zvh.regie.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.regie.melding.Mailer;

/**
 * The e-mails of handing over and leaving, each sent once its change is committed: to the new
 * casusregisseur; to the casusregisseur and the chairs of the case's overleggen when an
 * organisation ends its involvement; to those chairs when the casusregisseur's account is
 * deactivated. Only the case number and a link: who and why, the reader sees in the portal.
 */
@ApplicationScoped
public class Overdrachtmeldingen {

  @Inject private Mailer mailer;

  /** What happened, to whom it goes, about which case. */
  public record Melding(Soort soort, List<String> aan, long casusId, String casusnummer) {}

  /** The kinds of notification. */
  public enum Soort {
    CASUSREGIE_OVERGEDRAGEN,
    DEELNAME_BEEINDIGD,
    CASUSREGISSEUR_NODIG
  }

  void verstuur(@Observes(during = TransactionPhase.AFTER_SUCCESS) Melding melding) {
    for (String aan : melding.aan().stream().distinct().toList()) {
      mailer.verstuur(aan, onderwerp(melding), tekst(melding));
    }
  }

  static String onderwerp(Melding m) {
    return switch (m.soort()) {
      case CASUSREGIE_OVERGEDRAGEN -> "U bent casusregisseur van casus " + m.casusnummer();
      case DEELNAME_BEEINDIGD -> "Betrokkenheid beëindigd bij casus " + m.casusnummer();
      case CASUSREGISSEUR_NODIG -> "Nieuwe casusregisseur nodig voor casus " + m.casusnummer();
    };
  }

  private String tekst(Melding m) {
    String regel =
        switch (m.soort()) {
          case CASUSREGIE_OVERGEDRAGEN ->
              "De casusregie van casus "
                  + m.casusnummer()
                  + " is aan u overgedragen. Het plan van aanpak en wat er speelt, ziet u in het"
                  + " portaal.";
          case DEELNAME_BEEINDIGD ->
              "Een organisatie heeft het einde van haar betrokkenheid bij casus "
                  + m.casusnummer()
                  + " gemeld. Welke en vanaf wanneer, ziet u op de tijdlijn in het portaal.";
          case CASUSREGISSEUR_NODIG ->
              "Het account van de casusregisseur van casus "
                  + m.casusnummer()
                  + " is gedeactiveerd. Stel in het portaal een nieuwe casusregisseur aan.";
        };
    String tab = m.soort() == Soort.DEELNAME_BEEINDIGD ? "tijdlijn" : "plan";
    return mailer.tekst(List.of(regel), "/casus/dossier.xhtml?id=" + m.casusId() + "&tab=" + tab);
  }
}
