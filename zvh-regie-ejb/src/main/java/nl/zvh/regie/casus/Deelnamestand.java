package nl.zvh.regie.casus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Where a case stands for a participating partner: its organisation's role, the next planned
 * overleg, and its established actiepunten still open and how many of those are past their date. No
 * personal data: roles, dates and counts.
 *
 * @param overlegId the next planned overleg, or null when none is planned
 */
public record Deelnamestand(
    Deelnemersrol rol,
    Long overlegId,
    LocalDate overlegDatum,
    LocalTime overlegBegin,
    long openActiepunten,
    long teLaatActiepunten)
    implements Serializable {

  static final Deelnamestand DEELNEMER =
      new Deelnamestand(Deelnemersrol.DEELNEMER, null, null, null, 0, 0);
}
