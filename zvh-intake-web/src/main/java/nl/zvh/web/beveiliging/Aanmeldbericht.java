package nl.zvh.web.beveiliging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import nl.zvh.regie.beveiliging.VorigeAanmelding;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.NederlandseTijd;

/**
 * What the first page after a login tells the user, once: when and from where they last logged in,
 * how many attempts on their name failed since, and when few recovery codes are left.
 */
@Named
@RequestScoped
public class Aanmeldbericht {

  static final String HERSTELCODES_OVER = "zvh.herstelcodesOver";

  /** Fewer recovery codes than this: the user is asked to make new ones. */
  private static final int WEINIG_HERSTELCODES = 3;

  @Inject private HttpServletRequest request;
  @Inject private Berichten berichten;

  private String tekst;
  private boolean waarschuwing;

  /** The message, read from the session and removed there, so it shows on one page only. */
  public String getTekst() {
    if (tekst == null) {
      tekst = "";
      HttpSession sessie = request.getSession(false);
      if (sessie != null) {
        Optional.ofNullable((VorigeAanmelding) sessie.getAttribute(TweedeFactor.VORIGE_AANMELDING))
            .ifPresent(this::vorige);
        Integer over = (Integer) sessie.getAttribute(HERSTELCODES_OVER);
        if (over != null && over < WEINIG_HERSTELCODES) {
          tekst = (tekst + " " + berichten.tekst("aanmelding.herstelcodes.weinig", over)).strip();
          waarschuwing = true;
        }
        sessie.removeAttribute(TweedeFactor.VORIGE_AANMELDING);
        sessie.removeAttribute(HERSTELCODES_OVER);
      }
    }
    return tekst;
  }

  private void vorige(VorigeAanmelding vorige) {
    tekst =
        berichten.tekst(
            "aanmelding.vorige",
            NederlandseTijd.tekst(vorige.tijdstip()),
            vorige.adres() == null ? "-" : vorige.adres());
    if (vorige.mislukteSindsdien() > 0) {
      tekst += " " + berichten.tekst("aanmelding.mislukt", vorige.mislukteSindsdien());
      waarschuwing = true;
    }
  }

  public boolean isWaarschuwing() {
    getTekst();
    return waarschuwing;
  }
}
