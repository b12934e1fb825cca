package nl.zvh.regie.procesregie;

import jakarta.ejb.EJB;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Zrmscore;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Regieinstellingen;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.melding.Ontvangers;
import nl.zvh.regie.overleg.Casusregisseurs;
import nl.zvh.regie.privacy.Vernietiging;
import nl.zvh.regie.uitvoering.Uitvoeringsmeldingen;

/**
 * Afschalen and what follows (domain step 9): the procesregisseur closes a case with its result,
 * after a plan together with the casusregisseur and with final scores; the participants hear of it;
 * retention runs from the closing. A closed case can be reopened within its retention period, and a
 * follow-up check after closing is recorded on the case. Also the procesregie tab of a case.
 */
@ApplicationScoped
@Transactional
public class Afsluitdienst {

  private static final String CASUS = "Deze casus";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Opschalingsdienst opschalingen;
  @Inject private Event<Uitvoeringsmeldingen.Melding> meldingen;
  @Inject private Clock klok;
  @EJB private Vernietiging vernietiging;

  /** The procesregie of a case: escalations to the manager, closings, follow-up checks. */
  public ProcesregieWeergave stand(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.PROCESREGIE_INZIEN,
        casusId,
        (casus, log) -> {
          List<Afsluiting> afsluitingen = afsluitingen(casusId);
          Long laatste = afsluitingen.isEmpty() ? null : afsluitingen.get(0).getId();
          return new ProcesregieWeergave(
              casusId,
              casus.getNummer(),
              poort.mag(actor, Handeling.OPSCHALEN_NAAR_MANAGER, casus)
                  && (casus.getStatus() == CasusStatus.IN_UITVOERING
                      || casus.getStatus() == CasusStatus.OPGEPAKT),
              poort.mag(actor, Handeling.AFSLUITEN, casus),
              openEscalaties(casusId),
              opschalingen.vanCasus(actor, casus),
              afsluitingen.stream()
                  .map(
                      a ->
                          regel(
                              a,
                              a.getId().equals(laatste)
                                  && poort.mag(actor, Handeling.HEROPENEN, a)))
                  .toList(),
              em
                  .createNamedQuery("Nazorgcheck.vanCasus", Nazorgcheck.class)
                  .setParameter("casusId", casusId)
                  .getResultList()
                  .stream()
                  .map(
                      n ->
                          new ProcesregieWeergave.NazorgRegel(
                              n.getId(),
                              n.getVersie(),
                              n.getGepland(),
                              n.getStatus(),
                              n.getUitkomst().orElse(null),
                              n.getGedaanDoor().orElse(null),
                              n.getGedaanOp().orElse(null),
                              poort.mag(actor, Handeling.NAZORG_VASTLEGGEN, n)))
                  .toList());
        });
  }

  /** What the closing form starts from. */
  public Afsluitformulier formulier(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.AFSLUITEN,
        casusId,
        (casus, log) -> {
          boolean naPlan = casus.getStatus() == CasusStatus.IN_UITVOERING;
          Optional<Regieinstellingen> instellingen = instellingen();
          return new Afsluitformulier(
              casusId,
              casus.getNummer(),
              casus.getVersie(),
              Resultaat.mogelijkVoor(casus),
              Casusregisseurs.inFunctie(em, casusId).map(Gebruiker::getNaam).orElse(null),
              naPlan,
              naPlan ? rijen(casus) : List.of(),
              instellingen
                  .flatMap(Regieinstellingen::getNazorgNaDagen)
                  .map(dagen -> LocalDate.now(klok).plusDays(dagen))
                  .orElse(null));
        });
  }

  /**
   * Closes the case with its result; the participants and the casusregisseur hear of it, without
   * personal data. The form's version of the case must still be its version.
   */
  public long sluitAf(Actor actor, long casusId, long versie, Afsluitinvoer invoer) {
    return poort.verwerk(
        actor,
        Handeling.AFSLUITEN,
        casusId,
        (casus, log) -> {
          GelijktijdigGewijzigd.controleer(versie, casus.getVersie(), CASUS);
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Gebruiker casusregisseur =
              casus.getStatus() == CasusStatus.IN_UITVOERING
                  ? Casusregisseurs.inFunctie(em, casusId).orElse(null)
                  : null;
          // Who hears of it is decided before closing: participation is read as of today.
          List<String> aan = Ontvangers.deelnemers(em, casus, nu.toLocalDate());
          Afsluiting afsluiting =
              Afsluiting.sluit(
                  casus,
                  invoer.resultaat(),
                  invoer.toelichting(),
                  casusregisseur,
                  invoer.akkoordCasusregisseur(),
                  scores(casus, invoer.scores()),
                  actor.gebruikersnaam(),
                  nu);
          em.persist(afsluiting);
          if (invoer.nazorgOp() != null) {
            em.persist(new Nazorgcheck(afsluiting, invoer.nazorgOp()));
          }
          em.flush();
          log.object("casus:" + casusId + " afsluiting:" + afsluiting.getId());
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Afsluiting",
                  "Het ZVH heeft een casus afgesloten waaraan u deelnam",
                  casus.getNummer(),
                  aan,
                  "/casus/dossier.xhtml?id=" + casusId));
          return afsluiting.getId();
        });
  }

  /**
   * Reopens a closed case with the reason, within its retention period; a planned follow-up check
   * of that closing lapses. The participants hear of it.
   */
  public void heropen(Actor actor, long afsluitingId, String reden) {
    poort.verwerk(
        actor,
        Handeling.HEROPENEN,
        afsluitingId,
        (afsluiting, log) -> {
          Casus casus = afsluiting.getCasus();
          LocalDate vandaag = LocalDate.now(klok);
          LocalDate bewaren =
              vernietiging.bewarenTotEnMet(
                  casus.getId(), afsluiting.getAfgeslotenOp().toLocalDate());
          DomeinRegelGeschonden.vereis(
              !vandaag.isAfter(bewaren),
              "De bewaartermijn van deze casus is verstreken; zij kan niet meer worden heropend.");
          afsluiting.heropen(reden, actor.gebruikersnaam(), OffsetDateTime.now(klok));
          em.createNamedQuery("Nazorgcheck.vanCasus", Nazorgcheck.class)
              .setParameter("casusId", casus.getId())
              .getResultList()
              .forEach(Nazorgcheck::vervalt);
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Heropening",
                  "Het ZVH heeft een casus heropend waaraan u deelnam",
                  casus.getNummer(),
                  Ontvangers.deelnemers(em, casus, vandaag),
                  "/casus/dossier.xhtml?id=" + casus.getId()));
          return afsluiting;
        });
  }

  /** The procesregisseur records how things are going after closing. */
  public void legNazorgVast(Actor actor, long nazorgId, long versie, String uitkomst) {
    poort.verwerk(
        actor,
        Handeling.NAZORG_VASTLEGGEN,
        nazorgId,
        (nazorg, log) -> {
          GelijktijdigGewijzigd.controleer(versie, nazorg.getVersie(), "Deze nazorgcheck");
          OffsetDateTime nu = OffsetDateTime.now(klok);
          nazorg.legVast(uitkomst, actor.gebruikersnaam(), nu);
          nazorg
              .getCasus()
              .registreerVoortgang(
                  Gebeurtenis.Soort.NAZORG_VASTGELEGD,
                  actor.gebruikersnaam(),
                  "Nazorgcheck vastgelegd",
                  nu);
          return nazorg;
        });
  }

  private List<Afsluiting> afsluitingen(long casusId) {
    return em.createNamedQuery("Afsluiting.vanCasus", Afsluiting.class)
        .setParameter("casusId", casusId)
        .getResultList();
  }

  private ProcesregieWeergave.AfsluitingRegel regel(Afsluiting a, boolean magHeropenen) {
    return new ProcesregieWeergave.AfsluitingRegel(
        a.getId(),
        a.getResultaat(),
        a.getToelichting().orElse(null),
        a.getCasusregisseur().map(Gebruiker::getNaam).orElse(null),
        a.getAfgeslotenDoor(),
        a.getAfgeslotenOp(),
        a.getEindscores().stream()
            .map(
                s ->
                    new ProcesregieWeergave.Eindscoreregel(
                        naam(s.getBetrokkene()), s.getLeefgebied(), s.getScore()))
            .toList(),
        a.getHeropendReden().orElse(null),
        a.getHeropendDoor().orElse(null),
        a.getHeropendOp().orElse(null),
        a.isHeropend()
            ? null
            : vernietiging.bewarenTotEnMet(a.getCasus().getId(), a.getAfgeslotenOp().toLocalDate()),
        magHeropenen);
  }

  private List<ProcesregieWeergave.Escalatiekeuze> openEscalaties(long casusId) {
    return em
        .createQuery(
            "select e from Escalatie e join fetch e.ingediendDoor where e.plan.casus.id = :casusId"
                + " and e.status = :open"
                + " order by e.ingediendOp",
            Escalatie.class)
        .setParameter("casusId", casusId)
        .setParameter("open", Escalatie.Status.OPEN)
        .getResultList()
        .stream()
        .map(
            e ->
                new ProcesregieWeergave.Escalatiekeuze(
                    e.getId(), e.getIngediendDoor().getNaam() + ": " + kort(e.getReden())))
        .toList();
  }

  /**
   * One row per betrokkene and leefgebied: the leefgebieden the referral named and those scored at
   * the overleggen, with the last score as a starting point.
   */
  private List<Afsluitformulier.Rij> rijen(Casus casus) {
    Map<String, Integer> laatste = new LinkedHashMap<>();
    Set<Leefgebied> leefgebieden =
        new LinkedHashSet<>(casus.getAanmelding().getProblemen().keySet());
    em
        .createNamedQuery("Overleg.vanCasus", Overleg.class)
        .setParameter("casusId", casus.getId())
        .getResultList()
        .stream()
        .filter(o -> o.getStatus() == Overleg.Status.GEHOUDEN)
        .sorted(Comparator.comparing(Overleg::getDatum))
        .flatMap(o -> o.getScores().stream())
        .forEach(
            (Zrmscore s) -> {
              leefgebieden.add(s.getLeefgebied());
              laatste.put(s.getBetrokkene().getId() + "/" + s.getLeefgebied(), s.getScore());
            });
    List<Afsluitformulier.Rij> rijen = new ArrayList<>();
    for (Betrokkene b : casus.getBetrokkenen()) {
      leefgebieden.stream()
          .sorted()
          .forEach(
              l ->
                  rijen.add(
                      new Afsluitformulier.Rij(
                          b.getId(), naam(b), l, laatste.get(b.getId() + "/" + l))));
    }
    return rijen;
  }

  private static List<Afsluiting.Score> scores(Casus casus, List<Afsluitinvoer.Score> invoer) {
    Map<Long, Betrokkene> betrokkenen = new LinkedHashMap<>();
    casus.getBetrokkenen().forEach(b -> betrokkenen.put(b.getId(), b));
    return invoer.stream()
        .map(
            s -> {
              Betrokkene b = betrokkenen.get(s.betrokkeneId());
              DomeinRegelGeschonden.vereis(
                  b != null, "eindscores", "Een eindscore is van een betrokkene van deze casus.");
              return new Afsluiting.Score(b, s.leefgebied(), s.score());
            })
        .toList();
  }

  private Optional<Regieinstellingen> instellingen() {
    return Optional.ofNullable(em.find(Regieinstellingen.class, Regieinstellingen.ENIGE));
  }

  private static String naam(Betrokkene b) {
    return b.getVoornamen() + " " + b.getAchternaam();
  }

  private static String kort(String tekst) {
    return tekst.length() <= 80 ? tekst : tekst.substring(0, 79) + "…";
  }
}
