package nl.zvh.regie.procesregie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.overleg.Persoonkeuze;
import nl.zvh.regie.uitvoering.Uitvoeringsmeldingen;

/**
 * The escalation chain above the casusregisseur (domain step 8): the procesregisseur escalates to a
 * manager; the manager decides, or takes it to bestuur and records its outcome. Every step is on
 * the case's timeline (without its content) and mails the one who acts next, without personal data.
 * The manager reads the escalation as written for them and nothing else of the case.
 */
@ApplicationScoped
@Transactional
public class Opschalingsdienst {

  private static final String OPSCHALING = "Deze opschaling";
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Event<Uitvoeringsmeldingen.Melding> meldingen;
  @Inject private Clock klok;

  /** The procesregisseur escalates the case to a manager; returns the escalation's id. */
  public long schaalOp(Actor actor, long casusId, Opschalingsinvoer invoer) {
    return poort.verwerk(
        actor,
        Handeling.OPSCHALEN_NAAR_MANAGER,
        casusId,
        (casus, log) -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Escalatie escalatie =
              invoer.escalatieId() == null ? null : em.find(Escalatie.class, invoer.escalatieId());
          Gebruiker manager =
              invoer.managerId() == null ? null : em.find(Gebruiker.class, invoer.managerId());
          Opschaling opschaling =
              new Opschaling(
                  casus,
                  escalatie,
                  invoer.vraag(),
                  invoer.reden(),
                  invoer.geprobeerd(),
                  invoer.antwoordUiterlijk(),
                  manager,
                  gebruiker(actor),
                  nu);
          em.persist(opschaling);
          em.flush();
          casus.registreerVoortgang(
              Gebeurtenis.Soort.OPGESCHAALD_NAAR_MANAGER,
              actor.gebruikersnaam(),
              "Opgeschaald naar "
                  + manager.getNaam()
                  + ", antwoord uiterlijk "
                  + DATUM.format(opschaling.getAntwoordUiterlijk()),
              nu);
          log.object("casus:" + casusId + " opschaling:" + opschaling.getId());
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Opschaling",
                  "De procesregisseur schaalt een casus naar u op en vraagt uiterlijk "
                      + DATUM.format(opschaling.getAntwoordUiterlijk())
                      + " uw besluit",
                  casus.getNummer(),
                  List.of(manager.getEmail()),
                  pagina(opschaling)));
          return opschaling.getId();
        });
  }

  /** The active managers, to choose from. */
  public List<Persoonkeuze> managers() {
    return em
        .createQuery(
            "select g from Gebruiker g join fetch g.organisatie where g.rol = :rol"
                + " and g.actief = :ja order by g.naam",
            Gebruiker.class)
        .setParameter("rol", Rol.MANAGER)
        .setParameter("ja", true)
        .getResultList()
        .stream()
        .map(g -> Persoonkeuze.van(g, false))
        .toList();
  }

  /**
   * A manager's inbox: the escalations addressed to them, open ones first by the date an answer is
   * needed, then the decided ones, newest first.
   */
  public List<OpschalingRegel> inbox(Actor actor) {
    LocalDate vandaag = LocalDate.now(klok);
    return poort.verwerkLijst(
        actor,
        Handeling.OPSCHALINGEN_LIJST,
        () ->
            em.createNamedQuery("Opschaling.vanManager", Opschaling.class)
                .setParameter("gebruikersnaam", actor.gebruikersnaam())
                .setParameter("besloten", Opschaling.Status.BESLOTEN)
                .getResultList(),
        (lijst, log) -> lijst.stream().map(o -> OpschalingRegel.van(o, vandaag)).toList());
  }

  /** How many escalations wait for this manager: a count, for the start page and the menu. */
  public long aantalOpen(Actor actor) {
    return inbox(actor).stream().filter(r -> r.status() != Opschaling.Status.BESLOTEN).count();
  }

  /** One escalation, as written for the manager. */
  public OpschalingWeergave lees(Actor actor, long id) {
    return poort.verwerk(
        actor, Handeling.OPSCHALING_INZIEN, id, (opschaling, log) -> weergave(actor, opschaling));
  }

  /** The escalations of a case, for its procesregie tab. */
  List<OpschalingWeergave> vanCasus(Actor actor, Casus casus) {
    return em
        .createNamedQuery("Opschaling.vanCasus", Opschaling.class)
        .setParameter("casusId", casus.getId())
        .getResultList()
        .stream()
        .map(o -> weergave(actor, o))
        .toList();
  }

  /** The manager records a decision; the procesregisseur hears of it. */
  public void besluit(Actor actor, long id, long versie, String besluit) {
    besluitStap(
        actor,
        id,
        versie,
        (opschaling, nu) -> opschaling.besluit(besluit, nu),
        Gebeurtenis.Soort.MANAGER_BESLOTEN,
        "De manager heeft besloten over de opschaling",
        "Besluit opschaling");
  }

  /** The manager takes the escalation to bestuur; the procesregisseur hears of it. */
  public void naarBestuur(Actor actor, long id, long versie, String reden) {
    besluitStap(
        actor,
        id,
        versie,
        (opschaling, nu) -> opschaling.naarBestuur(reden, nu),
        Gebeurtenis.Soort.NAAR_BESTUUR,
        "De manager legt de opschaling voor aan het bestuur",
        "Opschaling naar bestuur");
  }

  /** The manager records the bestuur's outcome; the procesregisseur hears of it. */
  public void legBestuursuitkomstVast(
      Actor actor, long id, long versie, String uitkomst, LocalDate beslotenOp) {
    besluitStap(
        actor,
        id,
        versie,
        (opschaling, nu) -> opschaling.legBestuursuitkomstVast(uitkomst, beslotenOp, nu),
        Gebeurtenis.Soort.BESTUUR_BESLOTEN,
        "Het bestuur heeft besloten over de opschaling",
        "Besluit bestuur");
  }

  /** One step of the manager: the change, a line on the timeline, and mail to the filer. */
  private void besluitStap(
      Actor actor,
      long id,
      long versie,
      BiConsumer<Opschaling, OffsetDateTime> stap,
      Gebeurtenis.Soort soort,
      String zin,
      String onderwerp) {
    poort.verwerk(
        actor,
        Handeling.OPSCHALING_BESLUITEN,
        id,
        (opschaling, log) -> {
          GelijktijdigGewijzigd.controleer(versie, opschaling.getVersie(), OPSCHALING);
          OffsetDateTime nu = OffsetDateTime.now(klok);
          stap.accept(opschaling, nu);
          Casus casus = opschaling.getCasus();
          casus.registreerVoortgang(soort, actor.gebruikersnaam(), zin, nu);
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  onderwerp,
                  zin,
                  casus.getNummer(),
                  List.of(opschaling.getIngediendDoor().getEmail()),
                  "/casus/dossier.xhtml?id=" + casus.getId() + "&tab=procesregie"));
          return opschaling;
        });
  }

  private OpschalingWeergave weergave(Actor actor, Opschaling opschaling) {
    return OpschalingWeergave.van(
        opschaling,
        LocalDate.now(klok),
        poort.mag(actor, Handeling.OPSCHALING_BESLUITEN, opschaling));
  }

  private static String pagina(Opschaling opschaling) {
    return "/manager/opschaling.xhtml?id=" + opschaling.getId();
  }

  private Gebruiker gebruiker(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new GeenToegang("Uw account is niet (meer) actief."));
  }
}
