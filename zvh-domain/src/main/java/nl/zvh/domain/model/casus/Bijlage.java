package nl.zvh.domain.model.casus;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.util.Locale;
import java.util.Map;

/**
 * A file attached to an information item: a document a partner shares in answer to an uitvraag.
 * Only common document and image types, at most 5 MB, with a plain file name.
 */
@Embeddable
public class Bijlage {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The types a partner may attach, by the extension of the file name. */
  public static final Map<String, String> TYPEN =
      Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "txt", "text/plain",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  @Column(name = "bijlage_naam", length = 200)
  private String naam;

  @Column(name = "bijlage_type", length = 100)
  private String mediatype;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "bijlage_inhoud")
  private byte[] inhoud;

  protected Bijlage() {}

  public Bijlage(String bestandsnaam, byte[] inhoud) {
    String naam = verplicht(bestandsnaam, "De bijlage heeft geen naam.");
    naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
    vereis(
        naam.matches("[\\p{L}\\p{N} ._()-]{1,200}") && !naam.startsWith("."),
        "De naam van de bijlage mag alleen letters, cijfers, spaties en . _ ( ) - bevatten.");
    String extensie = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1) : "";
    String type = TYPEN.get(extensie.toLowerCase(Locale.ROOT));
    vereis(
        type != null,
        "Dit soort bestand kan niet worden bijgevoegd (wel: pdf, docx, txt, png, jpg).");
    vereis(inhoud != null && inhoud.length > 0, "De bijlage is leeg.");
    vereis(inhoud.length <= MAX_BYTES, "De bijlage is groter dan 5 MB.");
    this.naam = naam;
    this.mediatype = type;
    this.inhoud = inhoud.clone();
  }

  public String getNaam() {
    return naam;
  }

  public String getMediatype() {
    return mediatype;
  }

  public byte[] getInhoud() {
    return inhoud == null ? null : inhoud.clone();
  }
}
