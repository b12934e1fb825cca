package nl.zvh.web.manager;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words of the figures, for the page, the charts and the CSV alike: the keys the service
 * returns (enum names) as texts of the bundle, a month in Dutch. An organisation's name is shown as
 * it is.
 */
final class Cijferteksten {

  static final String UITKOMST = "triage.uitkomst.";
  static final String ROUTE = "triage.route.";
  static final String DOORLOOP = "cijfers.doorloop.";
  static final String ESCALATIE = "cijfers.escalatie.";
  static final String OPSCHALING = "cijfers.opschaling.";
  static final String RESULTAAT = "cijfers.resultaat.";

  private static final DateTimeFormatter MAAND =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

  private Cijferteksten() {}

  /** "januari 2061". */
  static String maand(YearMonth maand) {
    return MAAND.format(maand);
  }

  /** The text of a key under its prefix. */
  static String van(String voorvoegsel, String sleutel, Function<String, String> tekst) {
    return tekst.apply(voorvoegsel + sleutel);
  }
}
