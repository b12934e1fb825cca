package nl.zvh.domain.model.gedeeld;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A Dutch postal address. */
@Embeddable
public class Adres {

  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

  @Column(length = 200)
  private String straat;

  @Column(length = 20)
  private String huisnummer;

  @Column(length = 6)
  private String postcode;

  @Column(length = 100)
  private String woonplaats;

  protected Adres() {}

  public Adres(String straat, String huisnummer, String postcode, String woonplaats) {
    this.straat = verplicht(straat, "De straat is verplicht.");
    this.huisnummer = verplicht(huisnummer, "Het huisnummer is verplicht.");
    String code =
        verplicht(postcode, "De postcode is verplicht.").replace(" ", "").toUpperCase(Locale.ROOT);
    vereis(POSTCODE.matcher(code).matches(), "De postcode is ongeldig (bijvoorbeeld 1234 AB).");
    this.postcode = code;
    this.woonplaats = verplicht(woonplaats, "De woonplaats is verplicht.");
  }

  /**
   * An address as a form gives it: none when all four parts are empty (a person without a fixed
   * address), otherwise every part is required.
   */
  public static Adres uitInvoer(
      String straat, String huisnummer, String postcode, String woonplaats) {
    boolean leeg =
        Stream.of(straat, huisnummer, postcode, woonplaats).allMatch(d -> d == null || d.isBlank());
    return leeg ? null : new Adres(straat, huisnummer, postcode, woonplaats);
  }

  /** One line, as on an envelope: "Dorpsstraat 1a, 1234AB Alkmaar". */
  public String alsTekst() {
    return straat + " " + huisnummer + ", " + postcode + " " + woonplaats;
  }

  public String getStraat() {
    return straat;
  }

  public String getHuisnummer() {
    return huisnummer;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getWoonplaats() {
    return woonplaats;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Adres a
        && Objects.equals(straat, a.straat)
        && Objects.equals(huisnummer, a.huisnummer)
        && Objects.equals(postcode, a.postcode)
        && Objects.equals(woonplaats, a.woonplaats);
  }

  @Override
  public int hashCode() {
    return Objects.hash(straat, huisnummer, postcode, woonplaats);
  }
}
