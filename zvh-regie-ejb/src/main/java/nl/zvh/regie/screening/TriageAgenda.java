package nl.zvh.regie.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Triagebesluit;

/** The agenda of one triage: who takes part and the referrals in order, with any decision. */
public record TriageAgenda(LocalDate datum, long versie, List<String> deelnemers, List<Punt> punten)
    implements Serializable {

  /** One referral on the agenda. */
  public record Punt(
      long casusId,
      long casusVersie,
      String nummer,
      CasusStatus status,
      String aanmelder,
      String betrokkenen,
      Boolean voldoetAanCriteria,
      Triagebesluit.Uitkomst uitkomst,
      Triagebesluit.Route route,
      String overlegtafel,
      String motivering)
      implements Serializable {

    public boolean isTeBesluiten() {
      return status == CasusStatus.GEAGENDEERD_VOOR_TRIAGE;
    }
  }
}
