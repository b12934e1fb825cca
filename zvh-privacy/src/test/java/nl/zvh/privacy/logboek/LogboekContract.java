package nl.zvh.privacy.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.privacy.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The processing log on a real database: one record per betrokkene, a chain without gaps (also when
 * written concurrently), and every change or removal of a record found by the integrity check,
 * which names the first broken record.
 */
abstract class LogboekContract {

  private static final Pseudoniemen PSEUDONIEMEN =
      new Pseudoniemen("een-testsleutel-van-minstens-32-tekens");
  private static final Actor PARTNER = new Actor("partner.politie", Rol.KETENPARTNER, 2, "Politie");

  private TestDatabase database;

  abstract TestDatabase.Soort soort();

  @BeforeEach
  void legeDatabase() {
    database = TestDatabase.start(soort());
  }

  @AfterEach
  void sluit() throws Exception {
    database.close();
  }

  @Test
  void oneRecordPerBetrokkeneWithTheFieldsOfTheStandardsAndNoContent() {
    List<Verwerkingsregel> regels = schrijf(List.of(11L, 12L, 13L));

    assertEquals(3, regels.size());
    assertEquals(
        List.of(1L, 2L, 3L), regels.stream().map(Verwerkingsregel::getVolgnummer).toList());
    Verwerkingsregel eerste = regels.get(0);
    assertEquals(PSEUDONIEMEN.van(11), eerste.getBetrokkenePseudoniem());
    assertNotEquals("11", eerste.getBetrokkenePseudoniem());
    assertEquals("ZVH-VA-03", eerste.getActiviteitId());
    assertEquals(1, eerste.getActiviteitVersie());
    assertEquals("partner.politie", eerste.getGebruiker());
    assertEquals("Politie", eerste.getNamensOrganisatie());
    assertEquals(Toegangspunt.PORTAAL, eerste.getToegangspunt());
    assertEquals("OK", eerste.getStatus());
    assertEquals("casus:7", eerste.getObjecten());
    assertEquals(16, eerste.getSpanId().length());
    assertEquals(regels.get(0).getHash(), regels.get(1).getVorigeHash());
    assertTrue(controleer().isIntact());
    assertEquals(3, controleer().gecontroleerd());
  }

  @Test
  void anUnknownProcessingActivityIsRefused() {
    assertThrows(
        RuntimeException.class,
        () ->
            database.inTransactie(
                "zvh-privacy",
                em ->
                    new LogboekOpslag(em, PSEUDONIEMEN)
                        .voegToe(verwerking("ZVH-VA-99", List.of(1L)))));
  }

  @Test
  void aChangedRecordIsFoundAndNamed() throws SQLException {
    schrijf(List.of(1L, 2L, 3L, 4L));
    voerUit("update verwerkingsregel set gebruiker = 'iemand.anders' where volgnummer = 3");

    Integriteitsrapport rapport = controleer();
    assertFalse(rapport.isIntact());
    assertEquals(3L, rapport.eersteGebroken());
    assertEquals("Regel 3 is na het schrijven gewijzigd.", rapport.bevinding());
    assertEquals(2, rapport.gecontroleerd());
  }

  @Test
  void aDeletedRecordIsFoundAndNamed() throws SQLException {
    schrijf(List.of(1L, 2L, 3L, 4L));
    voerUit("delete from verwerkingsregel where volgnummer = 2");

    Integriteitsrapport rapport = controleer();
    assertEquals(2L, rapport.eersteGebroken());
    assertEquals("Regel 2 ontbreekt (verwijderd).", rapport.bevinding());
  }

  @Test
  void aDeletedLastRecordIsFoundToo() throws SQLException {
    schrijf(List.of(1L, 2L, 3L));
    voerUit("delete from verwerkingsregel where volgnummer = 3");

    Integriteitsrapport rapport = controleer();
    assertEquals(3L, rapport.eersteGebroken());
  }

  @Test
  void aRecordRewrittenWithAFreshHashStillBreaksTheLinkOfTheNext() throws SQLException {
    List<Verwerkingsregel> regels = schrijf(List.of(1L, 2L, 3L));
    voerUit("update verwerkingsregel set hash = '" + "f".repeat(64) + "' where volgnummer = 2");

    Integriteitsrapport rapport = controleer();
    assertEquals(2L, rapport.eersteGebroken());
    assertNotEquals(regels.get(1).getHash(), "f".repeat(64));
  }

  @Test
  void concurrentWritersProduceOneUnbrokenChain() throws Exception {
    ExecutorService schrijvers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> klaar = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long betrokkene = i;
        klaar.add(schrijvers.submit(() -> schrijf(List.of(betrokkene, betrokkene + 100))));
      }
      for (Future<?> f : klaar) {
        f.get();
      }
    } finally {
      schrijvers.shutdown();
    }
    Integriteitsrapport rapport = controleer();
    assertTrue(rapport.isIntact(), rapport.bevinding());
    assertEquals(40, rapport.gecontroleerd());
  }

  private List<Verwerkingsregel> schrijf(List<Long> betrokkenen) {
    return database.inTransactie(
        "zvh-privacy",
        em -> new LogboekOpslag(em, PSEUDONIEMEN).voegToe(verwerking("ZVH-VA-03", betrokkenen)));
  }

  private Integriteitsrapport controleer() {
    return database.inTransactie(
        "zvh-privacy", em -> new LogboekOpslag(em, PSEUDONIEMEN).controleer());
  }

  private void voerUit(String sql) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static Verwerking verwerking(String activiteit, List<Long> betrokkenen) {
    Instant nu = Instant.now();
    return new Verwerking(
        "0af7651916cd43dd8448eb211c80319c",
        "casus.inzien",
        Actie.RAADPLEGEN,
        activiteit,
        betrokkenen,
        PARTNER,
        Toegangspunt.PORTAAL,
        "casus:7",
        "127.0.0.1",
        nu,
        nu.plusMillis(3),
        true);
  }
}
