package nl.zvh.regie.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.UitvraagAdres;

/**
 * Where the screening of a referral stands, for the procesregisseur: the version to act on, the
 * contact deadline, what is missing, the uitvragen with each partner's answer, and the timeline.
 */
public record Screeningsstatus(
    long casusId,
    long versie,
    String nummer,
    CasusStatus status,
    LocalDate contactUiterlijk,
    OffsetDateTime contactOpgenomenOp,
    LocalDate triagedatum,
    List<String> ontbreekt,
    List<UitvraagWeergave> uitvragen,
    List<Tijdlijnregel> tijdlijn)
    implements Serializable {

  /** An uitvraag and how each organisation answered it. */
  public record UitvraagWeergave(
      String vraag, String doel, LocalDate beantwoordenVoor, boolean verlopen, List<Adres> adressen)
      implements Serializable {}

  /** One organisation's answer. */
  public record Adres(
      String organisatie, UitvraagAdres.Antwoord antwoord, String toelichting, OffsetDateTime op)
      implements Serializable {}

  /** One event on the timeline: a change of status or another event, with who and why. */
  public record Tijdlijnregel(
      OffsetDateTime tijdstip, String sleutel, String door, String toelichting)
      implements Serializable {}
}
