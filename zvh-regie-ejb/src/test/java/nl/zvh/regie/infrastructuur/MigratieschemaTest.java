package nl.zvh.regie.infrastructuur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule for placing and numbering migrations (README, "Databasemigraties"), on every script of
 * every module: it lies in its own module's folder {@code db/migration/<module>}, its version is
 * the day it was written and a counter ({@code V2026.12.02.1__beschrijving.sql}) or it is one of
 * the ten from before the rule, unchanged; no version occurs twice; and Flyway runs exactly these
 * scripts, in that order. Plain and fast: the source tree and an empty in-memory H2.
 */
class MigratieschemaTest {

  /** V1–V10, from before the rule: each stays where it is, as it is (its checksum when applied). */
  static final Map<String, Oud> VOOR_DE_REGEL =
      Stream.of(
              new Oud("zvh-domain", "V1__basis.sql", -1127914774),
              new Oud("zvh-domain", "V2__deelname_en_informatie.sql", 369278499),
              new Oud("zvh-privacy", "V3__verwerkingenlogboek.sql", -80187635),
              new Oud("zvh-privacy", "V4__verzoek_verstrekking.sql", -107855334),
              new Oud("zvh-privacy", "V5__bewaartermijn.sql", 374323317),
              new Oud("zvh-domain", "V6__aanmelding.sql", -617921537),
              new Oud("zvh-domain", "V7__screening_en_triage.sql", 260867499),
              new Oud("zvh-domain", "V8__uitvraagherinnering.sql", -232291323),
              new Oud("zvh-privacy", "V9__uitvraagherinnering_taak.sql", -1524535311),
              new Oud("zvh-domain", "V10__betrokkene_geboortedatum.sql", 1544291337))
          .collect(Collectors.toMap(Oud::bestand, o -> o, (a, b) -> a, LinkedHashMap::new));

  private static final Pattern NIEUW =
      Pattern.compile(
          "V(\\d{4})\\.(\\d{2})\\.(\\d{2})\\.([1-9]\\d*)__[a-z0-9]+(_[a-z0-9]+)*\\.sql");

  private static final String MAP = "db/migration/";

  /** The day the rule began; an earlier date is a slip of the keyboard. */
  private static final LocalDate REGEL_SINDS = LocalDate.of(2026, 12, 2);

  @Test
  void everyScriptOfEveryModuleFollowsTheRule() throws IOException {
    List<Script> scripts = bronbestanden();

    assertEquals(
        VOOR_DE_REGEL.keySet().stream().sorted().toList(),
        scripts.stream().map(Script::bestand).filter(VOOR_DE_REGEL::containsKey).sorted().toList(),
        "the walk found the ten scripts from before the rule");
    assertEquals(List.of(), overtredingen(scripts, vandaag()));
  }

  @Test
  void flywayRunsExactlyTheseScriptsInVersionOrderAndTheOldOnesUnchanged() throws IOException {
    List<MigrationInfo> gevonden = opgelost(DatabaseMigratie.LOCATIE);

    // What Flyway resolves on the classpath is what lies in the modules' folders: a script in a
    // module the migration cannot see (the web module, say) would never run.
    assertEquals(
        bronbestanden().stream().map(s -> s.pad().substring(MAP.length())).sorted().toList(),
        gevonden.stream().map(MigrationInfo::getScript).sorted().toList());

    List<MigrationVersion> versies = gevonden.stream().map(MigrationInfo::getVersion).toList();
    assertEquals(versies.stream().sorted().toList(), versies, "Flyway runs them by version");
    assertEquals(
        VOOR_DE_REGEL.keySet().stream().toList(),
        gevonden.subList(0, VOOR_DE_REGEL.size()).stream()
            .map(m -> Path.of(m.getScript()).getFileName().toString())
            .toList(),
        "the ten from before the rule run first, as before");

    Map<String, Integer> checksums = new TreeMap<>();
    gevonden.stream()
        .filter(m -> VOOR_DE_REGEL.containsKey(Path.of(m.getScript()).getFileName().toString()))
        .forEach(
            m -> checksums.put(Path.of(m.getScript()).getFileName().toString(), m.getChecksum()));
    Map<String, Integer> verwacht = new TreeMap<>();
    VOOR_DE_REGEL.values().forEach(o -> verwacht.put(o.bestand(), o.checksum()));
    assertEquals(
        verwacht,
        checksums,
        "an applied migration is never changed: existing databases would refuse to start");
  }

  /**
   * The ordering the rule promises, by Flyway's own scanning and comparison: scripts written under
   * the rule, in either module, come after V10, by day and then by counter (10 after 9, not as
   * text), and on a database of today's release (V10) they are pending, not refused as out of
   * order. The examples are dated before the rule, so no real script can share their version.
   */
  @Test
  void scriptsWrittenUnderTheRuleRunAfterV10ByDayAndCounter(@TempDir Path tijdelijk)
      throws IOException {
    Path privacy = Files.createDirectories(tijdelijk.resolve("privacy"));
    Path domain = Files.createDirectories(tijdelijk.resolve("domain"));
    Files.writeString(privacy.resolve("V2026.12.01.10__voorbeeld.sql"), "select 1;\n");
    Files.writeString(domain.resolve("V2026.12.01.9__voorbeeld.sql"), "select 1;\n");
    Files.writeString(privacy.resolve("V2026.11.30.1__voorbeeld.sql"), "select 1;\n");
    String voorbeelden = "filesystem:" + tijdelijk;
    List<String> echt = versies(opgelost(DatabaseMigratie.LOCATIE));

    List<String> verwacht = new ArrayList<>(echt.subList(0, VOOR_DE_REGEL.size()));
    verwacht.addAll(List.of("2026.11.30.1", "2026.12.01.9", "2026.12.01.10"));
    verwacht.addAll(echt.subList(VOOR_DE_REGEL.size(), echt.size()));
    assertEquals(verwacht, versies(opgelost(DatabaseMigratie.LOCATIE, voorbeelden)));

    JdbcDataSource h2 = h2();
    DatabaseMigratie.configuratie(getClass().getClassLoader())
        .dataSource(h2)
        .target("10")
        .load()
        .migrate();
    Map<MigrationState, Long> toestanden =
        Arrays.stream(
                DatabaseMigratie.configuratie(getClass().getClassLoader())
                    .locations(DatabaseMigratie.LOCATIE, voorbeelden)
                    .dataSource(h2)
                    .load()
                    .info()
                    .all())
            .filter(m -> m.getVersion() != null)
            .collect(
                Collectors.groupingBy(
                    MigrationInfo::getState, TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.of(
            MigrationState.SUCCESS,
            (long) VOOR_DE_REGEL.size(),
            MigrationState.PENDING,
            (long) verwacht.size() - VOOR_DE_REGEL.size()),
        toestanden);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "zvh-domain,  db/migration/domain/V2026.12.02.1__casus_index.sql",
    "zvh-privacy, db/migration/privacy/V2026.12.02.2__logboek_index.sql",
    "zvh-privacy, db/migration/privacy/V2026.12.02.10__nog_een.sql",
    "zvh-regie-ejb, db/migration/regie-ejb/V2026.12.02.3__iets_van_regie.sql",
  })
  void theRuleAcceptsAScriptInItsModulesFolderNamedAfterTheDay(String module, String pad) {
    assertEquals(
        List.of(), overtredingen(List.of(new Script(module, pad)), LocalDate.of(2026, 12, 2)));
  }

  @ParameterizedTest(name = "{2}: {0} {1}")
  @CsvSource({
    "zvh-domain,  db/migration/domain/V11__volgende.sql,              regel",
    "zvh-domain,  db/migration/domain/V10.1__tussendoor.sql,          regel",
    "zvh-domain,  db/migration/domain/V2026.12.2.1__maand_en_dag.sql, regel",
    "zvh-domain,  db/migration/domain/V2026.02.30.1__geen_datum.sql,  geen bestaande dag",
    "zvh-domain,  db/migration/domain/V2026.12.09.1__toekomst.sql,    na vandaag",
    "zvh-domain,  db/migration/domain/V2025.12.02.1__vorig_jaar.sql,  vóór de regel",
    "zvh-domain,  db/migration/domain/V2026.12.02.0__nul.sql,         regel",
    "zvh-domain,  db/migration/domain/V2026.12.02.1_een_streep.sql,   regel",
    "zvh-domain,  db/migration/domain/V2026.12.02.1__Hoofdletter.sql, regel",
    "zvh-domain,  db/migration/domain/R__herhaalbaar.sql,             regel",
    "zvh-domain,  db/migration/V2026.12.02.1__oude_plek.sql,          db/migration/domain/",
    "zvh-domain,  db/migration/privacy/V2026.12.02.1__andere_map.sql, db/migration/domain/",
    "zvh-domain,  db/migration/domain/sub/V2026.12.02.1__dieper.sql,  db/migration/domain/",
    "zvh-domain,  db/data/V2026.12.02.1__elders.sql,                  db/migration/domain/",
    "zvh-domain,  db/migration/domain/V3__verwerkingenlogboek.sql,    zvh-privacy",
    "zvh-domain,  db/migration/domain/LEESMIJ.txt,                    regel",
  })
  void theRuleRejects(String module, String pad, String melding) {
    List<String> fouten =
        overtredingen(List.of(new Script(module, pad)), LocalDate.of(2026, 12, 2));

    assertEquals(1, fouten.size(), () -> fouten.toString());
    assertTrue(fouten.get(0).contains(melding), fouten.get(0));
  }

  @Test
  void theRuleRejectsTheSameVersionInTwoModules() {
    List<String> fouten =
        overtredingen(
            List.of(
                new Script("zvh-domain", "db/migration/domain/V2026.12.02.1__casus.sql"),
                new Script("zvh-privacy", "db/migration/privacy/V2026.12.02.1__logboek.sql")),
            LocalDate.of(2026, 12, 2));

    assertEquals(1, fouten.size(), () -> fouten.toString());
    assertTrue(fouten.get(0).contains("V2026.12.02.1__casus.sql"), fouten.get(0));
    assertTrue(fouten.get(0).contains("V2026.12.02.1__logboek.sql"), fouten.get(0));
  }

  /** One file under a module's {@code src/main/resources/db}; its path relative to resources. */
  record Script(String module, String pad) {

    String bestand() {
      return pad.substring(pad.lastIndexOf('/') + 1);
    }

    /** {@code zvh-privacy} owns {@code db/migration/privacy/}. */
    String map() {
      return MAP + module.replaceFirst("^zvh-", "") + "/";
    }
  }

  record Oud(String module, String bestand, int checksum) {

    /** Where the script lies on the classpath now: its module's folder. */
    String resource() {
      return MAP + module.substring("zvh-".length()) + "/" + bestand;
    }
  }

  /** Everything that breaks the rule, one sentence each (Dutch, as a developer reads it). */
  static List<String> overtredingen(List<Script> scripts, LocalDate vandaag) {
    List<String> fouten = new ArrayList<>();
    Map<MigrationVersion, List<Script>> perVersie = new TreeMap<>();
    for (Script s : scripts) {
      String fout = overtreding(s, vandaag);
      if (fout != null) {
        fouten.add(s.module() + ": " + s.pad() + " – " + fout);
      } else {
        String naam = s.bestand();
        perVersie
            .computeIfAbsent(
                MigrationVersion.fromVersion(naam.substring(1, naam.indexOf("__"))),
                v -> new ArrayList<>())
            .add(s);
      }
    }
    perVersie.forEach(
        (versie, metDezeVersie) -> {
          if (metDezeVersie.size() > 1) {
            fouten.add(
                "versie "
                    + versie
                    + " komt meer dan eens voor: "
                    + metDezeVersie.stream()
                        .map(s -> s.module() + "/" + s.pad())
                        .collect(Collectors.joining(", "))
                    + " – tel de dag verder op");
          }
        });
    return fouten;
  }

  private static String overtreding(Script s, LocalDate vandaag) {
    String naam = s.bestand();
    if (!s.pad().equals(s.map() + naam)) {
      return "hoort direct in " + s.map() + " van " + s.module();
    }
    Oud oud = VOOR_DE_REGEL.get(naam);
    if (oud != null) {
      return oud.module().equals(s.module())
          ? null
          : "van voor de regel; blijft in " + oud.module();
    }
    Matcher m = NIEUW.matcher(naam);
    if (!m.matches()) {
      return "volgt de regel niet: V<jjjj>.<mm>.<dd>.<n>__<beschrijving>.sql"
          + " (kleine letters, cijfers, _), bijvoorbeeld V"
          + vandaag.toString().replace('-', '.')
          + ".1__casus_index.sql";
    }
    LocalDate dag;
    try {
      dag =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return "geen bestaande dag";
    }
    if (dag.isBefore(REGEL_SINDS)) {
      return "dag " + dag + " ligt vóór de regel (" + REGEL_SINDS + ")";
    }
    // A day ahead would sort after scripts written later; one day of slack for time zones.
    if (dag.isAfter(vandaag.plusDays(1))) {
      return "dag " + dag + " ligt na vandaag";
    }
    return null;
  }

  /** Every file under {@code src/main/resources/db} of every module of the project. */
  private static List<Script> bronbestanden() throws IOException {
    // Surefire runs in the module's folder; the project is its parent.
    Path project = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isDirectory(project.resolve("zvh-domain")), project + " is the project");
    List<Script> scripts = new ArrayList<>();
    try (Stream<Path> modules = Files.list(project)) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        Path resources = module.resolve("src/main/resources");
        Path db = resources.resolve("db");
        if (!Files.isDirectory(db)) {
          continue;
        }
        try (Stream<Path> bestanden = Files.walk(db)) {
          bestanden
              .filter(Files::isRegularFile)
              .sorted(Comparator.naturalOrder())
              .forEach(
                  b ->
                      scripts.add(
                          new Script(
                              module.getFileName().toString(),
                              resources.relativize(b).toString().replace('\\', '/'))));
        }
      }
    }
    return scripts;
  }

  private static List<String> versies(List<MigrationInfo> migraties) {
    return migraties.stream().map(m -> m.getVersion().getVersion()).toList();
  }

  /** What Flyway resolves at these locations, as the portal configures it, in its order. */
  private List<MigrationInfo> opgelost(String... locaties) {
    return Arrays.asList(
        DatabaseMigratie.configuratie(getClass().getClassLoader())
            .locations(locaties)
            .dataSource(h2())
            .load()
            .info()
            .all());
  }

  private static JdbcDataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migratieschema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("zvh");
    return h2;
  }

  private static LocalDate vandaag() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
