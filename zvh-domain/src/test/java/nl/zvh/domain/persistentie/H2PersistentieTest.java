package nl.zvh.domain.persistentie;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The schema and mapping on H2, the embedded file database of the demo and development portal. */
class H2PersistentieTest extends PersistentieContract {

  @Override
  DataSource startDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:zvh-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("zvh");
    return ds;
  }

  @Override
  void stopDatabase() {}
}
