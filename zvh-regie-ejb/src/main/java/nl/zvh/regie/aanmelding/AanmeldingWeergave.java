package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Aanmelding;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Triagebesluit;

/**
 * A referral as its referrer follows it: the form as submitted, the dates, the history and the
 * triage's decision.
 */
public record AanmeldingWeergave(
    String nummer,
    CasusStatus status,
    OffsetDateTime ingediendOp,
    LocalDate triagedatum,
    LocalDate contactUiterlijk,
    Boolean voldoetAanCriteria,
    String aanvullingsverzoek,
    AanmeldingFormulier formulier,
    List<Statusregel> statusgeschiedenis,
    Triagebesluit.Uitkomst triageuitkomst,
    Triagebesluit.Route triageroute,
    String overlegtafel,
    String triagemotivering)
    implements Serializable {

  public static AanmeldingWeergave van(Casus casus) {
    Aanmelding aanmelding = casus.getAanmelding();
    return new AanmeldingWeergave(
        casus.getNummer(),
        casus.getStatus(),
        aanmelding.getIngediendOp().orElse(null),
        aanmelding.getTriagedatum().orElse(null),
        aanmelding.getContactUiterlijk().orElse(null),
        aanmelding.getVoldoetAanCriteria().orElse(null),
        casus.aanvullingsverzoek().orElse(null),
        AanmeldingFormulier.van(casus),
        casus.getStatusgeschiedenis().stream().map(Statusregel::van).toList(),
        casus.getTriagebesluit().map(Triagebesluit::getUitkomst).orElse(null),
        casus.getTriagebesluit().flatMap(Triagebesluit::getRoute).orElse(null),
        casus.getTriagebesluit().flatMap(Triagebesluit::getOverlegtafel).orElse(null),
        casus.getTriagebesluit().map(Triagebesluit::getMotivering).orElse(null));
  }
}
