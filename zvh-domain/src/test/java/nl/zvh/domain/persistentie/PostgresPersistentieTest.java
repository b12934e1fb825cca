package nl.zvh.domain.persistentie;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;

/** The schema and mapping on a real PostgreSQL server, the production database. */
class PostgresPersistentieTest extends PersistentieContract {

  private EmbeddedPostgres postgres;

  @Override
  DataSource startDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    return postgres.getPostgresDatabase();
  }

  @Override
  void stopDatabase() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }
}
