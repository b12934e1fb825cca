package nl.zvh.regie.overleg;

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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.casus.UitTeNodigenPartner;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.procesregie.Heragendering;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;

/**
 * Planning overleggen: the work behind {@link Overleggen} for an explicit actor. Invitations,
 * updates and cancellations go out as calendar mail once the change is committed ({@link
 * Overlegmeldingen}).
 */
@ApplicationScoped
@Transactional
public class Overlegdienst {

  private static final String OVERLEG = "Dit overleg";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;
  @Inject private Event<Overlegmeldingen.Melding> meldingen;
  @Inject private Overleglezer lezer;

  /** The overleggen of a case, first to last, with the reader's own answer. */
  public Overleglijst overleggen(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEGGEN_INZIEN,
        casusId,
        (casus, log) ->
            new Overleglijst(
                lezer.vanCasus(casusId).stream().map(o -> regel(o, actor)).toList(),
                poort.mag(actor, Handeling.OVERLEG_PLANNEN, casus) && casus.isOverlegMogelijk()));
  }

  public OverlegWeergave lees(Actor actor, long overlegId) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEG_INZIEN,
        overlegId,
        (overleg, log) -> lezer.weergave(actor, overleg));
  }

  /** Plans the case's next overleg and invites; returns its id. */
  public long plan(Actor actor, long casusId, Overlegplanning planning) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEG_PLANNEN,
        casusId,
        (casus, log) -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          int nummer = lezer.vanCasus(casusId).size() + 1;
          Overleg overleg =
              new Overleg(
                  casus,
                  nummer,
                  planning.moment(),
                  voorzitter(planning.voorzitterId()),
                  planning.agenda(),
                  actor.gebruikersnaam(),
                  nu);
          vereisGenodigden(planning);
          List<Gebruiker> nieuw = nodigUit(overleg, planning.genodigden(), nu.toLocalDate());
          em.persist(overleg);
          tijdlijn(overleg, Gebeurtenis.Soort.OVERLEG_GEPLAND, actor, nu);
          if (casus.getStatus() == CasusStatus.IN_UITVOERING) {
            heragendeer(overleg, planning, actor, nu);
          }
          em.flush();
          log.object("overleg:" + overleg.getId());
          meldingen.fire(Overlegmeldingen.uitnodiging(overleg, nieuw));
          return overleg.getId();
        });
  }

  /**
   * Moves the overleg or changes chair, agenda or invitees: those who stay get an update of their
   * invitation, new ones an invitation, those taken off a cancellation.
   */
  public void wijzig(Actor actor, long overlegId, long versie, Overlegplanning planning) {
    poort.verwerk(
        actor,
        Handeling.OVERLEG_WIJZIGEN,
        overlegId,
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(versie, overleg.getVersie(), OVERLEG);
          OffsetDateTime nu = OffsetDateTime.now(klok);
          vereisGenodigden(planning);
          overleg.wijzigPlanning(
              planning.moment(),
              voorzitter(planning.voorzitterId()),
              planning.agenda(),
              nu.toLocalDate());
          Set<Long> gevraagd = new HashSet<>(planning.genodigden());
          List<Gebruiker> afgemeld = new ArrayList<>();
          for (Genodigde genodigde : overleg.getGenodigden()) {
            if (!gevraagd.contains(genodigde.getGebruiker().getId())) {
              afgemeld.add(
                  overleg.haalGenodigdeWeg(genodigde.getGebruiker().getId()).getGebruiker());
            }
          }
          List<Long> erbij =
              planning.genodigden().stream().filter(id -> overleg.genodigde(id).isEmpty()).toList();
          List<Gebruiker> nieuw = nodigUit(overleg, erbij, nu.toLocalDate());
          tijdlijn(overleg, Gebeurtenis.Soort.OVERLEG_GEWIJZIGD, actor, nu);
          em.flush();
          meldingen.fire(Overlegmeldingen.wijziging(overleg, nieuw, afgemeld));
          return overleg;
        });
  }

  public void annuleer(Actor actor, long overlegId, long versie, String reden) {
    poort.verwerk(
        actor,
        Handeling.OVERLEG_WIJZIGEN,
        overlegId,
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(versie, overleg.getVersie(), OVERLEG);
          overleg.annuleer(reden);
          tijdlijn(overleg, Gebeurtenis.Soort.OVERLEG_GEANNULEERD, actor, OffsetDateTime.now(klok));
          em.flush();
          meldingen.fire(Overlegmeldingen.annulering(overleg));
          return overleg;
        });
  }

  /**
   * Records the safety check and whether the betrokkene is invited; without a check that found no
   * risk the domain refuses the invitation, with the reason.
   */
  public void legVeiligheidVast(
      Actor actor, long overlegId, long versie, Veiligheidsinvoer invoer) {
    poort.verwerk(
        actor,
        Handeling.OVERLEG_WIJZIGEN,
        overlegId,
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(versie, overleg.getVersie(), OVERLEG);
          // A first check is validated as soon as any of it is filled in; without it, only the
          // invitation is asked, which the domain refuses with the reason.
          if (invoer.uitkomst() != null
              || (overleg.getVeiligheidscheck().isEmpty() && !invoer.isZonderCheck())) {
            overleg.legVeiligheidscheckVast(
                new Veiligheidscheck(
                    invoer.afgestemdMet(),
                    invoer.afgestemdOp(),
                    invoer.uitkomst(),
                    invoer.toelichting(),
                    actor.gebruikersnaam(),
                    OffsetDateTime.now(klok)));
          }
          overleg.nodigBetrokkeneUit(invoer.betrokkeneUitnodigen());
          em.flush();
          return overleg;
        });
  }

  /** An invitee says whether they come. */
  public void reageer(Actor actor, long overlegId, Genodigde.Reactie reactie) {
    poort.verwerk(
        actor,
        Handeling.OVERLEG_REAGEREN,
        overlegId,
        (overleg, log) -> {
          overleg.reageer(gebruiker(actor).getId(), reactie, OffsetDateTime.now(klok));
          em.flush();
          return overleg;
        });
  }

  /** The actor's organisation has prepared the overleg. */
  public void meldVoorbereid(Actor actor, long overlegId) {
    poort.verwerk(
        actor,
        Handeling.OVERLEG_VOORBEREIDEN,
        overlegId,
        (overleg, log) -> {
          overleg.meldVoorbereid(actor.organisatieId(), OffsetDateTime.now(klok));
          em.flush();
          return overleg;
        });
  }

  /**
   * The partner users who can be invited: active, of a convenant organisation; those of the
   * organisations the referral asked to invite, or that take part, come first and are marked.
   */
  public List<Persoonkeuze> uitTeNodigen(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEG_PLANNEN,
        casusId,
        (casus, log) -> {
          log.geenVerwerking();
          Set<Long> voorgesteld = voorgesteldeOrganisaties(casus);
          return em
              .createQuery(
                  "select g from Gebruiker g join fetch g.organisatie o where g.rol = :rol"
                      + " and g.actief = true order by o.naam, g.naam",
                  Gebruiker.class)
              .setParameter("rol", Rol.KETENPARTNER)
              .getResultList()
              .stream()
              .map(g -> Persoonkeuze.van(g, voorgesteld.contains(g.getOrganisatie().getId())))
              .sorted(Comparator.comparing((Persoonkeuze k) -> !k.voorgesteld()))
              .toList();
        });
  }

  /** The procesregisseurs who can chair. */
  public List<Persoonkeuze> voorzitters() {
    return em
        .createQuery(
            "select g from Gebruiker g join fetch g.organisatie where g.rol = :rol"
                + " and g.actief = true order by g.naam",
            Gebruiker.class)
        .setParameter("rol", Rol.PROCESREGISSEUR)
        .getResultList()
        .stream()
        .map(g -> Persoonkeuze.van(g, false))
        .toList();
  }

  /**
   * For a follow-up overleg of a case in uitvoering: the casusregisseur with whom the
   * procesregisseur decides on it (empty for a first ICO, or when the case has none).
   */
  public Optional<String> vervolgMet(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.CASUSSEN_LIJST,
        casusId,
        (casus, log) ->
            casus.getStatus() == CasusStatus.IN_UITVOERING
                ? Casusregisseurs.inFunctie(em, casusId).map(Gebruiker::getNaam)
                : Optional.<String>empty());
  }

  /**
   * Re-agendering (domain step 7): a follow-up overleg is decided with the casusregisseur, who must
   * have agreed; who agreed and why is recorded with the overleg and on the timeline.
   */
  private void heragendeer(
      Overleg overleg, Overlegplanning planning, Actor actor, OffsetDateTime nu) {
    Gebruiker casusregisseur =
        Casusregisseurs.inFunctie(em, overleg.getCasus().getId()).orElse(null);
    if (casusregisseur != null && !planning.akkoordCasusregisseur()) {
      throw new DomeinRegelGeschonden(
          "akkoordCasusregisseur",
          "Een vervolgoverleg besluit u samen met de casusregisseur: geef aan dat "
              + casusregisseur.getNaam()
              + " akkoord is.");
    }
    Heragendering heragendering =
        new Heragendering(
            overleg, casusregisseur, planning.heragenderingReden(), actor.gebruikersnaam(), nu);
    em.persist(heragendering);
    overleg
        .getCasus()
        .registreerVoortgang(
            Gebeurtenis.Soort.HERAGENDERING,
            actor.gebruikersnaam(),
            "Vervolgoverleg besloten met casusregisseur " + casusregisseur.getNaam(),
            nu);
  }

  /** Puts what happened to the overleg on its case's timeline, in a few words. */
  static void tijdlijn(
      Overleg overleg, Gebeurtenis.Soort soort, Actor actor, OffsetDateTime tijdstip) {
    overleg
        .getCasus()
        .registreerVoortgang(
            soort, actor.gebruikersnaam(), Overlegmeldingen.omschrijving(overleg), tijdstip);
  }

  private Set<Long> voorgesteldeOrganisaties(Casus casus) {
    Set<Long> ids = new HashSet<>();
    casus.getAanmelding().getPartners().stream()
        .map(UitTeNodigenPartner::getOrganisatie)
        .forEach(o -> ids.add(o.getId()));
    LocalDate vandaag = LocalDate.now(klok);
    casus.getDeelnames().stream()
        .filter(d -> d.isActiefOp(vandaag))
        .forEach(d -> ids.add(d.getOrganisatie().getId()));
    return ids;
  }

  /** Invites the people; their organisations take part in the case from today (need to know). */
  private List<Gebruiker> nodigUit(Overleg overleg, List<Long> gebruikerIds, LocalDate vandaag) {
    List<Gebruiker> uitgenodigd = new ArrayList<>();
    for (Long id : gebruikerIds) {
      Gebruiker gebruiker = em.find(Gebruiker.class, id);
      if (gebruiker == null) {
        throw new DomeinRegelGeschonden("genodigden", "Deze persoon bestaat niet (meer).");
      }
      overleg.nodigUit(gebruiker);
      Casus casus = overleg.getCasus();
      if (!casus.neemtDeel(gebruiker.getOrganisatie().getId(), vandaag)) {
        casus.laatDeelnemen(gebruiker.getOrganisatie(), vandaag);
      }
      uitgenodigd.add(gebruiker);
    }
    return uitgenodigd;
  }

  private static void vereisGenodigden(Overlegplanning planning) {
    DomeinRegelGeschonden.vereis(
        !planning.genodigden().isEmpty(),
        "genodigden",
        "Nodig ten minste één persoon van een partnerorganisatie uit.");
  }

  private Gebruiker voorzitter(Long id) {
    Gebruiker voorzitter = id == null ? null : em.find(Gebruiker.class, id);
    DomeinRegelGeschonden.vereis(voorzitter != null, "voorzitter", "Kies de voorzitter.");
    return voorzitter;
  }

  private Gebruiker gebruiker(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getSingleResult();
  }

  private static OverlegRegel regel(Overleg o, Actor actor) {
    List<Genodigde> genodigden = o.getGenodigden();
    return new OverlegRegel(
        o.getId(),
        o.getNummer(),
        o.getStatus(),
        o.getDatum(),
        o.getMoment().begin(),
        o.getMoment().eind(),
        Overlegmeldingen.plaats(o),
        genodigden.size(),
        (int) genodigden.stream().filter(g -> g.getReactie() == Genodigde.Reactie.KOMT).count(),
        o.laatsteVerslag().isPresent(),
        genodigden.stream()
            .filter(g -> g.getGebruiker().getGebruikersnaam().equals(actor.gebruikersnaam()))
            .map(Genodigde::getReactie)
            .findFirst()
            .orElse(null));
  }

  /** Used by the plan: the plan of the case, made on first use. */
  static PlanVanAanpak planVan(EntityManager em, Casus casus) {
    return em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casus.getId())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              PlanVanAanpak plan = new PlanVanAanpak(casus);
              em.persist(plan);
              return plan;
            });
  }
}
