package nl.zvh.regie.casus;

import java.io.Serializable;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;

/** A case in a list: number, status, referrer and how many people; no personal data. */
public record CasusSamenvatting(
    long id, String nummer, CasusStatus status, String aanmelder, int aantalBetrokkenen)
    implements Serializable {

  static CasusSamenvatting van(Casus casus) {
    return new CasusSamenvatting(
        casus.getId(),
        casus.getNummer(),
        casus.getStatus(),
        casus.getAanmeldendeOrganisatie().getNaam(),
        casus.getBetrokkenen().size());
  }
}
