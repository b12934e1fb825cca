package nl.zvh.regie.procesregie;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.procesregie.Opschaling;

/**
 * An escalation as written for the manager, with every step: the question, the reason and what was
 * tried; the decision, or the way to bestuur and its outcome. Nothing else of the case.
 */
public record OpschalingWeergave(
    OpschalingRegel regel,
    long versie,
    long casusId,
    String vraag,
    String reden,
    String geprobeerd,
    boolean uitEscalatie,
    String besluit,
    OffsetDateTime beslotenOp,
    String bestuurReden,
    OffsetDateTime naarBestuurOp,
    String bestuurUitkomst,
    LocalDate bestuurBeslotenOp,
    boolean magBesluiten)
    implements Serializable {

  static OpschalingWeergave van(Opschaling o, LocalDate vandaag, boolean magBesluiten) {
    return new OpschalingWeergave(
        OpschalingRegel.van(o, vandaag),
        o.getVersie(),
        o.getCasus().getId(),
        o.getVraag(),
        o.getReden(),
        o.getGeprobeerd(),
        o.getEscalatie().isPresent(),
        o.getBesluit().orElse(null),
        o.getBeslotenOp().orElse(null),
        o.getBestuurReden().orElse(null),
        o.getNaarBestuurOp().orElse(null),
        o.getBestuurUitkomst().orElse(null),
        o.getBestuurBeslotenOp().orElse(null),
        magBesluiten);
  }

  public boolean isOpen() {
    return regel.status() == Opschaling.Status.OPEN;
  }

  public boolean isBijBestuur() {
    return regel.status() == Opschaling.Status.BIJ_BESTUUR;
  }
}
