package nl.zvh.regie.infrastructuur;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations of all modules before anything else uses
 * the database. The data source is the application's own, configured from the environment (see the
 * README): an H2 file database unless {@code ZVH_DB_*} point elsewhere, such as PostgreSQL.
 *
 * <p>Where migrations go (README, "Databasemigraties"): each module keeps its scripts in a folder
 * named after itself, {@code db/migration/domain}, {@code db/migration/privacy}; Flyway scans
 * {@code db/migration} with its subfolders, so a module's folder needs no line here. A new version
 * is the day it is written and a counter for that day, {@code V2026.12.02.1__beschrijving.sql}.
 * Such versions sort after V1–V10 (from before this rule) and after everything written earlier in
 * any module, so a new database and an upgraded one run the scripts in the same order, and no
 * module needs to know another's next number. Number blocks per module would not do: a domain
 * script written after a privacy script that already ran would sort before it, and Flyway refuses
 * such a script on an upgraded database. Flyway validates version, description, type and checksum,
 * not the folder, so moving V1–V10 into the module folders left existing databases valid
 * (DatabaseMigratieUpgradeTest); MigratieschemaTest enforces the rule on every script.
 */
@DataSourceDefinition(
    name = DatabaseMigratie.DATA_SOURCE,
    className = "${ENV=ZVH_DB_CLASS:org.h2.jdbcx.JdbcDataSource}",
    url = "${ENV=ZVH_DB_URL:jdbc:h2:file:./zvh-data/zvh}",
    user = "${ENV=ZVH_DB_USER:zvh}",
    password = "${ENV=ZVH_DB_PASSWORD:}",
    minPoolSize = 2,
    maxPoolSize = 30)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigratie {

  public static final String DATA_SOURCE = "java:app/jdbc/zvh";

  /** Every module's {@code db/migration/<module>} lies beneath this one location. */
  static final String LOCATIE = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(DatabaseMigratie.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migreer() {
    MigrateResult resultaat =
        configuratie(getClass().getClassLoader()).dataSource(dataSource).load().migrate();
    LOG.info(
        () ->
            "Databaseschema op versie "
                + (resultaat.targetSchemaVersion != null
                    ? resultaat.targetSchemaVersion
                    : resultaat.initialSchemaVersion)
                + " ("
                + resultaat.migrationsExecuted
                + " migratie(s) uitgevoerd)");
  }

  /** The migrations as the portal runs them; the tests use the same. */
  static FluentConfiguration configuratie(ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .locations(LOCATIE)
        // Otherwise a misnamed script (V2026.12.02.1_x.sql, one underscore) is skipped silently.
        .validateMigrationNaming(true);
  }
}
