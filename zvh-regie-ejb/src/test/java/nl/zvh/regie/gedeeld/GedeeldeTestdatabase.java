package nl.zvh.regie.gedeeld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import nl.zvh.domain.testdatabase.TestDatabase;

/**
 * One database of each kind for the query tests of this module, started on first use and stopped
 * when the test JVM ends: starting and migrating PostgreSQL per test class would cost more than the
 * tests. A test using it adds data of its own (its own names and numbers) and never counts on being
 * alone.
 */
public final class GedeeldeTestdatabase {

  private static final Map<TestDatabase.Soort, TestDatabase> DATABASES =
      new EnumMap<>(TestDatabase.Soort.class);

  private GedeeldeTestdatabase() {}

  public static synchronized TestDatabase van(TestDatabase.Soort soort) {
    return DATABASES.computeIfAbsent(
        soort,
        s -> {
          TestDatabase database = TestDatabase.start(s);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> sluit(database)));
          return database;
        });
  }

  private static void sluit(TestDatabase database) {
    try {
      database.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
