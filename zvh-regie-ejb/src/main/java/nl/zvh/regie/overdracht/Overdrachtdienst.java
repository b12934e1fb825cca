package nl.zvh.regie.overdracht;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Deelname;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Casusregisseurschap;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.melding.Ontvangers;
import nl.zvh.regie.overleg.Persoonkeuze;

/**
 * The work behind {@link Overdracht}, for an explicit actor: handing over actiepunten and the
 * casusregie, and ending an organisation's involvement. The rules are in the domain, who may do
 * which in the policy; this puts them together, records the timeline and sends the mails.
 */
@ApplicationScoped
@Transactional
public class Overdrachtdienst {

  private static final String ACTIEPUNT = "Dit actiepunt";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Event<Overdrachtmeldingen.Melding> meldingen;
  @Inject private Clock klok;

  /** What the actor may hand over in this case, and to whom. */
  public Overdrachtweergave weergave(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.OVERDRACHT_INZIEN,
        casusId,
        (casus, log) -> {
          LocalDate vandaag = LocalDate.now(klok);
          Optional<PlanVanAanpak> plan = plan(casusId);
          List<Overdrachtweergave.Actiepunt> actiepunten =
              plan.map(p -> p.getActiepunten().stream())
                  .orElseGet(java.util.stream.Stream::empty)
                  .filter(Actiepunt::isOpenVastgesteld)
                  .filter(a -> poort.mag(actor, Handeling.ACTIEPUNT_OVERDRAGEN, a))
                  .map(
                      a ->
                          new Overdrachtweergave.Actiepunt(
                              a.getNummer(),
                              a.getVersie(),
                              a.getOmschrijving(),
                              a.getPersoon().map(Gebruiker::getNaam).orElse(null),
                              a.getDeadline(),
                              a.getStatus()))
                  .toList();
          Gebruiker zelf = gebruiker(actor);
          boolean eigen =
              zelf != null
                  && poort.mag(actor, Handeling.ACTIEPUNTEN_OVERDRAGEN, casus)
                  && plan.map(p -> !p.openActiepuntenVan(zelf).isEmpty()).orElse(false);
          List<Persoonkeuze> collegas =
              actiepunten.isEmpty() && !eigen
                  ? List.of()
                  : partners(Set.of(actor.organisatieId())).stream()
                      .filter(k -> zelf == null || k.id() != zelf.getId())
                      .toList();
          Optional<Casusregisseurschap> regisseur =
              plan.flatMap(PlanVanAanpak::casusregisseurInFunctie);
          boolean regie =
              regisseur.isPresent()
                  && poort.mag(actor, Handeling.CASUSREGIE_OVERDRAGEN, plan.get());
          List<Persoonkeuze> kandidaten =
              regie
                  ? partners(deelnemers(casus, vandaag)).stream()
                      .filter(k -> k.id() != regisseur.get().getGebruiker().getId())
                      .toList()
                  : List.of();
          List<Overdrachtweergave.Deelnemer> beeindigbaar =
              casus.getDeelnames().stream()
                  .filter(d -> d.isActiefOp(vandaag) && d.getTot() == null)
                  .filter(d -> !d.getOrganisatie().isZvh())
                  .filter(d -> poort.mag(actor, Handeling.DEELNAME_BEEINDIGEN, d))
                  .map(
                      d ->
                          new Overdrachtweergave.Deelnemer(
                              d.getId(), d.getOrganisatie().getNaam(), null, null))
                  .toList();
          List<Overdrachtweergave.Deelnemer> vertrekkend =
              casus.getDeelnames().stream()
                  .filter(d -> d.getEindigtOp().filter(e -> e.isAfter(vandaag)).isPresent())
                  .filter(d -> d.getRedenEinde().isPresent())
                  .map(
                      d ->
                          new Overdrachtweergave.Deelnemer(
                              d.getId(),
                              d.getOrganisatie().getNaam(),
                              d.getEindigtOp().orElseThrow(),
                              d.getRedenEinde().orElseThrow()))
                  .toList();
          return new Overdrachtweergave(
              casusId,
              actiepunten,
              collegas,
              eigen,
              regie,
              regisseur.map(r -> r.getGebruiker().getId()).orElse(null),
              regisseur
                  .map(r -> r.getGebruiker().getNaam() + " (" + r.getOrganisatie().getNaam() + ")")
                  .orElse(null),
              kandidaten,
              beeindigbaar,
              vertrekkend);
        });
  }

  /**
   * Hands one actiepunt to a colleague; {@code versie} is the actiepunt's version the form showed,
   * so a change by someone else in between gives a conflict, not a lost update.
   */
  public void draagActiepuntOver(
      Actor actor, long casusId, int nummer, long versie, long collegaId) {
    poort.verwerkGevonden(
        actor,
        Handeling.ACTIEPUNT_OVERDRAGEN,
        () ->
            plan(casusId)
                .flatMap(
                    p ->
                        p.getActiepunten().stream()
                            .filter(a -> a.getNummer() == nummer)
                            .findFirst())
                .orElse(null),
        (actiepunt, log) -> {
          GelijktijdigGewijzigd.controleer(versie, actiepunt.getVersie(), ACTIEPUNT);
          String van = actiepunt.getPersoon().map(Gebruiker::getNaam).orElse("niemand");
          Gebruiker collega = em.find(Gebruiker.class, collegaId);
          actiepunt.getPlan().draagActiepuntOver(nummer, collega);
          tijdlijn(actiepunt.getPlan().getCasus(), actor, omschrijving(actiepunt, van, collega));
          bewaar(ACTIEPUNT);
          return actiepunt;
        });
  }

  /** Hands all running actiepunten on the actor's own name in this case to a colleague. */
  public int draagEigenActiepuntenOver(Actor actor, long casusId, long collegaId) {
    return poort.verwerk(
        actor,
        Handeling.ACTIEPUNTEN_OVERDRAGEN,
        casusId,
        (casus, log) -> {
          PlanVanAanpak plan =
              plan(casusId)
                  .orElseThrow(
                      () ->
                          new DomeinRegelGeschonden("Deze casus heeft nog geen plan van aanpak."));
          Gebruiker zelf = gebruiker(actor);
          Gebruiker collega = em.find(Gebruiker.class, collegaId);
          List<Actiepunt> over = plan.draagActiepuntenOver(zelf, collega);
          for (Actiepunt a : over) {
            tijdlijn(casus, actor, omschrijving(a, zelf.getNaam(), collega));
          }
          bewaar(ACTIEPUNT);
          return over.size();
        });
  }

  /**
   * Hands the casusregie to another active partner user of a participating organisation, at once,
   * as a new version of the plan. {@code huidigeId} is the casusregisseur the form showed: when
   * someone else handed it over in between, nothing happens and the user is told.
   */
  public void draagCasusregieOver(Actor actor, long casusId, Long huidigeId, Long nieuweId) {
    poort.verwerkGevonden(
        actor,
        Handeling.CASUSREGIE_OVERDRAGEN,
        () -> plan(casusId).orElse(null),
        (plan, log) -> {
          Long huidig =
              plan.casusregisseurInFunctie().map(c -> c.getGebruiker().getId()).orElse(null);
          if (huidigeId != null && !huidigeId.equals(huidig)) {
            throw new GelijktijdigGewijzigd("De casusregie");
          }
          vereis(nieuweId != null, "casusregisseur", "Kies de nieuwe casusregisseur.");
          Gebruiker nieuw = em.find(Gebruiker.class, nieuweId);
          vereis(nieuw != null, "casusregisseur", "Deze persoon bestaat niet (meer).");
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Planversie versie = plan.draagCasusregieOver(nieuw, actor.gebruikersnaam(), nu);
          Casus casus = plan.getCasus();
          casus.registreerVoortgang(
              Gebeurtenis.Soort.CASUSREGIE_OVERGEDRAGEN,
              actor.gebruikersnaam(),
              versie.getWijzigingen().get(0) + "; plan van aanpak, versie " + versie.getNummer(),
              nu);
          // The concept's casusregisseur changed with it: an open concept form is stale now.
          em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          bewaar("Het plan van aanpak");
          meldingen.fire(
              new Overdrachtmeldingen.Melding(
                  Overdrachtmeldingen.Soort.CASUSREGIE_OVERGEDRAGEN,
                  List.of(nieuw.getEmail()),
                  casus.getId(),
                  casus.getNummer()));
          return plan;
        });
  }

  /**
   * Ends an organisation's involvement from a date (today or later), with the reason: refused while
   * it has open actiepunten or the casusregie. The casusregisseur and the chairs of the case's
   * overleggen are told by mail, the participants on the timeline.
   */
  public void beeindigDeelname(Actor actor, long deelnameId, String reden, LocalDate vanaf) {
    poort.verwerk(
        actor,
        Handeling.DEELNAME_BEEINDIGEN,
        deelnameId,
        (deelname, log) -> {
          Casus casus = deelname.getCasus();
          Organisatie organisatie = deelname.getOrganisatie();
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Optional<PlanVanAanpak> plan = plan(casus.getId());
          if (plan.isPresent()) {
            plan.get().beeindigDeelname(organisatie, reden, vanaf, actor.gebruikersnaam(), nu);
          } else {
            casus.meldVertrek(organisatie, reden, vanaf, actor.gebruikersnaam(), nu);
          }
          bewaar("Deze deelname");
          List<String> aan = new ArrayList<>(voorzitters(casus.getId()));
          plan.flatMap(PlanVanAanpak::casusregisseurInFunctie)
              .ifPresent(c -> aan.add(c.getGebruiker().getEmail()));
          meldingen.fire(
              new Overdrachtmeldingen.Melding(
                  Overdrachtmeldingen.Soort.DEELNAME_BEEINDIGD,
                  aan,
                  casus.getId(),
                  casus.getNummer()));
          return deelname;
        });
  }

  private List<String> voorzitters(long casusId) {
    return Ontvangers.procesregisseurs(em, casusId);
  }

  private void tijdlijn(Casus casus, Actor actor, String omschrijving) {
    casus.registreerVoortgang(
        Gebeurtenis.Soort.ACTIEPUNT_OVERGEDRAGEN,
        actor.gebruikersnaam(),
        omschrijving,
        OffsetDateTime.now(klok));
  }

  private static String omschrijving(Actiepunt a, String van, Gebruiker collega) {
    String tekst = a.getOmschrijving();
    String kort = tekst.length() <= 80 ? tekst : tekst.substring(0, 79) + "…";
    return "Actiepunt '"
        + kort
        + "' ("
        + a.getEigenaar().getNaam()
        + "): "
        + van
        + " → "
        + collega.getNaam();
  }

  private void bewaar(String wat) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd(wat);
    }
  }

  private Optional<PlanVanAanpak> plan(long casusId) {
    return em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casusId)
        .getResultStream()
        .findFirst();
  }

  private Gebruiker gebruiker(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static Set<Long> deelnemers(Casus casus, LocalDate vandaag) {
    return casus.getDeelnames().stream()
        .filter(d -> d.isActiefOp(vandaag))
        .map(Deelname::getOrganisatie)
        .filter(o -> !o.isZvh())
        .map(Organisatie::getId)
        .collect(Collectors.toSet());
  }

  /** The active partner users of these organisations, by organisation and name. */
  private List<Persoonkeuze> partners(Set<Long> organisaties) {
    if (organisaties.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select g from Gebruiker g join fetch g.organisatie o where g.rol = :rol"
                + " and g.actief = true and o.id in :ids order by o.naam, g.naam",
            Gebruiker.class)
        .setParameter("rol", Rol.KETENPARTNER)
        .setParameter("ids", organisaties)
        .getResultList()
        .stream()
        .map(g -> Persoonkeuze.van(g, false))
        .toList();
  }
}
