package nl.zvh.regie.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GebruikerGedeactiveerd;
import nl.zvh.regie.melding.Ontvangers;

/**
 * The casusregie is never silently vacant: a case in uitvoering whose casusregisseur (the one the
 * last established plan names) has a deactivated account, or whose organisation no longer takes
 * part, needs the procesregisseur to appoint a new one. Derived in the database each time it is
 * asked, so it is right again the moment a successor is appointed, the account is reactivated or
 * the organisation takes part again.
 */
@ApplicationScoped
@Transactional
public class Casusregiebewaking {

  /**
   * Per case in uitvoering: the case, and the account and involvement of the casusregisseur of its
   * last established plan version. The status is an enum literal in the query.
   */
  private static final String REGISSEURS =
      " from PlanVanAanpak p join p.casus c join p.versies v join v.regels r, Gebruiker g"
          + " where c.status = nl.zvh.domain.model.casus.CasusStatus.IN_UITVOERING"
          + " and r.soort = nl.zvh.domain.model.plan.Planregel.Soort.CASUSREGISSEUR"
          + " and g.id = r.sleutel"
          + " and v.nummer = (select max(w.nummer) from Planversie w where w.plan = p)";

  private static final String DEELNEMEND =
      "exists (select d from Deelname d where d.casus = c and d.organisatie = g.organisatie"
          + " and d.sinds <= :vandaag and (d.tot is null or d.tot >= :vandaag))";

  private static final String NODIG = " and (g.actief = :nee or not " + DEELNEMEND + ")";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Event<Overdrachtmeldingen.Melding> meldingen;
  @Inject private Clock klok;

  /** How many cases need a new casusregisseur; a count, no personal data. */
  public long aantal() {
    return aantal(em, LocalDate.now(klok)).getSingleResult();
  }

  static TypedQuery<Long> aantal(EntityManager em, LocalDate vandaag) {
    return em.createQuery("select count(c)" + REGISSEURS + NODIG, Long.class)
        .setParameter("vandaag", vandaag)
        .setParameter("nee", false)
        // Bound, not printed: H2 compares a boolean column with a boolean, not with 0.
        .setHint("eclipselink.jdbc.bind-parameters", "true");
  }

  /** Per case that needs a new casusregisseur: the case, and whether the account is active. */
  static TypedQuery<Object[]> nodig(EntityManager em, LocalDate vandaag) {
    return em.createQuery(
            "select c, g.actief" + REGISSEURS + NODIG + " order by c.nummer", Object[].class)
        .setParameter("vandaag", vandaag)
        .setParameter("nee", false)
        // Bound, not printed: H2 compares a boolean column with a boolean, not with 0.
        .setHint("eclipselink.jdbc.bind-parameters", "true");
  }

  /**
   * The cases that need a new casusregisseur, by number, with the reason; for the procesregisseur.
   */
  public List<CasusregieNodig> casussen(Actor actor) {
    LocalDate vandaag = LocalDate.now(klok);
    Map<Long, Boolean> actief = new HashMap<>();
    return poort.verwerkLijst(
        actor,
        Handeling.CASUSREGISSEUR_NODIG,
        () -> {
          List<Object[]> rijen = nodig(em, vandaag).getResultList();
          rijen.forEach(r -> actief.put(((Casus) r[0]).getId(), (Boolean) r[1]));
          return rijen.stream().map(r -> (Casus) r[0]).toList();
        },
        (casussen, log) ->
            casussen.stream()
                .map(
                    c ->
                        new CasusregieNodig(
                            c.getId(),
                            c.getNummer(),
                            actief.get(c.getId())
                                ? Casusregiestand.ORGANISATIE_VERTROKKEN
                                : Casusregiestand.ACCOUNT_INACTIEF))
                .toList());
  }

  /** Whether this case still has a working casusregisseur, for its header: no names. */
  public Casusregiestand stand(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.CASUSREGIE_STAND,
        casusId,
        (casus, log) ->
            vanCasus(casusId)
                .map(
                    rij ->
                        !Boolean.TRUE.equals(rij[0])
                            ? Casusregiestand.ACCOUNT_INACTIEF
                            : casus.neemtDeel((Long) rij[1], LocalDate.now(klok))
                                ? Casusregiestand.IN_ORDE
                                : Casusregiestand.ORGANISATIE_VERTROKKEN)
                .orElse(Casusregiestand.IN_ORDE));
  }

  private Optional<Object[]> vanCasus(long casusId) {
    return em.createQuery(
            "select g.actief, g.organisatie.id" + REGISSEURS + " and c.id = :casusId",
            Object[].class)
        .setParameter("casusId", casusId)
        .getResultStream()
        .findFirst();
  }

  /**
   * For each case in uitvoering of which this user is the casusregisseur: mails the
   * procesregisseurs who chaired its overleggen (after the commit) that a new one is needed.
   * Numbers only; in the transaction that deactivates the account, as the system.
   */
  void meldGedeactiveerd(@Observes GebruikerGedeactiveerd gedeactiveerd) {
    List<Object[]> casussen =
        vanRegisseur(em, gedeactiveerd.gebruikerId(), "select c.id, c.nummer").getResultList();
    for (Object[] rij : casussen) {
      long casusId = (Long) rij[0];
      meldingen.fire(
          new Overdrachtmeldingen.Melding(
              Overdrachtmeldingen.Soort.CASUSREGISSEUR_NODIG,
              Ontvangers.procesregisseurs(em, casusId),
              casusId,
              (String) rij[1]));
    }
  }

  /**
   * Of how many cases in uitvoering each user is the casusregisseur (for the beheerder's warning).
   */
  public Map<Long, Long> aantalPerRegisseur() {
    return aantalPerRegisseur(em);
  }

  static Map<Long, Long> aantalPerRegisseur(EntityManager em) {
    Map<Long, Long> aantallen = new HashMap<>();
    em.createQuery("select g.id, count(c)" + REGISSEURS + " group by g.id", Object[].class)
        .getResultList()
        .forEach(r -> aantallen.put((Long) r[0], (Long) r[1]));
    return aantallen;
  }

  static TypedQuery<Object[]> vanRegisseur(EntityManager em, long gebruikerId, String select) {
    return em.createQuery(select + REGISSEURS + " and g.id = :gebruikerId", Object[].class)
        .setParameter("gebruikerId", gebruikerId);
  }
}
