package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.procesregie.Resultaat;

/**
 * What the closing form starts from: the results this case can close with, the casusregisseur who
 * decides with the procesregisseur, a row per betrokkene and leefgebied (with the last score of the
 * overleggen, as a starting point), and the follow-up day the setting proposes.
 */
public record Afsluitformulier(
    long casusId,
    String casusnummer,
    long casusversie,
    List<Resultaat> resultaten,
    String casusregisseur,
    boolean naPlan,
    List<Rij> rijen,
    LocalDate voorgesteldeNazorg)
    implements Serializable {

  /** One row of final scores. */
  public record Rij(
      long betrokkeneId, String betrokkene, Leefgebied leefgebied, Integer laatsteScore)
      implements Serializable {}
}
