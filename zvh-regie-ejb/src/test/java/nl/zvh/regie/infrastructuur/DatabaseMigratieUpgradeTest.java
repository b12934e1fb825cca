package nl.zvh.regie.infrastructuur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.zvh.domain.testdatabase.TestDatabase.Soort;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database made by the release before the module folders migrates under today's configuration, on
 * H2 and on PostgreSQL. That release ran V1–V10 from one flat folder; the test lays the same
 * scripts out that way again. They are byte for byte the scripts of then: {@link
 * MigratieschemaTest} pins each one's checksum as applied in existing databases.
 */
class DatabaseMigratieUpgradeTest {

  private static final String HISTORIE =
      "select \"installed_rank\", \"version\", \"description\", \"type\", \"script\","
          + " \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\""
          + " from \"flyway_schema_history\" order by \"installed_rank\"";

  @ParameterizedTest
  @EnumSource(Soort.class)
  void aDatabaseOfThePreviousReleaseValidatesAndMigratesWithItsHistoryUntouched(
      Soort soort, @TempDir Path vorigeRelease) throws Exception {
    legPlatNeer(vorigeRelease);
    try (LegeDatabase db = LegeDatabase.start(soort)) {
      MigrateResult toen =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(db.dataSource())
              .locations("filesystem:" + vorigeRelease)
              .load()
              .migrate();
      assertEquals(10, toen.migrationsExecuted);
      List<String> historieToen = historie(db.dataSource());

      Flyway nu =
          DatabaseMigratie.configuratie(getClass().getClassLoader())
              .dataSource(db.dataSource())
              .load();
      // What that release applied validates unchanged; the scripts written since are pending.
      ValidateResult validatie =
          DatabaseMigratie.configuratie(getClass().getClassLoader())
              .dataSource(db.dataSource())
              .ignoreMigrationPatterns("*:pending")
              .load()
              .validateWithResult();
      assertTrue(validatie.validationSuccessful, validatie::getAllErrorMessages);
      int nieuw = nu.info().pending().length;
      MigrateResult migratie = nu.migrate();
      assertEquals(nieuw, migratie.migrationsExecuted, "only the scripts written since run");
      assertEquals("10", migratie.initialSchemaVersion);

      assertEquals(
          historieToen,
          historie(db.dataSource()).subList(0, historieToen.size()),
          "the schema history of that release is as it was");
      for (MigrationInfo m : Arrays.asList(nu.info().applied()).subList(0, 10)) {
        // The history keeps the flat name; Flyway now finds the script in its module's folder and
        // accepts it: the folder is no part of what it validates.
        assertFalse(m.getScript().contains("/"), m.getScript());
        assertTrue(
            m.getPhysicalLocation()
                .replace('\\', '/')
                .matches(".*/db/migration/(domain|privacy)/V.*"),
            m.getPhysicalLocation());
      }

      // The check is real: an applied migration that changed would still be refused.
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1"
                + " where \"version\" = '6'");
      }
      ValidateResult gewijzigd = nu.validateWithResult();
      assertFalse(gewijzigd.validationSuccessful);
      assertEquals(
          List.of("6 " + CoreErrorCode.CHECKSUM_MISMATCH),
          gewijzigd.invalidMigrations.stream()
              .map(o -> o.version + " " + o.errorDetails.errorCode)
              .toList());
    }
  }

  /** V1–V10 in one flat folder, as the previous release had them in {@code db/migration}. */
  private void legPlatNeer(Path map) throws IOException {
    for (MigratieschemaTest.Oud script : MigratieschemaTest.VOOR_DE_REGEL.values()) {
      try (InputStream inhoud =
          getClass().getClassLoader().getResourceAsStream(script.resource())) {
        Files.copy(
            Objects.requireNonNull(inhoud, script.resource()), map.resolve(script.bestand()));
      }
    }
  }

  private static List<String> historie(DataSource dataSource) throws SQLException {
    List<String> rijen = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery(HISTORIE)) {
      int kolommen = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> rij = new ArrayList<>();
        for (int i = 1; i <= kolommen; i++) {
          rij.add(String.valueOf(rs.getObject(i)));
        }
        rijen.add(String.join(" | ", rij));
      }
    }
    return rijen;
  }

  /**
   * An empty database of that kind: TestDatabase always migrates, and here the old release must.
   */
  private record LegeDatabase(DataSource dataSource, EmbeddedPostgres postgres)
      implements AutoCloseable {

    static LegeDatabase start(Soort soort) throws Exception {
      return switch (soort) {
        case H2 -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
          h2.setUser("zvh");
          yield new LegeDatabase(h2, null);
        }
        case POSTGRESQL -> {
          EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
          yield new LegeDatabase(pg.getPostgresDatabase(), pg);
        }
      };
    }

    @Override
    public void close() throws Exception {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
