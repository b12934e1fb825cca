package nl.zvh.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.privacy.Verstrekkingen;

/** The requests for provision the partner's organisation filed, and those about its information. */
@Named
@RequestScoped
public class EigenVerzoeken {

  @Inject private Verstrekkingen verstrekkingen;

  private List<VerzoekTotVerstrekking> lijst;

  public List<VerzoekTotVerstrekking> getLijst() {
    if (lijst == null) {
      lijst = verstrekkingen.vanEigenOrganisatie();
    }
    return lijst;
  }
}
