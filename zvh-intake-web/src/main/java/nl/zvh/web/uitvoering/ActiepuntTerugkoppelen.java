package nl.zvh.web.uitvoering;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.uitvoering.ActiepuntWeergave;
import nl.zvh.regie.uitvoering.Uitvoering;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The page of one actiepunt ({@code ?id=}): what, whose, by when, where it stands, and every report
 * on it. The owning organisation reports back (progress, done, or "lukt niet" with the reason); the
 * casusregisseur and the procesregisseur remind the owner. An actiepunt the user may not see is not
 * found (404). A refused report keeps what was typed.
 */
@Named
@ViewScoped
public class ActiepuntTerugkoppelen implements Serializable {

  @Inject private Uitvoering uitvoering;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private String id;
  private ActiepuntWeergave actiepunt;
  private Terugkoppeling.Soort soort;
  private String tekst;

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    if (!Adres.isId(id)) {
      nietGevonden();
      return;
    }
    try {
      actiepunt = uitvoering.actiepunt(Long.parseLong(id));
    } catch (GeenToegang e) {
      nietGevonden();
    }
  }

  public void koppelTerug() {
    if (berichten.voerUit(
        () -> uitvoering.koppelTerug(actiepunt.id(), actiepunt.versie(), soort, tekst),
        "terugkoppeling.bewaard",
        "terugkoppeling")) {
      soort = null;
      tekst = null;
      actiepunt = uitvoering.actiepunt(actiepunt.id());
    }
  }

  public void herinner() {
    if (berichten.voerUit(() -> uitvoering.herinner(actiepunt.id()), "uitvoering.herinnerd")) {
      actiepunt = uitvoering.actiepunt(actiepunt.id());
    }
  }

  /** Reloads what a conflict or a refusal left behind, keeping what was typed. */
  public void herlaad() {
    actiepunt = uitvoering.actiepunt(actiepunt.id());
  }

  private void nietGevonden() {
    facesContext.getExternalContext().setResponseStatus(404);
  }

  public Terugkoppeling.Soort[] getSoorten() {
    return Terugkoppeling.Soort.values();
  }

  public ActiepuntWeergave getActiepunt() {
    return actiepunt;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Terugkoppeling.Soort getSoort() {
    return soort;
  }

  public void setSoort(Terugkoppeling.Soort soort) {
    this.soort = soort;
  }

  public String getTekst() {
    return tekst;
  }

  public void setTekst(String tekst) {
    this.tekst = tekst;
  }
}
