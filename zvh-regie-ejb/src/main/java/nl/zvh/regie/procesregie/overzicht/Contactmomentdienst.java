package nl.zvh.regie.procesregie.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.overleg.Casusregisseurs;

/**
 * The procesregisseur keeps in touch with the casusregisseur (domain step 7): records a contact
 * moment with the casusregisseur in function, which the timeline shows without its note, and reads
 * the contacts of a case. For an explicit actor; the work behind {@link Contactmomenten}.
 */
@ApplicationScoped
@Transactional
public class Contactmomentdienst {

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  /** The contacts of a case, latest first, and its casusregisseur in function. */
  public Contactmomentweergave lees(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.PROCESREGIE_INZIEN,
        casusId,
        (casus, log) ->
            new Contactmomentweergave(
                casusId,
                Casusregisseurs.inFunctie(em, casusId).map(Gebruiker::getNaam).orElse(null),
                em.createQuery(
                        "select k from Contactmoment k join fetch k.casusregisseur where k.casus.id = :casusId"
                            + " order by k.datum desc, k.id desc",
                        Contactmoment.class)
                    .setParameter("casusId", casusId)
                    .getResultStream()
                    .map(
                        k ->
                            new Contactmomentweergave.Contact(
                                k.getDatum(),
                                k.getVorm(),
                                k.getCasusregisseur().getNaam(),
                                k.getNotitie().orElse(null),
                                k.getVastgelegdDoor()))
                    .toList()));
  }

  /**
   * Records a contact with the casusregisseur in function on a day (not in the future, at most a
   * year ago); the timeline says how and when, never the note.
   */
  public long legVast(
      Actor actor, long casusId, LocalDate datum, Contactmoment.Vorm vorm, String notitie) {
    return poort.verwerk(
        actor,
        Handeling.CONTACTMOMENT_VASTLEGGEN,
        casusId,
        (casus, log) -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Contactmoment contact =
              new Contactmoment(
                  casus,
                  Casusregisseurs.inFunctie(em, casusId).orElse(null),
                  datum,
                  vorm,
                  notitie,
                  actor.gebruikersnaam(),
                  nu);
          em.persist(contact);
          casus.registreerVoortgang(
              Gebeurtenis.Soort.CONTACT_CASUSREGISSEUR,
              actor.gebruikersnaam(),
              "Contact met de casusregisseur (" + vorm(vorm) + ") op " + DATUM.format(datum),
              nu);
          em.flush();
          return contact.getId();
        });
  }

  /** How the contact took place, in words for the timeline. */
  static String vorm(Contactmoment.Vorm vorm) {
    return switch (vorm) {
      case TELEFOON -> "telefoon";
      case E_MAIL -> "e-mail";
      case OVERLEG -> "overleg";
      case BEZOEK -> "bezoek";
    };
  }
}
