package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.Toegangsbeleid;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.verstrekking.VerzoekTotVerstrekking;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.casus.Verwerkingen;

/**
 * Requests to use another organisation's information outside the overleg: a partner files one, the
 * privacy officer decides with a motivation, and both the requester and the source see the outcome
 * in their portal. A granted request is a provision of data, and logged as one.
 */
@Stateless
public class Verstrekkingen {

  static final String VERSTREKKING = "ZVH-VA-04";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingen verwerkingen;

  @Inject private Clock klok;

  @RolesAllowed("KETENPARTNER")
  public long dienIn(long itemId, String doel, String grondslag, String noodzaak) {
    Actor actor = huidigeGebruiker.vereist();
    InformatieItem item = em.find(InformatieItem.class, itemId);
    if (item == null) {
      throw new GeenToegang("Deze informatie bestaat niet of u heeft er geen toegang toe.");
    }
    beleid.verstrekkingVerzoeken(actor, item, LocalDate.now(klok)).vereis();
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
    beleid.verstrekkingBeoordelen(huidigeGebruiker.vereist()).vereis();
    return privacyEm
        .createNamedQuery("VerzoekTotVerstrekking.wachtrij", VerzoekTotVerstrekking.class)
        .getResultList();
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking lees(long id) {
    beleid.verstrekkingBeoordelen(huidigeGebruiker.vereist()).vereis();
    return vind(id);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public VerzoekTotVerstrekking beoordeel(
      long id, long versie, boolean toekennen, String motivering) {
    Instant start = Instant.now(klok);
    Actor actor = huidigeGebruiker.vereist();
    beleid.verstrekkingBeoordelen(actor).vereis();
    VerzoekTotVerstrekking verzoekTotVerstrekking = vind(id);
    GelijktijdigGewijzigd.controleer(versie, verzoekTotVerstrekking.getVersie(), "Dit verzoek");
    verzoekTotVerstrekking.beoordeel(
        toekennen, actor.gebruikersnaam(), motivering, OffsetDateTime.now(klok));
    try {
      privacyEm.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("Dit verzoek");
    }
    InformatieItem item = em.find(InformatieItem.class, verzoekTotVerstrekking.getItemId());
    if (toekennen && item != null) {
      List<Long> betrokkenen =
          item.getBetrokkene()
              .map(b -> List.of(b.getId()))
              .orElseGet(
                  () -> item.getCasus().getBetrokkenen().stream().map(b -> b.getId()).toList());
      verwerkingen.registreer(
          "verstrekking.toekennen",
          Actie.DELEN,
          VERSTREKKING,
          betrokkenen,
          actor,
          "casus:" + item.getCasus().getId() + " item:" + item.getId() + " verzoek:" + id,
          start);
    }
    return verzoekTotVerstrekking;
  }

  private VerzoekTotVerstrekking vind(long id) {
    VerzoekTotVerstrekking gevonden = privacyEm.find(VerzoekTotVerstrekking.class, id);
    if (gevonden == null) {
      throw new NietGevonden("Dit verzoek");
    }
    return gevonden;
  }
}
