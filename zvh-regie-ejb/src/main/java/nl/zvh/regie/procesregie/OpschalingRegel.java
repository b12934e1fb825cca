package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.procesregie.Opschaling;

/** One escalation in a list: numbers, dates, status and names of professionals; no content. */
public record OpschalingRegel(
    long id,
    String casusnummer,
    Opschaling.Status status,
    OffsetDateTime ingediendOp,
    String ingediendDoor,
    String manager,
    LocalDate antwoordUiterlijk,
    boolean teLaat)
    implements Serializable {

  static OpschalingRegel van(Opschaling o, LocalDate vandaag) {
    return new OpschalingRegel(
        o.getId(),
        o.getCasus().getNummer(),
        o.getStatus(),
        o.getIngediendOp(),
        o.getIngediendDoor().getNaam(),
        o.getManager().getNaam(),
        o.getAntwoordUiterlijk(),
        o.isTeLaat(vandaag));
  }
}
