package nl.zvh.regie.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.koppeling.Apisleutel;
import nl.zvh.domain.model.koppeling.Koppeling;

/**
 * Checks the key of an API request: one lookup by its public id (a unique index), SHA-256 of the
 * secret and a constant-time comparison with the stored hash; a revoked key and an organisation
 * outside the convenant are refused on the next request. No cache: the lookup is one indexed row,
 * and a revocation or an ended convenant must count at once, on every portal instance. The
 * last-used time is written at most once per {@link #GEBRUIK_BIJWERKEN} per key, not per request.
 */
@ApplicationScoped
public class Sleutelcontrole {

  /** How stale the last-used time of a key may be. */
  static final Duration GEBRUIK_BIJWERKEN = Duration.ofMinutes(1);

  /** Compared with when the id is unknown, so an unknown id costs the same hash and comparison. */
  private static final String GEEN_HASH = "0".repeat(64);

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Clock klok;
  @Inject private Koppelinggebruik gebruik;

  /**
   * The system whose key is in this {@code Authorization} header ({@code Bearer
   * zvh_<id>_<geheim>}), or empty when there is none or it is unknown, wrong, revoked or not valid.
   */
  public Optional<Systeemprincipal> controleer(String authorization) {
    return Apisleutel.uitHeader(authorization).flatMap(this::controleer);
  }

  /** The system the key belongs to, or empty when it is unknown, wrong, revoked or not valid. */
  public Optional<Systeemprincipal> controleer(Apisleutel sleutel) {
    Koppeling koppeling =
        em.createNamedQuery("Koppeling.findBySleutelId", Koppeling.class)
            .setParameter("sleutelId", sleutel.sleutelId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean past = sleutel.past(koppeling == null ? GEEN_HASH : koppeling.getSleutelHash());
    if (koppeling == null || !past) {
      return Optional.empty();
    }
    OffsetDateTime nu = OffsetDateTime.now(klok);
    if (!koppeling.isGeldigOp(nu.toLocalDate())) {
      return Optional.empty();
    }
    if (koppeling
        .getLaatstGebruiktOp()
        .map(t -> t.isBefore(nu.minus(GEBRUIK_BIJWERKEN)))
        .orElse(true)) {
      gebruik.noteer(koppeling.getId(), nu, nu.minus(GEBRUIK_BIJWERKEN));
    }
    return Optional.of(
        new Systeemprincipal(
            koppeling.aanroepernaam(),
            koppeling.getRol(),
            koppeling.getOrganisatie().getId(),
            koppeling.getOrganisatie().getNaam()));
  }

  /**
   * The system of a caller name {@code koppeling:<naam>} when its key is still valid today: for a
   * request whose principal lost its details (see {@code HuidigeGebruiker}).
   */
  public Optional<Systeemprincipal> systeem(String aanroepernaam) {
    if (aanroepernaam == null || !aanroepernaam.startsWith(Koppeling.NAAM_VOORVOEGSEL)) {
      return Optional.empty();
    }
    OffsetDateTime nu = OffsetDateTime.now(klok);
    return em.createNamedQuery("Koppeling.findByNaam", Koppeling.class)
        .setParameter("naam", aanroepernaam.substring(Koppeling.NAAM_VOORVOEGSEL.length()))
        .getResultStream()
        .filter(k -> k.isGeldigOp(nu.toLocalDate()))
        .findFirst()
        .map(
            k ->
                new Systeemprincipal(
                    k.aanroepernaam(),
                    k.getRol(),
                    k.getOrganisatie().getId(),
                    k.getOrganisatie().getNaam()));
  }
}
