package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When and where an overleg takes place: a day, a start and end time, and a physical location
 * and/or an online meeting link (digital and/or physical, as the seeds say).
 */
public record Overlegmoment(
    LocalDate datum, LocalTime begin, LocalTime eind, String locatie, String vergaderlink) {

  public static final int MAX_LOCATIE = 200;
  public static final int MAX_LINK = 500;

  public Overlegmoment {
    vereis(datum != null, "datum", "Vul de datum van het overleg in.");
    vereis(begin != null, "begin", "Vul de begintijd in.");
    vereis(eind != null, "eind", "Vul de eindtijd in.");
    vereis(eind.isAfter(begin), "eind", "De eindtijd ligt na de begintijd.");
    locatie = leegIsNull(locatie);
    vergaderlink = leegIsNull(vergaderlink);
    vereis(
        locatie != null || vergaderlink != null,
        "locatie",
        "Vul een locatie of een link naar het online overleg in (of beide).");
    vereis(
        locatie == null || locatie.length() <= MAX_LOCATIE,
        "locatie",
        "Te lang: ten hoogste " + MAX_LOCATIE + " tekens.");
    vereis(
        vergaderlink == null || isVeiligeLink(vergaderlink),
        "vergaderlink",
        "Vul een volledige link in die begint met https:// (ten hoogste " + MAX_LINK + " tekens).");
  }

  private static boolean isVeiligeLink(String link) {
    if (link.length() > MAX_LINK || !link.regionMatches(true, 0, "https://", 0, 8)) {
      return false;
    }
    try {
      return URI.create(link).getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String leegIsNull(String tekst) {
    return tekst == null || tekst.isBlank() ? null : tekst.strip();
  }
}
