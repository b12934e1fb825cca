package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * Requests to use another organisation's information outside the overleg: a partner files one, the
 * privacy officer decides with a motivation, and both the requester and the source see the outcome
 * in their portal. A granted request is a provision of data, and logged as one.
 */
@Stateless
public class Verstrekkingen {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Verwerkingspoort poort;

  @Inject private Clock klok;

  @RolesAllowed("KETENPARTNER")
  public long dienIn(long itemId, String doel, String grondslag, String noodzaak) {
    Actor actor = huidigeGebruiker.vereist();
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
  @RolesAllowed("KETENPARTNER")
  public List<VerzoekTotVerstrekking> vanEigenOrganisatie() {
    return privacyEm
        .createNamedQuery("VerzoekTotVerstrekking.vanOrganisatie", VerzoekTotVerstrekking.class)
        .setParameter("organisatie", huidigeGebruiker.vereist().organisatieId())
        .getResultList();
  }

  /** All requests, the undecided ones first, oldest first. */
  @RolesAllowed("PRIVACY_OFFICER")
  public List<VerzoekTotVerstrekking> wachtrij() {
    return poort.verwerk(
        huidigeGebruiker.vereist(),
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          log.geenVerwerking();
          return privacyEm
              .createNamedQuery("VerzoekTotVerstrekking.wachtrij", VerzoekTotVerstrekking.class)
              .getResultList();
        });
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking lees(long id) {
    return poort.verwerk(
        huidigeGebruiker.vereist(),
        Handeling.VERSTREKKING_BEOORDELEN,
        (niets, log) -> {
          log.geenVerwerking();
          return vind(id);
        });
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking beoordeel(
      long id, long versie, boolean toekennen, String motivering) {
    Actor actor = huidigeGebruiker.vereist();
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
