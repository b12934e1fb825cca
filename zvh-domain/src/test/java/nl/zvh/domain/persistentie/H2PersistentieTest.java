package nl.zvh.domain.persistentie;

import nl.zvh.domain.testdatabase.TestDatabase;

/** The schema and mapping on H2, the embedded file database of the demo and development portal. */
class H2PersistentieTest extends PersistentieContract {

  @Override
  TestDatabase.Soort soort() {
    return TestDatabase.Soort.H2;
  }
}
