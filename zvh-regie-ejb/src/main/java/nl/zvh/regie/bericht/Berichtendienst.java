package nl.zvh.regie.bericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.bericht.Bericht;
import nl.zvh.domain.model.bericht.Berichtlezing;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.melding.Ontvangers;

/**
 * The message thread of a case for an explicit actor: the work behind {@link Berichtenverkeer}.
 * Reading and sending go through the {@link Verwerkingspoort} ({@code berichten.lezen}, {@code
 * bericht.versturen}), so the policy decides and the log records them; the unread count is numbers
 * only.
 */
@ApplicationScoped
@Transactional
public class Berichtendienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;
  @Inject private Event<Berichtmeldingen.Melding> meldingen;

  /**
   * A page of the case's thread, newest last (page 0 holds the newest messages); the reader has
   * read it up to the newest message shown.
   */
  public Draad lees(Actor actor, long casusId, int pagina) {
    return poort.verwerk(
        actor,
        Handeling.BERICHTEN_LEZEN,
        casusId,
        (casus, log) -> {
          int p = Math.max(0, pagina);
          long aantal =
              em.createQuery(
                      "select count(b) from Bericht b where b.casus.id = :casusId", Long.class)
                  .setParameter("casusId", casusId)
                  .getSingleResult();
          List<Bericht> berichten =
              new ArrayList<>(
                  em.createQuery(
                          "select b from Bericht b join fetch b.afzender"
                              + " left join fetch b.organisatie"
                              + " where b.casus.id = :casusId order by b.id desc",
                          Bericht.class)
                      .setParameter("casusId", casusId)
                      .setFirstResult(p * Draad.PAGINA)
                      .setMaxResults(Draad.PAGINA)
                      .getResultList());
          Collections.reverse(berichten);
          Gebruiker lezer = gebruiker(actor);
          Optional<Berichtlezing> eerder = lezing(lezer, casusId);
          List<Draad.Regel> regels =
              berichten.stream()
                  .map(
                      b ->
                          regel(
                              b, lezer, eerder.map(l -> l.isOngelezen(b)).orElse(!eigen(b, lezer))))
                  .toList();
          if (!berichten.isEmpty()) {
            OffsetDateTime nu = OffsetDateTime.now(klok);
            Berichtlezing lezing =
                eerder.orElseGet(
                    () -> {
                      Berichtlezing nieuw = new Berichtlezing(lezer, casus, nu);
                      em.persist(nieuw);
                      return nieuw;
                    });
            lezing.gelezenTot(berichten.get(berichten.size() - 1), nu);
          }
          return new Draad(
              casusId,
              casus.getNummer(),
              regels,
              p,
              (long) (p + 1) * Draad.PAGINA < aantal,
              aantal);
        });
  }

  /**
   * Sends a message in the case's thread, optionally as a correction of an earlier message of the
   * sender's; the people the thread concerns get an e-mail without content after the commit.
   * Returns the new message's id.
   */
  public long verstuur(Actor actor, long casusId, String tekst, Long corrigeert) {
    return poort.verwerk(
        actor,
        Handeling.BERICHT_VERSTUREN,
        casusId,
        (casus, log) -> {
          Gebruiker afzender = gebruiker(actor);
          Bericht eerder = corrigeert == null ? null : em.find(Bericht.class, corrigeert);
          DomeinRegelGeschonden.vereis(
              corrigeert == null || eerder != null,
              "corrigeert",
              "Het bericht dat u corrigeert bestaat niet.");
          Bericht bericht = new Bericht(casus, afzender, tekst, eerder, OffsetDateTime.now(klok));
          em.persist(bericht);
          em.flush();
          log.object("casus:" + casusId + " bericht:" + bericht.getId());
          meldingen.fire(
              new Berichtmeldingen.Melding(
                  casusId, casus.getNummer(), ontvangers(casus, afzender)));
          return bericht.getId();
        });
  }

  /** The unread messages of the actor over all cases whose thread they may read: one query. */
  public Ongelezen ongelezen(Actor actor) {
    return new Ongelezen(Berichtenteller.tel(em, actor, LocalDate.now(klok)));
  }

  /**
   * Who hears of a new message: the partners who work on the case (invitees of its overleggen, the
   * casusregisseur, the referrer) while their organisation takes part, and its procesregisseurs
   * (the chairs of its overleggen, or every procesregisseur before there is one); active accounts
   * only, never the sender. E-mail addresses, distinct.
   */
  private List<String> ontvangers(Casus casus, Gebruiker afzender) {
    Set<String> aan = new LinkedHashSet<>(Ontvangers.deelnemers(em, casus, LocalDate.now(klok)));
    aan.addAll(Ontvangers.procesregisseurs(em, casus.getId()));
    aan.remove(afzender.getEmail());
    return List.copyOf(aan);
  }

  private Optional<Berichtlezing> lezing(Gebruiker lezer, long casusId) {
    return em.createNamedQuery("Berichtlezing.van", Berichtlezing.class)
        .setParameter("gebruikerId", lezer.getId())
        .setParameter("casusId", casusId)
        .getResultStream()
        .findFirst();
  }

  private static Draad.Regel regel(Bericht b, Gebruiker lezer, boolean ongelezen) {
    return new Draad.Regel(
        b.getId(),
        b.getAfzender().getNaam(),
        b.getOrganisatie().map(Organisatie::getNaam).orElse(null),
        b.getVerstuurdOp(),
        b.getTekst(),
        eigen(b, lezer),
        ongelezen,
        b.getCorrigeertId().orElse(null));
  }

  private static boolean eigen(Bericht b, Gebruiker lezer) {
    return b.getAfzender().getId().equals(lezer.getId());
  }

  private Gebruiker gebruiker(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getSingleResult();
  }
}
