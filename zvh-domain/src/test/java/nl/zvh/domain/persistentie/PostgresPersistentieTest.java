package nl.zvh.domain.persistentie;

import nl.zvh.domain.testdatabase.TestDatabase;

/** The schema and mapping on a real PostgreSQL server, the production database. */
class PostgresPersistentieTest extends PersistentieContract {

  @Override
  TestDatabase.Soort soort() {
    return TestDatabase.Soort.POSTGRESQL;
  }
}
