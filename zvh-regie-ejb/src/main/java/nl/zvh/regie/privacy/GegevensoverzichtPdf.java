package nl.zvh.regie.privacy;

import java.time.format.DateTimeFormatter;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.regie.document.Archiefdocument;

/** The overview of a betrokkene as a printable PDF/A document (A4, wrapped lines, page breaks). */
final class GegevensoverzichtPdf {

  static final String TITEL = "Overzicht van gegevens en verwerkingen";

  private static final DateTimeFormatter TIJD =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private GegevensoverzichtPdf() {}

  static byte[] van(Gegevensoverzicht o) {
    Archiefdocument document =
        new Archiefdocument(TITEL)
            .ondertitel("Opgesteld op " + TIJD.format(o.opgesteldOp()))
            .voettekst(TITEL + " – vertrouwelijk, bevat persoonsgegevens")
            .kop("Betrokkene")
            .gegeven("Naam", o.voornamen() + " " + o.achternaam())
            .gegeven("Geboortedatum", DATUM.format(o.geboortedatum()))
            .gegeven("Adres", o.adres() == null ? "-" : o.adres())
            .gegeven("BSN", o.bsn() == null ? "-" : o.bsn())
            .gegeven("Casus", o.casusnummer() + " (" + o.casusstatus() + ")")
            .gegeven("Deelnemende organisaties", String.join(", ", o.deelnemendeOrganisaties()));
    document.kop("Informatie");
    if (o.informatie().isEmpty()) {
      document.alinea("Geen.");
    }
    for (Gegevensoverzicht.Informatie i : o.informatie()) {
      document.opsomming(
          TIJD.format(i.vastgelegdOp())
              + ", "
              + i.bron()
              + ", "
              + i.categorie()
              + (i.bijzonder() ? " (bijzonder persoonsgegeven)" : "")
              + ": "
              + i.inhoud());
    }
    document.kop("Verwerkingen (wie heeft deze gegevens verwerkt)");
    if (o.verwerkingen().isEmpty()) {
      document.alinea("Geen.");
    }
    for (Gegevensoverzicht.Verwerkingsspoor v : o.verwerkingen()) {
      document.opsomming(
          TIJD.format(v.tijdstip())
              + " "
              + v.handeling()
              + " door "
              + v.gebruiker()
              + " namens "
              + v.namensOrganisatie()
              + " ("
              + v.activiteit()
              + ")");
    }
    return document.pdf();
  }
}
