package nl.zvh.regie.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Inlogbeveiliging;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttling and lockout. Attempts are counted per typed user name and per address in the database,
 * so the count holds across a cluster and across restarts; a record is written in a transaction of
 * its own, so a failed login is recorded even though the login itself fails.
 */
@ApplicationScoped
public class Inlogbewaking {

  /** Below this the lockout's and the previous login's history would be gone too soon. */
  static final int MINSTE_BEWAARDAGEN = 30;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "zvh.inlogbeveiliging.bewaardagen", defaultValue = "365")
  int bewaardagen;

  /**
   * Until when this user name or this address is refused: the blocking time after the failure that
   * reached the limit within the window; empty when neither is blocked.
   */
  @Transactional
  public Optional<Instant> geblokkeerdTot(String gebruikersnaam, String adres, Instant nu) {
    Inlogbeveiliging instellingen = instellingen();
    Instant sinds = nu.minus(instellingen.getVenster()).minus(instellingen.getBlokkade());
    Optional<Instant> naam =
        blokkade(
            em.createNamedQuery("Inloggebeurtenis.mislukteVanNaamSinds", Object[].class)
                .setParameter("gebruikersnaam", gebruikersnaam),
            sinds,
            instellingen.getPogingenPerAccount(),
            instellingen,
            nu);
    Optional<Instant> vanAdres =
        adres == null
            ? Optional.empty()
            : blokkade(
                em.createNamedQuery("Inloggebeurtenis.mislukteVanAdresSinds", Object[].class)
                    .setParameter("adres", adres),
                sinds,
                instellingen.getPogingenPerAdres(),
                instellingen,
                nu);
    return naam.isPresent() && vanAdres.isPresent()
        ? Optional.of(naam.get().isAfter(vanAdres.get()) ? naam.get() : vanAdres.get())
        : naam.or(() -> vanAdres);
  }

  /**
   * A limit is reached when the failures within the window before the last failure reach it; the
   * block lasts from that last failure. Counting over window plus blocking time and then taking the
   * latest failure is a conservative reading that needs one query.
   */
  private static Optional<Instant> blokkade(
      TypedQuery<Object[]> vraag,
      Instant sinds,
      int grens,
      Inlogbeveiliging instellingen,
      Instant nu) {
    Object[] rij =
        vraag
            .setParameter("sinds", Inloggebeurtenis.moment(sinds))
            .setParameter("soorten", Soort.MISLUKT)
            .getSingleResult();
    long aantal = ((Number) rij[0]).longValue();
    if (aantal < grens || rij[1] == null) {
      return Optional.empty();
    }
    Instant laatste = ((OffsetDateTime) rij[1]).toInstant();
    Instant tot = laatste.plus(instellingen.getBlokkade());
    return tot.isAfter(nu) ? Optional.of(tot) : Optional.empty();
  }

  /**
   * Removes the record of logins older than the retention period ({@link #getBewaardagen}), the
   * nightly work of {@code InlogregistratieTaak}; returns how many went.
   */
  @Transactional
  public int ruimOp(Instant nu) {
    return em.createNamedQuery("Inloggebeurtenis.verwijderVoor")
        .setParameter("grens", Inloggebeurtenis.moment(nu.minus(Duration.ofDays(getBewaardagen()))))
        .executeUpdate();
  }

  /**
   * How many days the record of logins is kept: {@code zvh.inlogbeveiliging.bewaardagen}
   * (environment {@code ZVH_INLOGBEVEILIGING_BEWAARDAGEN}), a year by default, never less than
   * {@value #MINSTE_BEWAARDAGEN}. A setting of the deployment, not of the beheer pages: whoever
   * could shorten the security log could wipe their own traces.
   */
  public int getBewaardagen() {
    return Math.max(MINSTE_BEWAARDAGEN, bewaardagen);
  }

  /** Records what happened, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void legVast(
      String gebruikersnaam, String adres, Soort soort, String door, Instant tijdstip) {
    em.persist(new Inloggebeurtenis(tijdstip, gebruikersnaam, adres, soort, door));
  }

  private Inlogbeveiliging instellingen() {
    return em.find(Inlogbeveiliging.class, Inlogbeveiliging.ENIGE);
  }
}
