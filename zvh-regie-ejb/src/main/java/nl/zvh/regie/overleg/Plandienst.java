package nl.zvh.regie.overleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Zrmscore;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Casusregisseurschap;
import nl.zvh.domain.model.plan.Doel;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Planregel;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;

/**
 * The plan van aanpak and the progress of a case: reading it as the actor may, and changing the
 * concept. The work behind {@link Overleggen} for an explicit actor.
 */
@ApplicationScoped
@Transactional
public class Plandienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Overleglezer overleggen;
  @Inject private Clock klok;

  public PlanWeergave plan(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEGGEN_INZIEN,
        casusId,
        (casus, log) -> {
          boolean concept = poort.mag(actor, Handeling.CONCEPT_INZIEN, casus);
          Optional<PlanVanAanpak> plan = lees(casusId);
          return concept
              ? concept(casus, plan.orElse(null))
              : vastgesteld(casusId, plan.orElse(null));
        });
  }

  /** Saves the concept as the form holds it; returns the plan's new version. */
  public long bewaar(Actor actor, long casusId, long versie, Planinvoer invoer) {
    return poort.verwerk(
        actor,
        Handeling.PLAN_WIJZIGEN,
        casusId,
        (casus, log) -> {
          PlanVanAanpak plan = Overlegdienst.planVan(em, casus);
          GelijktijdigGewijzigd.controleer(versie, plan.getVersie(), "Het plan van aanpak");
          em.flush();
          neemOver(plan, invoer, actor.gebruikersnaam());
          // A change of doelen or actiepunten alone is one of the plan's: its version rises.
          em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          em.flush();
          return plan.getVersie();
        });
  }

  /** The ZRM scores over the overleggen; participants see those of established verslagen. */
  public Zrmverloop verloop(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEGGEN_INZIEN,
        casusId,
        (casus, log) -> {
          boolean concept = poort.mag(actor, Handeling.CONCEPT_INZIEN, casus);
          List<Overleg> gescoord =
              overleggen.vanCasus(casusId).stream()
                  .filter(o -> !o.getScores().isEmpty())
                  .filter(o -> concept || o.laatsteVerslag().isPresent())
                  .toList();
          return verloop(gescoord);
        });
  }

  static Zrmverloop verloop(List<Overleg> gescoord) {
    List<Zrmverloop.Meting> metingen =
        gescoord.stream().map(o -> new Zrmverloop.Meting(o.getNummer(), o.getDatum())).toList();
    Map<Long, String> namen = new LinkedHashMap<>();
    Map<Long, Map<Leefgebied, Integer[]>> scores = new LinkedHashMap<>();
    Map<Long, Map<Leefgebied, Integer>> doelen = new LinkedHashMap<>();
    for (int i = 0; i < gescoord.size(); i++) {
      for (Zrmscore s : gescoord.get(i).getScores()) {
        long id = s.getBetrokkene().getId();
        namen.putIfAbsent(id, Overleglezer.naam(s.getBetrokkene()));
        scores.computeIfAbsent(id, k -> new EnumMap<>(Leefgebied.class))
                .computeIfAbsent(s.getLeefgebied(), k -> new Integer[gescoord.size()])[i] =
            s.getScore();
        s.getDoelscore()
            .ifPresent(
                d ->
                    doelen
                        .computeIfAbsent(id, k -> new EnumMap<>(Leefgebied.class))
                        .put(s.getLeefgebied(), d));
      }
    }
    List<Zrmverloop.Persoon> personen = new ArrayList<>();
    namen.forEach(
        (id, naam) ->
            personen.add(
                new Zrmverloop.Persoon(
                    id,
                    naam,
                    scores.get(id).entrySet().stream()
                        .map(
                            e ->
                                new Zrmverloop.Reeks(
                                    e.getKey(),
                                    Arrays.asList(e.getValue()),
                                    doelen.getOrDefault(id, Map.of()).get(e.getKey())))
                        .toList())));
    return new Zrmverloop(metingen, personen);
  }

  /**
   * The plan with the lines and changes of all its versions, which the plan tab shows, in batches
   * too. Only here: batch-reading these collections of embedded values, once in the persistence
   * context, made EclipseLink fail on a later commit of the same context elsewhere.
   */
  Optional<PlanVanAanpak> lees(long casusId) {
    return em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
        .setParameter("casusId", casusId)
        .setHint("eclipselink.batch", "p.versies.regels")
        .setHint("eclipselink.batch", "p.versies.wijzigingen")
        .getResultStream()
        .findFirst();
  }

  private PlanWeergave concept(Casus casus, PlanVanAanpak plan) {
    LocalDate vandaag = LocalDate.now(klok);
    List<Persoonkeuze> partners = partners(casus, vandaag);
    if (plan == null) {
      return new PlanWeergave(
          casus.getId(), 0, true, false, List.of(), List.of(), null, List.of(), partners);
    }
    return new PlanWeergave(
        casus.getId(),
        plan.getVersie(),
        true,
        plan.heeftWijzigingen(),
        plan.getDoelen().stream()
            .map(d -> new PlanWeergave.Doel(d.getNummer(), d.getOmschrijving()))
            .toList(),
        plan.getActiepunten().stream().map(a -> actiepunt(a, vandaag)).toList(),
        regisseur(plan),
        versies(plan, vandaag),
        partners);
  }

  private PlanWeergave vastgesteld(long casusId, PlanVanAanpak plan) {
    LocalDate vandaag = LocalDate.now(klok);
    if (plan == null || plan.laatsteVersie().isEmpty()) {
      return new PlanWeergave(
          casusId, 0, false, false, List.of(), List.of(), null, List.of(), List.of());
    }
    List<PlanWeergave.Versie> versies = versies(plan, vandaag);
    PlanWeergave.Versie laatste = versies.get(versies.size() - 1);
    Planversie versie = plan.laatsteVersie().orElseThrow();
    return new PlanWeergave(
        casusId,
        plan.getVersie(),
        false,
        false,
        versie.regels(Planregel.Soort.DOEL).stream()
            .map(r -> new PlanWeergave.Doel(0, r.getOmschrijving()))
            .toList(),
        laatste.actiepunten(),
        regisseur(plan, versie),
        versies,
        List.of());
  }

  private static List<PlanWeergave.Versie> versies(PlanVanAanpak plan, LocalDate vandaag) {
    return plan.getVersies().stream()
        .map(
            v ->
                new PlanWeergave.Versie(
                    v.getNummer(),
                    v.getOverlegNummer(),
                    v.getVastgesteldDoor(),
                    v.getVastgesteldOp(),
                    v.regels(Planregel.Soort.DOEL).stream()
                        .map(Planregel::getOmschrijving)
                        .toList(),
                    v.regels(Planregel.Soort.ACTIEPUNT).stream()
                        .map(
                            r ->
                                new PlanWeergave.Actiepunt(
                                    0,
                                    r.getOmschrijving(),
                                    null,
                                    r.getOrganisatie(),
                                    null,
                                    r.getPersoon(),
                                    r.getDeadline(),
                                    r.getStatus(),
                                    r.getStatus().isLopend() && r.getDeadline().isBefore(vandaag),
                                    true))
                        .toList(),
                    v.regels(Planregel.Soort.CASUSREGISSEUR).stream()
                        .map(r -> r.getOmschrijving() + " (" + r.getOrganisatie() + ")")
                        .findFirst()
                        .orElse(null),
                    v.getWijzigingen()))
        .toList();
  }

  private static PlanWeergave.Actiepunt actiepunt(Actiepunt a, LocalDate vandaag) {
    return new PlanWeergave.Actiepunt(
        a.getNummer(),
        a.getOmschrijving(),
        a.getEigenaar().getId(),
        a.getEigenaar().getNaam(),
        a.getPersoon().map(Gebruiker::getId).orElse(null),
        a.getPersoon().map(Gebruiker::getNaam).orElse(null),
        a.getDeadline(),
        a.getStatus(),
        a.isVerlopen(vandaag),
        a.isVastgesteld());
  }

  private static PlanWeergave.Regisseur regisseur(PlanVanAanpak plan) {
    return plan.casusregisseur().map(Plandienst::regisseur).orElse(null);
  }

  /**
   * The casusregisseur of an established version: the participants do not see one the concept
   * appointed since.
   */
  private static PlanWeergave.Regisseur regisseur(PlanVanAanpak plan, Planversie versie) {
    return versie.regels(Planregel.Soort.CASUSREGISSEUR).stream()
        .findFirst()
        .flatMap(
            r ->
                plan.getCasusregisseurs().stream()
                    .filter(c -> c.getGebruiker().getId() == r.getSleutel())
                    .reduce((eerder, later) -> later))
        .map(Plandienst::regisseur)
        .orElse(null);
  }

  private static PlanWeergave.Regisseur regisseur(Casusregisseurschap c) {
    return new PlanWeergave.Regisseur(
        c.getGebruiker().getId(),
        c.getGebruiker().getNaam(),
        c.getOrganisatie().getNaam(),
        c.getSinds(),
        c.getAangesteldDoor());
  }

  /** The active partner users of the organisations that take part today: owners and regisseurs. */
  private List<Persoonkeuze> partners(Casus casus, LocalDate vandaag) {
    Set<Long> deelnemers = new HashSet<>();
    casus.getDeelnames().stream()
        .filter(d -> d.isActiefOp(vandaag))
        .forEach(d -> deelnemers.add(d.getOrganisatie().getId()));
    if (deelnemers.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select g from Gebruiker g join fetch g.organisatie o where g.rol = :rol"
                + " and g.actief = true and o.id in :ids order by o.naam, g.naam",
            Gebruiker.class)
        .setParameter("rol", Rol.KETENPARTNER)
        .setParameter("ids", deelnemers)
        .getResultList()
        .stream()
        .map(g -> Persoonkeuze.van(g, true))
        .toList();
  }

  private void neemOver(PlanVanAanpak plan, Planinvoer invoer, String door) {
    LocalDate vandaag = LocalDate.now(klok);
    Set<Integer> doelen = new HashSet<>();
    for (Planinvoer.Doel doel : invoer.doelen()) {
      if (doel.nummer() == null) {
        if (doel.omschrijving() != null && !doel.omschrijving().isBlank()) {
          doelen.add(plan.voegDoelToe(doel.omschrijving()).getNummer());
        }
      } else {
        plan.wijzigDoel(doel.nummer(), doel.omschrijving());
        doelen.add(doel.nummer());
      }
    }
    plan.getDoelen().stream()
        .map(Doel::getNummer)
        .filter(n -> !doelen.contains(n))
        .forEach(plan::verwijderDoel);

    Set<Integer> punten = new HashSet<>();
    for (Planinvoer.Actiepunt a : invoer.actiepunten()) {
      if (a.isLeeg()) {
        continue;
      }
      Organisatie eigenaar =
          a.eigenaarId() == null ? null : em.find(Organisatie.class, a.eigenaarId());
      Gebruiker persoon = a.persoonId() == null ? null : em.find(Gebruiker.class, a.persoonId());
      if (a.nummer() == null) {
        Actiepunt nieuw =
            plan.voegActiepuntToe(a.omschrijving(), eigenaar, persoon, a.deadline(), vandaag);
        if (a.status() != null) {
          plan.wijzigActiepunt(
              nieuw.getNummer(),
              a.omschrijving(),
              eigenaar,
              persoon,
              a.deadline(),
              a.status(),
              vandaag);
        }
        punten.add(nieuw.getNummer());
      } else {
        plan.wijzigActiepunt(
            a.nummer(), a.omschrijving(), eigenaar, persoon, a.deadline(), a.status(), vandaag);
        punten.add(a.nummer());
      }
    }
    plan.getActiepunten().stream()
        .map(Actiepunt::getNummer)
        .filter(n -> !punten.contains(n))
        .forEach(plan::verwijderActiepunt);

    Long huidig = plan.casusregisseur().map(c -> c.getGebruiker().getId()).orElse(null);
    if (invoer.casusregisseurId() != null && !invoer.casusregisseurId().equals(huidig)) {
      Gebruiker regisseur = em.find(Gebruiker.class, invoer.casusregisseurId());
      DomeinRegelGeschonden.vereis(
          regisseur != null, "casusregisseur", "Deze persoon bestaat niet (meer).");
      plan.stelCasusregisseurAan(regisseur, door, OffsetDateTime.now(klok));
    }
  }
}
