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
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations of zvh-domain before anything else uses
 * the database. The data source is the application's own, configured from the environment (see the
 * README): an H2 file database unless {@code ZVH_DB_*} point elsewhere, such as PostgreSQL.
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

  private static final Logger LOG = Logger.getLogger(DatabaseMigratie.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migreer() {
    MigrateResult resultaat =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
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
}
