package nl.zvh.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.zvh.regie.cijfers.Cel;
import org.junit.jupiter.api.Test;

/** A bar chart of counts: a count shown as "&lt; 5" has no bar, so the chart cannot tell it. */
class CijfergrafiekTest {

  @Test
  void aSmallCountHasNoBar() throws Exception {
    JsonNode grafiek =
        new ObjectMapper()
            .readTree(
                Cijfergrafiek.staaf(
                    List.of("januari", "februari", "maart"),
                    List.of(Cel.aantal(6), Cel.aantal(3), Cel.aantal(0)),
                    "Aanmeldingen",
                    "Aantal"));
    assertEquals("bar", grafiek.get("type").asText());
    assertEquals(
        List.of("januari", "februari", "maart"),
        List.of(
            grafiek.at("/data/labels/0").asText(),
            grafiek.at("/data/labels/1").asText(),
            grafiek.at("/data/labels/2").asText()));
    JsonNode data = grafiek.at("/data/datasets/0/data");
    assertEquals(6, data.get(0).asInt());
    assertTrue(data.get(1).isNull(), "no bar for < 5: " + data);
    assertEquals(0, data.get(2).asInt());
    assertEquals(Cijfergrafiek.KLEUR, grafiek.at("/data/datasets/0/backgroundColor").asText());
  }
}
