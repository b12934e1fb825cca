package nl.zvh.domain.testdatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh database of one of the supported kinds, migrated by the real Flyway migrations, with the
 * real persistence units on top (EclipseLink, as on Payara, but resource-local). Shared by the
 * persistence tests of every module (test-jar of zvh-domain).
 */
public final class TestDatabase implements AutoCloseable {

  /** The databases the portal supports. */
  public enum Soort {
    H2,
    POSTGRESQL
  }

  private final DataSource dataSource;
  private final EmbeddedPostgres postgres;
  private final Map<String, EntityManagerFactory> units = new ConcurrentHashMap<>();

  private TestDatabase(DataSource dataSource, EmbeddedPostgres postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  public static TestDatabase start(Soort soort) {
    try {
      TestDatabase db =
          switch (soort) {
            case H2 -> {
              JdbcDataSource h2 = new JdbcDataSource();
              h2.setURL("jdbc:h2:mem:zvh-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
              h2.setUser("zvh");
              yield new TestDatabase(h2, null);
            }
            case POSTGRESQL -> {
              EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
              yield new TestDatabase(pg.getPostgresDatabase(), pg);
            }
          };
      Flyway.configure()
          .dataSource(db.dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      return db;
    } catch (IOException e) {
      throw new IllegalStateException("De testdatabase kon niet starten", e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The persistence unit of that name, resource-local on this database. */
  public EntityManagerFactory unit(String naam) {
    return units.computeIfAbsent(
        naam,
        n -> {
          Map<String, Object> eigenschappen = new HashMap<>();
          eigenschappen.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
          eigenschappen.put("jakarta.persistence.jtaDataSource", "");
          eigenschappen.put("jakarta.persistence.nonJtaDataSource", dataSource);
          eigenschappen.put("eclipselink.target-server", "None");
          eigenschappen.put("eclipselink.session-name", n + "-" + System.nanoTime());
          return Persistence.createEntityManagerFactory(n, eigenschappen);
        });
  }

  /** Runs the work in one transaction of the named unit and commits it. */
  public <T> T inTransactie(String unit, Function<EntityManager, T> werk) {
    EntityManager em = unit(unit).createEntityManager();
    try {
      em.getTransaction().begin();
      T resultaat = werk.apply(em);
      em.getTransaction().commit();
      return resultaat;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() throws IOException {
    units.values().forEach(EntityManagerFactory::close);
    if (postgres != null) {
      postgres.close();
    }
  }
}
