package nl.zvh.regie.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitvraagAdres;

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
      String motivering,
      List<Antwoord> antwoorden)
      implements Serializable {

    public boolean isTeBesluiten() {
      return status == CasusStatus.GEAGENDEERD_VOOR_TRIAGE;
    }
  }

  /**
   * What an organisation asked in an uitvraag answered: the kind of answer, its reason (no
   * information, cannot share), and the information itself when the viewer may see it.
   */
  public record Antwoord(
      String organisatie,
      UitvraagAdres.Antwoord antwoord,
      String toelichting,
      Informatiecategorie categorie,
      String inhoud,
      String bijlage)
      implements Serializable {}
}
