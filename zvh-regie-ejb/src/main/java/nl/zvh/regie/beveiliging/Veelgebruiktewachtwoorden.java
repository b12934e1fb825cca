package nl.zvh.regie.beveiliging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The list of common passwords shipped with the portal ({@code veelgebruikte-wachtwoorden.txt}, one
 * per line in lower case, with its source in the header), read once.
 */
final class Veelgebruiktewachtwoorden {

  /** Digits, marks and spaces at the end: {@code welkom2026!} is {@code welkom} with decoration. */
  private static final Pattern VERSIERING_AAN_HET_EIND = Pattern.compile("[\\d\\p{Punct}\\s]+$");

  /** Digits, marks and spaces at the start. */
  private static final Pattern VERSIERING_AAN_HET_BEGIN = Pattern.compile("^[\\d\\p{Punct}\\s]+");

  private static final Set<String> LIJST = lees();

  private Veelgebruiktewachtwoorden() {}

  /**
   * Whether the password, or its core without decoration at either end, is on the list; one
   * character repeated counts as common too.
   */
  static boolean bevat(String wachtwoord) {
    String klein = wachtwoord.strip().toLowerCase(Locale.ROOT);
    String kern =
        VERSIERING_AAN_HET_BEGIN
            .matcher(VERSIERING_AAN_HET_EIND.matcher(klein).replaceAll(""))
            .replaceAll("");
    return LIJST.contains(klein) || LIJST.contains(kern) || klein.chars().distinct().count() == 1;
  }

  private static Set<String> lees() {
    Set<String> lijst = new HashSet<>(64_000);
    try (BufferedReader lezer =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    Veelgebruiktewachtwoorden.class.getResourceAsStream(
                        "veelgebruikte-wachtwoorden.txt")),
                StandardCharsets.UTF_8))) {
      lezer.lines().filter(r -> !r.startsWith("#") && !r.isBlank()).forEach(lijst::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(lijst);
  }
}
