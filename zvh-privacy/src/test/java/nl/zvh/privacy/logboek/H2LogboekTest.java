package nl.zvh.privacy.logboek;

import nl.zvh.domain.testdatabase.TestDatabase;

class H2LogboekTest extends LogboekContract {

  @Override
  TestDatabase.Soort soort() {
    return TestDatabase.Soort.H2;
  }
}
