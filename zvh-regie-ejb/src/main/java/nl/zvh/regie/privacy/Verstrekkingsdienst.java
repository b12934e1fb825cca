package nl.zvh.regie.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.verstrekking.VerzoekStatus;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;

/**
 * The work behind {@link Verstrekkingen}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Verstrekkingsdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  public long dienIn(Actor actor, long itemId, String doel, String grondslag, String noodzaak) {
    return poort.verwerk(
        actor,
        Handeling.VERSTREKKING_VERZOEKEN,
        itemId,
        (item, log) -> verzoek(actor, item, doel, grondslag, noodzaak));
  }

  private long verzoek(
      Actor actor, InformatieItem item, String doel, String grondslag, String noodzaak) {
    VerzoekTotVerstrekking nieuw =
        new VerzoekTotVerstrekking(
            item.getId(),
            item.getCasus().getId(),
            item.getCasus().getNummer(),
            item.getBron().getId(),
            item.getBron().getNaam(),
            actor,
            doel,
            grondslag,
            noodzaak,
            OffsetDateTime.now(klok));
    privacyEm.persist(nieuw);
    privacyEm.flush();
    return nieuw.getId();
  }

  /** The requests the partner's organisation filed, and those about its information. */
  public List<VerzoekTotVerstrekking> vanEigenOrganisatie(Actor actor) {
    return privacyEm
        .createNamedQuery("VerzoekTotVerstrekking.vanOrganisatie", VerzoekTotVerstrekking.class)
        .setParameter("organisatie", actor.organisatieId())
        .getResultList();
  }

  /** All requests, the undecided ones first, oldest first. */
  public List<VerzoekTotVerstrekking> wachtrij(Actor actor) {
    return poort.verwerk(
        actor,
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          log.geenVerwerking();
          return privacyEm
              .createNamedQuery("VerzoekTotVerstrekking.wachtrij", VerzoekTotVerstrekking.class)
              .getResultList();
        });
  }

  /** How many requests wait for a decision: a count, no personal data. */
  public long aantalOpen(Actor actor) {
    return poort.verwerk(
        actor,
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          log.geenVerwerking();
          return privacyEm
              .createQuery(
                  "select count(v) from VerzoekTotVerstrekking v where v.status = :status",
                  Long.class)
              .setParameter("status", VerzoekStatus.INGEDIEND)
              .getSingleResult();
        });
  }

  public VerzoekTotVerstrekking lees(Actor actor, long id) {
    return poort.verwerk(
        actor,
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          log.geenVerwerking();
          return vind(id);
        });
  }

  public VerzoekTotVerstrekking beoordeel(
      Actor actor, long id, long versie, boolean toekennen, String motivering) {
    return poort.verwerk(
        actor,
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          VerzoekTotVerstrekking verzoek = vind(id);
          GelijktijdigGewijzigd.controleer(versie, verzoek.getVersie(), "Dit verzoek");
          verzoek.beoordeel(
              toekennen, actor.gebruikersnaam(), motivering, OffsetDateTime.now(klok));
          try {
            privacyEm.flush();
          } catch (OptimisticLockException e) {
            throw new GelijktijdigGewijzigd("Dit verzoek");
          }
          InformatieItem item = em.find(InformatieItem.class, verzoek.getItemId());
          if (!toekennen || item == null) {
            // Refused, or the item is gone: nothing of a betrokkene is shared.
            log.geenVerwerking();
          } else {
            log.betreftIds(
                    item.getBetrokkene()
                        .map(b -> List.of(b.getId()))
                        .orElseGet(
                            () ->
                                item.getCasus().getBetrokkenen().stream()
                                    .map(b -> b.getId())
                                    .toList()))
                .object("casus:" + item.getCasus().getId() + " item:" + item.getId())
                .object("verzoek:" + id);
          }
          return verzoek;
        });
  }

  private VerzoekTotVerstrekking vind(long id) {
    VerzoekTotVerstrekking gevonden = privacyEm.find(VerzoekTotVerstrekking.class, id);
    if (gevonden == null) {
      throw new NietGevonden("Dit verzoek");
    }
    return gevonden;
  }
}
