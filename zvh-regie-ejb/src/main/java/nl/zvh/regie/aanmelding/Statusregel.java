package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.StatusOvergang;

/** One step in the status history of a referral: when, to which status, by whom and why. */
public record Statusregel(OffsetDateTime tijdstip, CasusStatus status, String door, String reden)
    implements Serializable {

  static Statusregel van(StatusOvergang overgang) {
    return new Statusregel(
        overgang.getTijdstip(),
        overgang.getNaarStatus(),
        overgang.getDoorGebruiker(),
        overgang.getReden());
  }
}
