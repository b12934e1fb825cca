package nl.zvh.web.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Toegangspunt;
import org.junit.jupiter.api.Test;

/**
 * The privacy pages show every handeling of the catalogue, every action and every access point in
 * words: the bundle has a Dutch description for each, so no code like {@code casus.inzien} reaches
 * the privacy officer.
 */
class VerwerkingsnamenTest {

  private static final Properties TEKSTEN = teksten();

  @Test
  void everyHandelingOfTheCatalogueHasADutchDescription() throws IllegalAccessException {
    Set<String> ontbreekt = new TreeSet<>();
    int gezien = 0;
    for (Field veld : Handeling.class.getFields()) {
      if (Modifier.isStatic(veld.getModifiers()) && veld.getType() == Handeling.class) {
        String operatie = ((Handeling<?>) veld.get(null)).operatie();
        gezien++;
        if (!TEKSTEN.containsKey(Verwerkingsnamen.HANDELING + operatie)) {
          ontbreekt.add(operatie);
        }
      }
    }
    assertTrue(gezien > 30, "the catalogue was read: " + gezien);
    assertEquals(Set.of(), ontbreekt);
  }

  @Test
  void everyActionAndAccessPointHasItsWord() {
    Set<String> ontbreekt = new TreeSet<>();
    Arrays.stream(Actie.values())
        .map(a -> Verwerkingsnamen.ACTIE + a.name())
        .filter(s -> !TEKSTEN.containsKey(s))
        .forEach(ontbreekt::add);
    Arrays.stream(Toegangspunt.values())
        .map(t -> Verwerkingsnamen.TOEGANGSPUNT + t.name())
        .filter(s -> !TEKSTEN.containsKey(s))
        .forEach(ontbreekt::add);
    assertEquals(Set.of(), ontbreekt);
  }

  @Test
  void namesAreListedAsDutchWritesThem() {
    assertEquals("", Verwerkingsnamen.opsomming(List.of(), "en"));
    assertEquals("Politie", Verwerkingsnamen.opsomming(List.of("Politie"), "en"));
    assertEquals("Politie en GGZ", Verwerkingsnamen.opsomming(List.of("Politie", "GGZ"), "en"));
    assertEquals(
        "Politie, GGZ en Veilig Thuis",
        Verwerkingsnamen.opsomming(List.of("Politie", "GGZ", "Veilig Thuis"), "en"));
  }

  private static Properties teksten() {
    Properties teksten = new Properties();
    try (Reader in =
        new InputStreamReader(
            VerwerkingsnamenTest.class.getResourceAsStream("/nl/zvh/web/teksten.properties"),
            StandardCharsets.UTF_8)) {
      teksten.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return teksten;
  }
}
