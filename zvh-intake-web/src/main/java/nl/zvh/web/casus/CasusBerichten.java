package nl.zvh.web.casus;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.domain.model.bericht.Bericht;
import nl.zvh.regie.bericht.Berichtenverkeer;
import nl.zvh.regie.bericht.Draad;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The tab "Berichten" of the case workspace: the case's message thread, newest last, read (and so
 * marked read) when the tab shows, with the form to send a message or a correction of one's own.
 * The text typed stays in the form when the message is refused.
 */
@Named
@ViewScoped
public class CasusBerichten implements Serializable {

  @Inject private Berichtenverkeer verkeer;
  @Inject private Dossier dossier;
  @Inject private Berichten berichten;

  private Draad draad;
  private int pagina;
  private String tekst;

  /** The id of the user's own message that the form corrects; null for a new message. */
  private Long corrigeert;

  public Draad getDraad() {
    if (draad == null) {
      draad = verkeer.lees(dossier.getDossier().id(), pagina);
    }
    return draad;
  }

  public void verstuur() {
    long casusId = dossier.getDossier().id();
    if (berichten.voerUit(
        () -> verkeer.verstuur(casusId, tekst, corrigeert), "bericht.verstuurd", "bericht")) {
      tekst = null;
      corrigeert = null;
      pagina = 0;
      draad = null;
    }
  }

  public void ouder() {
    pagina++;
    draad = null;
  }

  public void nieuwer() {
    pagina = Math.max(0, pagina - 1);
    draad = null;
  }

  public void corrigeer(long berichtId) {
    corrigeert = berichtId;
  }

  public void annuleerCorrectie() {
    corrigeert = null;
  }

  /** The message the form corrects, as the thread shows it; null when it is not on this page. */
  public Draad.Regel getTeCorrigeren() {
    if (corrigeert == null) {
      return null;
    }
    return getDraad().berichten().stream()
        .filter(r -> r.id() == corrigeert)
        .findFirst()
        .orElse(null);
  }

  public String getTekst() {
    return tekst;
  }

  public void setTekst(String tekst) {
    this.tekst = tekst;
  }

  public Long getCorrigeert() {
    return corrigeert;
  }

  public int getMaximum() {
    return Bericht.MAX_TEKST;
  }
}
