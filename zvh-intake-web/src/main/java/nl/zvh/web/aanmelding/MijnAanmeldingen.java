package nl.zvh.web.aanmelding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.regie.aanmelding.AanmeldingRegel;
import nl.zvh.regie.aanmelding.Aanmeldingen;
import nl.zvh.regie.aanmelding.Lijstvraag;
import nl.zvh.regie.aanmelding.Statusregel;
import nl.zvh.web.gedeeld.Databaselijst;

/**
 * "Mijn aanmeldingen": the referrals of the user's organisation, a page at a time; sorting and
 * filtering happen in the database. The status history of a row opens on request.
 */
@Named
@ViewScoped
public class MijnAanmeldingen implements Serializable {

  @Inject private Aanmeldingen aanmeldingen;

  private CasusStatus status;
  private String zoektekst;
  private String nummer;
  private Databaselijst<AanmeldingRegel, Lijstvraag.Sortering> lijst;

  @PostConstruct
  void maak() {
    lijst =
        new Databaselijst<>(
            Lijstvraag.Sortering.class,
            (eerste, aantal, sortering, oplopend) ->
                aanmeldingen.mijnAanmeldingen(
                    new Lijstvraag(eerste, aantal, sortering, oplopend, status, zoektekst)),
            () ->
                aanmeldingen.telMijnAanmeldingen(
                    new Lijstvraag(0, 1, null, false, status, zoektekst)),
            AanmeldingRegel::casusId);
  }

  /** A number in the address bar (the link in the receipt e-mail) starts as the search. */
  public void laad() {
    if (nummer != null && nummer.matches("ZVH-\\d{4}-\\d{6}")) {
      zoektekst = nummer;
    }
  }

  public List<Statusregel> geschiedenis(long casusId) {
    return aanmeldingen.geschiedenis(casusId);
  }

  public CasusStatus[] getStatussen() {
    return CasusStatus.values();
  }

  public Databaselijst<AanmeldingRegel, Lijstvraag.Sortering> getLijst() {
    return lijst;
  }

  public CasusStatus getStatus() {
    return status;
  }

  public void setStatus(CasusStatus status) {
    this.status = status;
  }

  public String getZoektekst() {
    return zoektekst;
  }

  public void setZoektekst(String zoektekst) {
    this.zoektekst = zoektekst;
  }

  public String getNummer() {
    return nummer;
  }

  public void setNummer(String nummer) {
    this.nummer = nummer;
  }
}
