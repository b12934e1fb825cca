package nl.zvh.web.manager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.zvh.regie.cijfers.Cijferdienst;
import nl.zvh.regie.cijfers.Managementcijfers;
import nl.zvh.regie.cijfers.Managementinformatie;

/** The key figures of the last twelve months on the manager's start page, read once a request. */
@Named
@RequestScoped
public class Kerncijfers {

  @Inject private Managementinformatie informatie;

  private Managementcijfers cijfers;

  public Managementcijfers getCijfers() {
    if (cijfers == null) {
      Cijferdienst.Periode periode = informatie.standaardperiode();
      cijfers = informatie.cijfers(periode.van(), periode.tot());
    }
    return cijfers;
  }

  /** The lead time from referral to triage decision. */
  public Managementcijfers.Doorlooptijd getTotTriage() {
    return getCijfers().doorlooptijden().stream()
        .filter(d -> d.soort() == Managementcijfers.Doorloop.AANMELDING_TOT_TRIAGE)
        .findFirst()
        .orElseThrow();
  }

  /** Escalations to the manager still open (with the manager or at bestuur), as rows. */
  public Managementcijfers.Rij getOpenOpschalingen() {
    return getCijfers().opschalingen().stream()
        .filter(r -> r.sleutel().equals(Managementcijfers.Opschalingsstand.OPEN.name()))
        .findFirst()
        .orElseThrow();
  }
}
