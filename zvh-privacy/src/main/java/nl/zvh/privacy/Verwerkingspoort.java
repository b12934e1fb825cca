package nl.zvh.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.logboek.Verwerking;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Verzoekcontext;

/**
 * The one way a service reads or changes personal data: it names a {@link Handeling} and hands over
 * its work; the gate looks the object up, asks {@link Toegangsbeleid} the handeling's rules, runs
 * the work, and writes the processing log with the request's trace. The work receives the object
 * only after the policy allowed it, and the log record follows from the same call, so neither can
 * be forgotten. An architecture test holds every service of the regie module to this gate.
 *
 * <p>Chosen over an interceptor because the decision needs the object itself (the case, the item)
 * and the log needs what the work touched, which an annotation on a method cannot see.
 */
@ApplicationScoped
public class Verwerkingspoort {

  private static final Logger LOG = Logger.getLogger(Verwerkingspoort.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingslogboek logboek;
  @Inject private Verzoekcontext verzoek;
  @Inject private Clock klok;

  /** The work of a handeling: what it does with the allowed object, and what it tells the log. */
  @FunctionalInterface
  public interface Werk<O, R> {
    R doe(O object, Vastlegging vastlegging);
  }

  /** A handeling on the object of this type with this id; a missing one is refused like others. */
  public <O, R> R verwerk(Actor actor, Handeling<O> handeling, Object id, Werk<O, R> werk) {
    return verwerkGevonden(
        actor, handeling, () -> id == null ? null : em.find(handeling.soort(), id), werk);
  }

  /**
   * A handeling on an object the service finds itself (by number, or just created); {@code vind}
   * runs only after a role-only rule has allowed the actor, and may return null for "not found".
   */
  public <O, R> R verwerkGevonden(
      Actor actor, Handeling<O> handeling, Supplier<O> vind, Werk<O, R> werk) {
    Instant start = Instant.now(klok);
    LocalDate vandaag = LocalDate.now(klok);
    if (handeling.isVooraf()) {
      vereisMogen(actor, handeling, null, vandaag);
    }
    O object = vind.get();
    if (object == null || !handeling.kennen(beleid, actor, object, vandaag).toegestaan()) {
      throw weiger(actor, handeling, object == null ? "bestaat niet" : "niet zichtbaar");
    }
    String staat = handeling.nietInStaat(object);
    if (staat != null) {
      throw new DomeinRegelGeschonden(staat);
    }
    if (!handeling.isVooraf()) {
      vereisMogen(actor, handeling, object, vandaag);
    }
    Vastlegging vastlegging = new Vastlegging();
    R resultaat = werk.doe(object, vastlegging);
    log(actor, handeling, List.of(object), vastlegging, start);
    return resultaat;
  }

  /**
   * A handeling on the objects a query found: those the actor may not know are left out, the rest
   * is processed and logged as one record per betrokkene.
   */
  public <O, R> R verwerkLijst(
      Actor actor, Handeling<O> handeling, Supplier<List<O>> zoek, Werk<List<O>, R> werk) {
    Instant start = Instant.now(klok);
    LocalDate vandaag = LocalDate.now(klok);
    if (handeling.isVooraf()) {
      vereisMogen(actor, handeling, null, vandaag);
    }
    List<O> toegestaan =
        zoek.get().stream()
            .filter(o -> handeling.kennen(beleid, actor, o, vandaag).toegestaan())
            .filter(
                o ->
                    handeling.isVooraf() || handeling.mogen(beleid, actor, o, vandaag).toegestaan())
            .toList();
    Vastlegging vastlegging = new Vastlegging();
    R resultaat = werk.doe(toegestaan, vastlegging);
    log(actor, handeling, toegestaan, vastlegging, start);
    return resultaat;
  }

  /**
   * A handeling that judges only the actor's role and works on no single object (the log, a search,
   * a job); the work names the betrokkenen and objects it processed.
   */
  public <R> R verwerk(Actor actor, Handeling<Object> handeling, Werk<Object, R> werk) {
    return verwerkGevonden(actor, handeling, Object::new, werk);
  }

  /**
   * Whether the actor may do this handeling on the object now, to show or hide an action; asks the
   * same rules as the handeling itself and processes nothing.
   */
  public <O> boolean mag(Actor actor, Handeling<O> handeling, O object) {
    LocalDate vandaag = LocalDate.now(klok);
    if (handeling.isVooraf()) {
      return handeling.mogen(beleid, actor, object, vandaag).toegestaan();
    }
    return handeling.kennen(beleid, actor, object, vandaag).toegestaan()
        && handeling.nietInStaat(object) == null
        && handeling.mogen(beleid, actor, object, vandaag).toegestaan();
  }

  /** The items of a case the actor may see, within a handeling on that case. */
  public List<InformatieItem> zichtbareItems(Actor actor, Casus casus) {
    return beleid.zichtbareItems(actor, casus, LocalDate.now(klok));
  }

  private <O> void vereisMogen(Actor actor, Handeling<O> handeling, O object, LocalDate vandaag) {
    Besluit besluit = handeling.mogen(beleid, actor, object, vandaag);
    if (!besluit.toegestaan()) {
      LOG.warning(
          () ->
              "Geweigerd: "
                  + handeling
                  + " door "
                  + actor.gebruikersnaam()
                  + ": "
                  + besluit.reden());
      throw new GeenToegang(besluit.reden());
    }
  }

  private GeenToegang weiger(Actor actor, Handeling<?> handeling, String waarom) {
    LOG.warning(
        () -> "Geweigerd: " + handeling + " door " + actor.gebruikersnaam() + " (" + waarom + ")");
    return new GeenToegang(handeling.weigering());
  }

  private <O> void log(
      Actor actor,
      Handeling<O> handeling,
      List<O> objecten,
      Vastlegging vastlegging,
      Instant start) {
    if (!handeling.wordtGelogd() || vastlegging.isGeenVerwerking()) {
      return;
    }
    List<Long> betrokkenen = vastlegging.betrokkenen(handeling.betrokkenen(objecten));
    if (betrokkenen.isEmpty()) {
      return;
    }
    logboek.registreer(
        new Verwerking(
            verzoek.traceId(),
            handeling.operatie(),
            handeling.actie(),
            handeling.activiteit(objecten),
            betrokkenen,
            actor,
            verzoek.toegangspunt(),
            vastlegging.objecten(handeling.objecten(objecten)),
            verzoek.herkomst(),
            start,
            Instant.now(klok),
            true));
  }
}
