package nl.zvh.regie.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.StatusOvergang;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.procesregie.Heragendering;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.triage.Triageoverleg;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.bewaartermijn.Bewaartermijn;
import nl.zvh.privacy.bewaartermijn.TaakUitvoering;
import nl.zvh.privacy.bewaartermijn.Verlenging;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Destroys the data of closed cases whose retention has passed: one case per transaction, each
 * destruction logged per betrokkene without the destroyed content. Used by the daily job and by the
 * privacy officer's "now" button; not reachable from a page on its own.
 */
@Stateless
@PermitAll
public class Vernietiging {

  private static final Logger LOG = Logger.getLogger(Vernietiging.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager privacyEm;

  @Inject private Verwerkingspoort poort;

  @Inject
  @ConfigProperty(name = "zvh.bewaartermijn.maanden", defaultValue = "24")
  private int maanden;

  @EJB private Vernietiging zelf;

  public Bewaartermijn termijn() {
    return new Bewaartermijn(Period.ofMonths(maanden));
  }

  /**
   * The last day a case closed on the given day is kept, with its latest extension: a reopening is
   * possible until then.
   */
  public LocalDate bewarenTotEnMet(long casusId, LocalDate afgeslotenOp) {
    Optional<Verlenging> verlenging =
        privacyEm
            .createQuery(
                "select v from Verlenging v where v.casusId = :casusId order by v.id desc",
                Verlenging.class)
            .setParameter("casusId", casusId)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    return termijn().bewarenTotEnMet(afgeslotenOp, verlenging);
  }

  /** Every closed case with its retention, the due ones first. */
  public List<BewaarRegel> overzicht(Actor actor, LocalDate vandaag) {
    return poort.verwerk(
        actor, Handeling.BEWAARTERMIJN_BEWAKEN, (niets, log) -> overzicht(vandaag));
  }

  private List<BewaarRegel> overzicht(LocalDate vandaag) {
    Map<Long, Verlenging> verlengingen =
        privacyEm
            .createNamedQuery("Verlenging.laatstePerCasus", Verlenging.class)
            .getResultStream()
            .collect(Collectors.toMap(Verlenging::getCasusId, v -> v));
    Bewaartermijn termijn = termijn();
    return afgeslotenCasussen(em)
        .getResultStream()
        .map(
            casus -> {
              Optional<Verlenging> verlenging =
                  Optional.ofNullable(verlengingen.get(casus.getId()));
              LocalDate afgesloten = afgeslotenOp(casus);
              LocalDate bewaren = termijn.bewarenTotEnMet(afgesloten, verlenging);
              return new BewaarRegel(
                  casus.getId(),
                  casus.getNummer(),
                  afgesloten,
                  bewaren,
                  termijn.isVerlopen(bewaren, vandaag),
                  verlenging.map(Verlenging::getMotivering).orElse(null));
            })
        .sorted((a, b) -> a.bewarenTotEnMet().compareTo(b.bewarenTotEnMet()))
        .toList();
  }

  /** Once a day across all instances: the first instance to lock the job's row does the work. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int dagelijks(Actor actor, LocalDate vandaag) {
    TaakUitvoering taak =
        privacyEm.find(TaakUitvoering.class, "bewaartermijn", LockModeType.PESSIMISTIC_WRITE);
    if (taak.isGedaanOp(vandaag)) {
      return 0;
    }
    int aantal = vernietigVerlopen(actor, vandaag);
    taak.gedaanOp(vandaag);
    return aantal;
  }

  public int vernietigVerlopen(Actor actor, LocalDate vandaag) {
    int aantal = 0;
    for (BewaarRegel regel : overzicht(actor, vandaag)) {
      if (regel.verlopen()) {
        poort.verwerk(
            actor,
            Handeling.BEWAARTERMIJN_VERNIETIGEN,
            (niets, log) ->
                log.betreftIds(zelf.vernietig(regel.casusId())).object("casus:" + regel.casusId()));
        LOG.info(() -> "Bewaartermijn verstreken: casus " + regel.casusId() + " vernietigd");
        aantal++;
      }
    }
    return aantal;
  }

  /** Removes one case with everything it holds; returns its betrokkenen, for the log. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> vernietig(long casusId) {
    Casus casus = em.find(Casus.class, casusId);
    List<Long> betrokkenen = casus.getBetrokkenen().stream().map(Betrokkene::getId).toList();
    // A triage agenda of the past keeps its date and participants, not the destroyed case.
    em.createNamedQuery("Triageoverleg.metCasus", Triageoverleg.class)
        .setParameter("casusId", casusId)
        .getResultList()
        .forEach(overleg -> overleg.haalVanAgenda(casusId));
    // What procesregie recorded goes first: it names overleggen, escalations and betrokkenen.
    for (Class<?> soort :
        List.of(
            Nazorgcheck.class,
            Afsluiting.class,
            Opschaling.class,
            Heragendering.class,
            Contactmoment.class)) {
      em.createQuery(
              "select x from " + soort.getSimpleName() + " x where x.casus.id = :casusId", soort)
          .setParameter("casusId", casusId)
          .getResultList()
          .forEach(em::remove);
    }
    em.flush();
    // The case's own overleggen and plan go with it, and what carrying the plan out recorded:
    // signals first (they name reports and escalations), then escalations and reports.
    for (Class<?> soort : List.of(Signaal.class, Escalatie.class)) {
      em.createQuery(
              "select x from " + soort.getSimpleName() + " x where x.plan.casus.id = :casusId",
              soort)
          .setParameter("casusId", casusId)
          .getResultList()
          .forEach(em::remove);
    }
    em.createQuery(
            "select t from Terugkoppeling t where t.casus.id = :casusId", Terugkoppeling.class)
        .setParameter("casusId", casusId)
        .getResultList()
        .forEach(em::remove);
    em.flush();
    em.createNamedQuery("Overleg.vanCasus", Overleg.class)
        .setParameter("casusId", casusId)
        .getResultList()
        .forEach(em::remove);
    em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casusId)
        .getResultList()
        .forEach(em::remove);
    // The case's message thread goes with it: the messages and how far each user read them.
    em.createNamedQuery("Berichtlezing.vanCasusVerwijderen")
        .setParameter("casusId", casusId)
        .executeUpdate();
    em.createNamedQuery("Bericht.vanCasusVerwijderen")
        .setParameter("casusId", casusId)
        .executeUpdate();
    em.flush();
    em.remove(casus);
    em.flush();
    return betrokkenen;
  }

  /** The closed cases, with their status history (the closing date) loaded in one batch. */
  static TypedQuery<Casus> afgeslotenCasussen(EntityManager em) {
    return em.createQuery(
            "select c from Casus c where c.status = :status order by c.id", Casus.class)
        .setParameter("status", CasusStatus.AFGESLOTEN)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.statusgeschiedenis");
  }

  static LocalDate afgeslotenOp(Casus casus) {
    return casus.getStatusgeschiedenis().stream()
        .filter(o -> o.getNaarStatus() == CasusStatus.AFGESLOTEN)
        .map(StatusOvergang::getTijdstip)
        .reduce((eerder, later) -> later)
        .orElseThrow()
        .toLocalDate();
  }
}
