package nl.zvh.web.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.regie.overleg.Zrmverloop;
import nl.zvh.regie.overleg.Zrmverloop.Meting;
import nl.zvh.regie.overleg.Zrmverloop.Persoon;
import nl.zvh.regie.overleg.Zrmverloop.Reeks;
import nl.zvh.web.gedeeld.Berichten;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration of the ZRM chart, read back as JSON. */
class ZrmgrafiekTest {

  private static final ResourceBundle BUNDEL =
      ResourceBundle.getBundle(Berichten.BUNDEL, Locale.forLanguageTag("nl"));
  private static final Function<String, String> TEKST = BUNDEL::getString;

  private static final Zrmverloop VERLOOP =
      new Zrmverloop(
          List.of(
              new Meting(1, LocalDate.of(2026, 12, 7)),
              new Meting(2, LocalDate.of(2027, 1, 4)),
              new Meting(3, LocalDate.of(2027, 2, 1))),
          List.of(
              new Persoon(
                  101,
                  "Piet Smit",
                  List.of(
                      new Reeks(Leefgebied.FINANCIEN, Arrays.asList(2, null, 3), 4),
                      new Reeks(Leefgebied.JUSTITIE, Arrays.asList(1, 2, 2), null))),
              new Persoon(
                  102,
                  "Sanne Smit",
                  List.of(new Reeks(Leefgebied.HUISVESTING, Arrays.asList(null, null, 4), 5)))));

  private final ObjectMapper json = new ObjectMapper();

  private JsonNode grafiek(int persoon) throws Exception {
    return json.readTree(Zrmgrafiek.json(VERLOOP, VERLOOP.personen().get(persoon), TEKST));
  }

  @Test
  void theMetingenAreTheXAxisAsTheTableHeadsThem() throws Exception {
    JsonNode grafiek = grafiek(0);

    assertEquals("line", grafiek.path("type").asText());
    assertEquals(
        List.of("ICO 07-12-2026", "Vervolg-ICO 2 04-01-2027", "Vervolg-ICO 3 01-02-2027"),
        teksten(grafiek.path("data").path("labels")));
    assertEquals(
        "Overleg (datum)",
        grafiek.at("/options/scales/x/title/text").asText(),
        "the title of the x-axis from the bundle");
  }

  @Test
  void oneLinePerLeefgebiedInDutchWithGapsWhereNoScoreWasGiven() throws Exception {
    JsonNode datasets = grafiek(0).path("data").path("datasets");

    assertEquals(2, datasets.size());
    assertEquals("Financiën", datasets.get(0).path("label").asText());
    assertEquals("Justitie", datasets.get(1).path("label").asText());
    JsonNode financien = datasets.get(0).path("data");
    assertEquals(3, financien.size(), "one value per meting");
    assertEquals(2, financien.get(0).asInt());
    assertTrue(financien.get(1).isNull(), "no score at the second meting: null, a gap");
    assertEquals(3, financien.get(2).asInt());
    for (JsonNode lijn : datasets) {
      assertTrue(lijn.has("spanGaps"), lijn.toString());
      assertFalse(lijn.path("spanGaps").asBoolean(true), "a gap is not bridged");
    }

    JsonNode huisvesting = grafiek(1).path("data").path("datasets").get(0).path("data");
    assertTrue(huisvesting.get(0).isNull() && huisvesting.get(1).isNull());
    assertEquals(4, huisvesting.get(2).asInt());
  }

  @Test
  void theScoreAxisRunsFromOneToFiveInWholeSteps() throws Exception {
    JsonNode y = grafiek(0).at("/options/scales/y");

    assertEquals("linear", y.path("type").asText());

    assertEquals(1, y.path("min").asInt());
    assertEquals(5, y.path("max").asInt());
    assertEquals(1, y.at("/ticks/stepSize").asInt());
    assertTrue(y.at("/title/display").asBoolean());
    assertFalse(y.at("/title/text").asText().isBlank());
  }

  @Test
  void theChartFitsItsBoxAndDoesNotAnimate() throws Exception {
    JsonNode opties = grafiek(0).path("options");

    assertTrue(opties.path("responsive").asBoolean());
    assertTrue(opties.has("maintainAspectRatio"));
    assertFalse(opties.path("maintainAspectRatio").asBoolean(true), "the CSS sets the height");
    assertTrue(opties.has("animation"));
    assertFalse(opties.path("animation").asBoolean(true));
    for (JsonNode lijn : grafiek(0).at("/data/datasets")) {
      assertTrue(lijn.has("clip") && !lijn.path("clip").asBoolean(true), "points on 1 and 5 whole");
    }
  }

  @Test
  void colourIsNotTheOnlyCueAndALeefgebiedLooksTheSameInEveryChart() throws Exception {
    JsonNode datasets = grafiek(0).path("data").path("datasets");
    JsonNode financien = datasets.get(0);
    JsonNode justitie = datasets.get(1);

    assertFalse(
        financien.path("borderColor").asText().equals(justitie.path("borderColor").asText()));
    assertFalse(financien.path("pointStyle").equals(justitie.path("pointStyle")));
    assertFalse(financien.path("pointStyle").equals(huisvestingVorm()));
    assertFalse(financien.has("borderDash") || justitie.has("borderDash"), "solid");
    JsonNode huisvesting = grafiek(1).at("/data/datasets/0");
    assertEquals(List.of(6, 4), getallen(huisvesting.path("borderDash")), "every other: dashed");
    assertFalse(huisvesting.path("borderColor").equals(financien.path("borderColor")));
    assertTrue(grafiek(0).at("/options/plugins/legend/labels/usePointStyle").asBoolean());
    assertEquals("circle", financien.path("pointStyle").asText());

    JsonNode ookFinancien =
        json.readTree(
                Zrmgrafiek.json(
                    VERLOOP,
                    new Persoon(
                        103,
                        "Kees",
                        List.of(new Reeks(Leefgebied.FINANCIEN, Arrays.asList(1, 1, 1), null))),
                    TEKST))
            .at("/data/datasets/0");
    assertEquals(financien.path("borderColor"), ookFinancien.path("borderColor"));
    assertEquals(financien.path("pointStyle"), ookFinancien.path("pointStyle"));
  }

  private JsonNode huisvestingVorm() throws Exception {
    return grafiek(1).at("/data/datasets/0/pointStyle");
  }

  @Test
  void theChartNamesNoPerson() {
    String grafiek = Zrmgrafiek.json(VERLOOP, VERLOOP.personen().get(0), TEKST);

    assertFalse(grafiek.contains("Piet") || grafiek.contains("Smit"), grafiek);
  }

  @Test
  void everyLeefgebiedHasItsOwnColourWithContrastOnWhite() {
    assertEquals(Leefgebied.values().length, Zrmgrafiek.KLEUREN.size());
    assertEquals(Zrmgrafiek.KLEUREN.size(), new HashSet<>(Zrmgrafiek.KLEUREN).size());
    for (String kleur : Zrmgrafiek.KLEUREN) {
      double contrast = 1.05 / (luminantie(kleur) + 0.05);
      assertTrue(contrast >= 3.0, kleur + " has " + contrast + ":1 on white");
    }
    Set<Object> vormen = new HashSet<>(Zrmgrafiek.PUNTVORMEN);
    assertEquals(Zrmgrafiek.PUNTVORMEN.size(), vormen.size());
  }

  /** Relative luminance (WCAG 2.1) of a colour #rrggbb. */
  private static double luminantie(String kleur) {
    double[] kanalen = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(kleur.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      kanalen[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * kanalen[0] + 0.7152 * kanalen[1] + 0.0722 * kanalen[2];
  }

  private static List<String> teksten(JsonNode lijst) {
    List<String> uit = new ArrayList<>();
    lijst.forEach(n -> uit.add(n.asText()));
    return uit;
  }

  private static List<Integer> getallen(JsonNode lijst) {
    List<Integer> uit = new ArrayList<>();
    lijst.forEach(n -> uit.add(n.asInt()));
    return uit;
  }
}
