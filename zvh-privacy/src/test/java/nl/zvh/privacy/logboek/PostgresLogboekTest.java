package nl.zvh.privacy.logboek;

import nl.zvh.domain.testdatabase.TestDatabase;

class PostgresLogboekTest extends LogboekContract {

  @Override
  TestDatabase.Soort soort() {
    return TestDatabase.Soort.POSTGRESQL;
  }
}
