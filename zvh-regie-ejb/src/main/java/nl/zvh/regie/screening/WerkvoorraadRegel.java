package nl.zvh.regie.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.CasusStatus;

/** A referral in the procesregisseur's work queue; no personal data of the betrokkene. */
public record WerkvoorraadRegel(
    long casusId,
    String nummer,
    CasusStatus status,
    String aanmelder,
    OffsetDateTime ingediendOp,
    LocalDate contactUiterlijk,
    Termijnsignaal contact,
    LocalDate triagedatum,
    boolean bekend,
    boolean compleet,
    int openUitvragen,
    int verlopenUitvragen)
    implements Serializable {

  /** How the 5-working-day contact deadline stands. */
  public enum Termijnsignaal {
    GEHAALD,
    OP_TIJD,
    BIJNA,
    VERLOPEN
  }
}
