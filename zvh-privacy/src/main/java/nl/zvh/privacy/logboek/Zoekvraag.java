package nl.zvh.privacy.logboek;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A search of the log; every criterion is optional. {@code betrokkenen} are internal ids (one
 * person may have a record in several cases); {@code null} means any betrokkene, an empty list
 * means none. Dates are whole days (UTC).
 */
public record Zoekvraag(
    List<Long> betrokkenen,
    String gebruiker,
    Long organisatieId,
    String activiteitId,
    LocalDate vanaf,
    LocalDate totEnMet)
    implements Serializable {

  public Zoekvraag {
    betrokkenen = betrokkenen == null ? null : List.copyOf(betrokkenen);
  }
}
