package nl.zvh.web.aanmelding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Ontvangstbevestiging;

/** The ontvangstbevestiging of a submitted referral, shown at once after submitting. */
@Named
@RequestScoped
public class Bevestiging {

  @Inject private Aanmeldingen aanmeldingen;
  @Inject private FacesContext facesContext;

  private String nummer;
  private Ontvangstbevestiging bevestiging;

  public void laad() throws IOException {
    try {
      bevestiging = aanmeldingen.bevestiging(nummer);
    } catch (GeenToegang e) {
      facesContext.getExternalContext().responseSendError(404, "Niet gevonden");
      facesContext.responseComplete();
    }
  }

  public Ontvangstbevestiging getBevestiging() {
    return bevestiging;
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }
}
