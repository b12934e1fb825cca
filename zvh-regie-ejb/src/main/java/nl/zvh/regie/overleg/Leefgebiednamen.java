package nl.zvh.regie.overleg;

import nl.zvh.domain.model.casus.Leefgebied;

/**
 * The Dutch name of each leefgebied, for the documents regie makes itself (the verslag as PDF);
 * pages take theirs from the web bundle ({@code leefgebied.*}), which says the same. A new
 * leefgebied does not compile until it is named here.
 */
public final class Leefgebiednamen {

  private Leefgebiednamen() {}

  public static String naam(Leefgebied leefgebied) {
    return switch (leefgebied) {
      case FINANCIEN -> "Financiën";
      case WERK_EN_OPLEIDING -> "Werk en opleiding";
      case TIJDSBESTEDING -> "Tijdsbesteding";
      case HUISVESTING -> "Huisvesting";
      case HUISELIJKE_RELATIES -> "Huiselijke relaties";
      case GEESTELIJKE_GEZONDHEID -> "Geestelijke gezondheid";
      case LICHAMELIJKE_GEZONDHEID -> "Lichamelijke gezondheid";
      case MIDDELENGEBRUIK -> "Middelengebruik";
      case BASALE_ADL -> "Basale ADL";
      case INSTRUMENTELE_ADL -> "Instrumentele ADL";
      case SOCIAAL_NETWERK -> "Sociaal netwerk";
      case MAATSCHAPPELIJKE_PARTICIPATIE -> "Maatschappelijke participatie";
      case JUSTITIE -> "Justitie";
    };
  }
}
