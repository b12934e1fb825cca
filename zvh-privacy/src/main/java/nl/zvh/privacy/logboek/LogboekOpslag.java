package nl.zvh.privacy.logboek;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writing and checking the chain, given an entity manager inside a transaction. Kept free of
 * container services so the same code runs in the portal and in plain persistence tests.
 */
public final class LogboekOpslag {

  private static final int PAGINA = 1_000;
  private static final SecureRandom TOEVAL = new SecureRandom();

  private final EntityManager em;
  private final Pseudoniemen pseudoniemen;

  public LogboekOpslag(EntityManager em, Pseudoniemen pseudoniemen) {
    this.em = em;
    this.pseudoniemen = pseudoniemen;
  }

  /** Appends one record per betrokkene, under the lock of the chain's head. */
  public List<Verwerkingsregel> voegToe(Verwerking verwerking) {
    Verwerkingsactiviteit activiteit =
        em.find(Verwerkingsactiviteit.class, verwerking.activiteitId());
    if (activiteit == null) {
      throw new IllegalArgumentException(
          "Onbekende verwerkingsactiviteit: " + verwerking.activiteitId());
    }
    Logkop kop = em.find(Logkop.class, Logkop.ENIGE, LockModeType.PESSIMISTIC_WRITE);
    List<Verwerkingsregel> regels = new ArrayList<>();
    for (Long betrokkene : verwerking.betrokkenen()) {
      Verwerkingsregel regel =
          new Verwerkingsregel(
              kop.getLaatsteVolgnummer() + 1,
              verwerking,
              spanId(),
              activiteit,
              pseudoniemen.van(betrokkene),
              kop.getLaatsteHash());
      em.persist(regel);
      kop.schuifOp(regel);
      regels.add(regel);
    }
    em.flush();
    return regels;
  }

  /** Walks the whole chain and names the first record that does not fit. */
  public Integriteitsrapport controleer() {
    Logkop kop = em.find(Logkop.class, Logkop.ENIGE);
    long verwacht = 1;
    String vorigeHash = Hashketen.BEGIN;
    List<Verwerkingsregel> pagina;
    do {
      pagina =
          em.createQuery(
                  "select r from Verwerkingsregel r where r.volgnummer >= :vanaf"
                      + " order by r.volgnummer",
                  Verwerkingsregel.class)
              .setParameter("vanaf", verwacht)
              .setMaxResults(PAGINA)
              .getResultList();
      for (Verwerkingsregel regel : pagina) {
        long gecontroleerd = verwacht - 1;
        if (regel.getVolgnummer() != verwacht) {
          return Integriteitsrapport.gebroken(
              gecontroleerd, verwacht, "Regel " + verwacht + " ontbreekt (verwijderd).");
        }
        if (!regel.getVorigeHash().equals(vorigeHash)) {
          return Integriteitsrapport.gebroken(
              gecontroleerd, verwacht, "Regel " + verwacht + " sluit niet aan op de regel ervoor.");
        }
        if (!Hashketen.hash(regel).equals(regel.getHash())) {
          return Integriteitsrapport.gebroken(
              gecontroleerd, verwacht, "Regel " + verwacht + " is na het schrijven gewijzigd.");
        }
        vorigeHash = regel.getHash();
        verwacht++;
      }
      em.clear();
    } while (pagina.size() == PAGINA);
    long laatste = verwacht - 1;
    if (kop.getLaatsteVolgnummer() != laatste || !kop.getLaatsteHash().equals(vorigeHash)) {
      return Integriteitsrapport.gebroken(
          laatste,
          laatste + 1,
          "Regel "
              + (laatste + 1)
              + " en verder ontbreken (de keten eindigde bij regel "
              + kop.getLaatsteVolgnummer()
              + ").");
    }
    return Integriteitsrapport.intact(laatste);
  }

  private static String spanId() {
    byte[] bytes = new byte[8];
    TOEVAL.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
