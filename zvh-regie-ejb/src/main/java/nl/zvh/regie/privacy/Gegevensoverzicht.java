package nl.zvh.regie.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the ZVH holds about one betrokkene record, and who processed it: the answer to a
 * request for inzage (AVG art. 15), exported as JSON and PDF.
 */
public record Gegevensoverzicht(
    long betrokkeneId,
    String voornamen,
    String achternaam,
    LocalDate geboortedatum,
    String adres,
    String bsn,
    String casusnummer,
    String casusstatus,
    List<String> deelnemendeOrganisaties,
    List<Informatie> informatie,
    List<Verwerkingsspoor> verwerkingen,
    OffsetDateTime opgesteldOp)
    implements Serializable {

  /** An information item about this person or their whole case. */
  public record Informatie(
      String bron, String categorie, boolean bijzonder, String inhoud, OffsetDateTime vastgelegdOp)
      implements Serializable {}

  /** One record of the processing log about this person. */
  public record Verwerkingsspoor(
      OffsetDateTime tijdstip,
      String handeling,
      String gebruiker,
      String namensOrganisatie,
      String activiteit)
      implements Serializable {}
}
