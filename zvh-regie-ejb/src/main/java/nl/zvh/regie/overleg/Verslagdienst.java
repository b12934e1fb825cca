package nl.zvh.regie.overleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Planregel;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;

/**
 * Recording a held overleg — attendance, the verslag, the ZRM scores — and establishing the verslag
 * with the plan van aanpak. Each save takes the version the user saw and returns the new one, so
 * two people on one concept get a conflict instead of a silent overwrite.
 */
@ApplicationScoped
@Transactional
public class Verslagdienst {

  private static final String OVERLEG = "Dit overleg";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  public long legAanwezigheidVast(
      Actor actor, long overlegId, long versie, Set<Long> aanwezig, boolean betrokkeneAanwezig) {
    return vastleggen(
        actor,
        overlegId,
        versie,
        overleg -> {
          boolean eerst = overleg.getStatus() == Overleg.Status.GEPLAND;
          OffsetDateTime nu = OffsetDateTime.now(klok);
          overleg.legAanwezigheidVast(aanwezig, betrokkeneAanwezig, nu.toLocalDate());
          if (eerst) {
            Overlegdienst.tijdlijn(overleg, Gebeurtenis.Soort.OVERLEG_GEHOUDEN, actor, nu);
          }
        });
  }

  public long bewaarVerslag(Actor actor, long overlegId, long versie, String tekst) {
    return vastleggen(actor, overlegId, versie, overleg -> overleg.bewaarVerslag(tekst));
  }

  public long bewaarScores(Actor actor, long overlegId, long versie, List<Scoreinvoer> scores) {
    return vastleggen(
        actor,
        overlegId,
        versie,
        overleg -> {
          for (Scoreinvoer s : scores) {
            overleg.scoor(
                betrokkene(overleg.getCasus(), s.betrokkeneId()),
                s.leefgebied(),
                s.score(),
                s.doelscore());
          }
        });
  }

  /**
   * Establishes the verslag of this overleg and the plan van aanpak as they are: each becomes a new
   * version when it changed. The first plan with a casusregisseur puts the case in uitvoering.
   */
  public void stelVast(Actor actor, long overlegId, long overlegVersie, long planVersie) {
    poort.verwerk(
        actor,
        Handeling.VASTSTELLEN,
        overlegId,
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(overlegVersie, overleg.getVersie(), OVERLEG);
          Casus casus = overleg.getCasus();
          PlanVanAanpak plan = Overlegdienst.planVan(em, casus);
          GelijktijdigGewijzigd.controleer(planVersie, plan.getVersie(), "Het plan van aanpak");
          OffsetDateTime nu = OffsetDateTime.now(klok);
          String door = actor.gebruikersnaam();
          String regisseurVoor = regisseur(plan.laatsteVersie());
          Optional<?> verslag = overleg.stelVerslagVast(door, nu);
          Optional<Planversie> versie = plan.stelVast(overleg.getNummer(), door, nu);
          DomeinRegelGeschonden.vereis(
              verslag.isPresent() || versie.isPresent(),
              "Verslag en plan zijn niet gewijzigd sinds de vorige vaststelling.");
          verslag.ifPresent(
              v ->
                  casus.registreerVoortgang(
                      Gebeurtenis.Soort.VERSLAG_VASTGESTELD,
                      door,
                      "Verslag "
                          + Overlegmeldingen.soort(overleg)
                          + ", versie "
                          + overleg.laatsteVerslag().orElseThrow().getNummer(),
                      nu));
          versie.ifPresent(
              v -> {
                casus.registreerVoortgang(
                    Gebeurtenis.Soort.PLAN_VASTGESTELD,
                    door,
                    "Plan van aanpak, versie " + v.getNummer(),
                    nu);
                String regisseurNa = regisseur(Optional.of(v));
                if (regisseurNa != null && !regisseurNa.equals(regisseurVoor)) {
                  casus.registreerVoortgang(
                      Gebeurtenis.Soort.CASUSREGISSEUR_AANGESTELD, door, regisseurNa, nu);
                }
              });
          casus.startUitvoering(door, nu);
          em.flush();
          return overleg;
        });
  }

  /**
   * The established verslag of this overleg with the plan van aanpak as it stood after it, as a
   * PDF/A-2b for the archive; handing it out is logged as an export.
   */
  public Verslagbestand pdf(Actor actor, long overlegId) {
    return poort.verwerk(
        actor,
        Handeling.VERSLAG_EXPORTEREN,
        overlegId,
        (overleg, log) -> {
          Optional<Planversie> plan =
              em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
                  .setParameter("casusId", overleg.getCasus().getId())
                  .getResultStream()
                  .findFirst()
                  .flatMap(p -> planBij(p, overleg.getNummer()));
          Verslagdocument.Inhoud inhoud = Verslagdocument.Inhoud.van(overleg, plan);
          return new Verslagbestand(
              bestandsnaam(inhoud.casusnummer(), overleg.getNummer(), inhoud.versie()),
              Verslagbestand.PDF,
              Verslagdocument.pdf(inhoud));
        });
  }

  /**
   * The plan as it stood after this overleg: the last version established at it or at an earlier
   * one, so the verslag of an earlier overleg keeps the plan of its day once a later one changed
   * it.
   */
  static Optional<Planversie> planBij(PlanVanAanpak plan, int overlegNummer) {
    Planversie bij = null;
    for (Planversie versie : plan.getVersies()) {
      if (versie.getOverlegNummer() != null && versie.getOverlegNummer() <= overlegNummer) {
        bij = versie;
      }
    }
    return Optional.ofNullable(bij);
  }

  /** The file name, without personal data: {@code verslag-ZVH-2026-000006-ico-1-v2.pdf}. */
  static String bestandsnaam(String casusnummer, int overlegNummer, int versie) {
    return "verslag-" + casusnummer + "-ico-" + overlegNummer + "-v" + versie + ".pdf";
  }

  private static String regisseur(Optional<Planversie> versie) {
    return versie
        .flatMap(v -> v.regels(Planregel.Soort.CASUSREGISSEUR).stream().findFirst())
        .map(r -> r.getOmschrijving() + " (" + r.getOrganisatie() + ")")
        .orElse(null);
  }

  private long vastleggen(Actor actor, long overlegId, long versie, Consumer<Overleg> wijziging) {
    return poort.verwerk(
        actor,
        Handeling.OVERLEG_VASTLEGGEN,
        overlegId,
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(versie, overleg.getVersie(), OVERLEG);
          wijziging.accept(overleg);
          // A change of attendance or scores alone is one of the overleg's: its version rises.
          em.lock(overleg, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          em.flush();
          return overleg.getVersie();
        });
  }

  private static Betrokkene betrokkene(Casus casus, long id) {
    return casus.getBetrokkenen().stream()
        .filter(b -> b.getId() == id)
        .findFirst()
        .orElseThrow(() -> new DomeinRegelGeschonden("Deze betrokkene hoort niet bij de casus."));
  }
}
