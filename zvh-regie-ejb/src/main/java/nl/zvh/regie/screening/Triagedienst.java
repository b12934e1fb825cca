package nl.zvh.regie.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.triage.Agendapunt;
import nl.zvh.domain.model.triage.Triageoverleg;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Vastlegging;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.melding.Procesmeldingen;

/**
 * The weekly triage, for an explicit actor: the agenda of a date (filled with the referrals whose
 * triage date it is), its order, moving a referral to next week, who took part, and the decision
 * per referral, which the referrer is told by e-mail.
 */
@ApplicationScoped
@Transactional
public class Triagedienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Screeningsdienst screening;
  @Inject private Agendavulling agendavulling;
  @Inject private Verwerkingspoort poort;
  @Inject private Event<Procesmeldingen.Melding> meldingen;

  @Inject private Clock klok;

  /** The agenda of the triage on that day, with the referrals whose triage date it is added. */
  public TriageAgenda agenda(Actor actor, LocalDate datum) {
    return poort.verwerkGevonden(
        actor,
        Handeling.TRIAGE_AGENDA,
        () -> overleg(datum),
        (overleg, log) -> weergave(overleg, casus -> antwoorden(actor, casus, log)));
  }

  public void verschuif(Actor actor, LocalDate datum, long versie, long casusId, boolean omhoog) {
    wijzigAgenda(actor, datum, versie, overleg -> overleg.verschuif(casusId, omhoog));
  }

  /** Adds a referral in screening to this agenda (it leaves any other agenda). */
  public void voegToe(Actor actor, LocalDate datum, long versie, String nummer) {
    wijzigAgenda(
        actor,
        datum,
        versie,
        overleg ->
            poort.verwerkGevonden(
                actor,
                Handeling.TRIAGE_TOEVOEGEN,
                () -> metNummer(nummer),
                (casus, log) -> {
                  DomeinRegelGeschonden.vereis(
                      Agendavulling.TE_AGENDEREN.contains(casus.getStatus()),
                      "Alleen een aanmelding die wordt gescreend kan op de agenda.");
                  em.createNamedQuery("Triageoverleg.metCasus", Triageoverleg.class)
                      .setParameter("casusId", casus.getId())
                      .getResultList()
                      .forEach(ander -> ander.haalVanAgenda(casus.getId()));
                  casus.zetOpTriage(datum, actor.gebruikersnaam(), OffsetDateTime.now(klok));
                  overleg.zetOpAgenda(casus);
                  screening.nieuweVersie(casus);
                  return casus;
                }));
  }

  private Casus metNummer(String nummer) {
    return em.createNamedQuery("Casus.findByNummer", Casus.class)
        .setParameter("nummer", nummer == null ? "" : nummer.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new DomeinRegelGeschonden("Er is geen aanmelding met dit nummer."));
  }

  /** Moves a referral to the triage a week later, with the reason; it is on the timeline. */
  public void verzetNaarVolgendeWeek(
      Actor actor, LocalDate datum, long casusId, long casusVersie, String reden) {
    poort.verwerkGevonden(
        actor,
        Handeling.TRIAGE_VOORBEREIDEN,
        () -> overleg(datum),
        (overleg, log) ->
            screening.wijzig(
                actor,
                Handeling.TRIAGE_VERZETTEN,
                casusId,
                casusVersie,
                casus -> {
                  casus.verzetTriage(
                      datum.plusWeeks(1), reden, actor.gebruikersnaam(), OffsetDateTime.now(klok));
                  overleg.haalVanAgenda(casusId);
                  // The triage a week later takes the referral when its agenda is opened.
                  bewaar(overleg);
                }));
  }

  public void legDeelnemersVast(
      Actor actor, LocalDate datum, long versie, List<String> deelnemers) {
    wijzigAgenda(actor, datum, versie, overleg -> overleg.legDeelnemersVast(deelnemers));
  }

  /** Records the decision on a referral; the referrer gets an e-mail. */
  public void besluit(
      Actor actor,
      long casusId,
      long casusVersie,
      Triagebesluit.Uitkomst uitkomst,
      Triagebesluit.Route route,
      String overlegtafel,
      String motivering,
      LocalDate datum) {
    Casus casus =
        poort.verwerk(
            actor,
            Handeling.TRIAGE_BESLUIT,
            casusId,
            (c, log) -> {
              // First the day: a decision on another day's agenda says which day it belongs to,
              // even when the referral changed since the page was opened (it was moved).
              c.vereisTriageVan(datum);
              GelijktijdigGewijzigd.controleer(casusVersie, c.getVersie(), "Deze casus");
              c.besluit(
                  new Triagebesluit(uitkomst, route, overlegtafel, motivering, datum),
                  actor.gebruikersnaam(),
                  OffsetDateTime.now(klok));
              screening.nieuweVersie(c);
              return c;
            });
    meldingen.fire(
        new Procesmeldingen.Melding(
            uitkomst == Triagebesluit.Uitkomst.OPGEPAKT
                ? Procesmeldingen.Soort.TRIAGE_OPGEPAKT
                : Procesmeldingen.Soort.TRIAGE_NIET_VOOR_ZVH,
            screening.ontvangersAanmelder(casus),
            casus.getNummer(),
            datum));
  }

  /** The agenda as CSV (semicolons, for a spreadsheet in Dutch settings); logged as an export. */
  public String exporteer(Actor actor, LocalDate datum) {
    return poort.verwerkGevonden(
        actor,
        Handeling.TRIAGE_EXPORTEREN,
        () -> overleg(datum),
        (overleg, log) -> csv(weergave(overleg, casus -> List.of())));
  }

  private static String csv(TriageAgenda agenda) {
    StringBuilder csv =
        new StringBuilder("volgorde;nummer;aanmelder;betrokkenen;status;besluit\r\n");
    int volgorde = 1;
    for (TriageAgenda.Punt punt : agenda.punten()) {
      csv.append(volgorde++)
          .append(';')
          .append(cel(punt.nummer()))
          .append(';')
          .append(cel(punt.aanmelder()))
          .append(';')
          .append(cel(punt.betrokkenen()))
          .append(';')
          .append(punt.status())
          .append(';')
          .append(punt.uitkomst() == null ? "" : punt.uitkomst())
          .append("\r\n");
    }
    return csv.toString();
  }

  /** A CSV cell: quoted, and never read as a formula by a spreadsheet. */
  static String cel(String tekst) {
    String waarde = tekst == null ? "" : tekst;
    if (!waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0) {
      waarde = "'" + waarde;
    }
    return '"' + waarde.replace("\"", "\"\"") + '"';
  }

  /** A change of the agenda on the version the user saw; it gets a new version. */
  private void wijzigAgenda(
      Actor actor, LocalDate datum, long versie, Consumer<Triageoverleg> wijziging) {
    poort.verwerkGevonden(
        actor,
        Handeling.TRIAGE_VOORBEREIDEN,
        () -> overleg(datum),
        (overleg, log) -> {
          GelijktijdigGewijzigd.controleer(
              versie, overleg.getVersie(), "De agenda van deze triage");
          wijziging.accept(overleg);
          bewaar(overleg);
          return overleg;
        });
  }

  /**
   * The triage of that day (made on first use), with the referrals whose triage date it is; asked
   * by the gate only after the policy allowed the actor.
   */
  private Triageoverleg overleg(LocalDate datum) {
    DomeinRegelGeschonden.vereis(datum != null, "Kies de datum van de triage.");
    try {
      agendavulling.vul(datum);
    } catch (PersistenceException tegelijkAangemaakt) {
      // Another request made this triage in the same instant; now it exists, and this try finds it.
      try {
        agendavulling.vul(datum);
      } catch (PersistenceException opnieuw) {
        opnieuw.addSuppressed(tegelijkAangemaakt);
        throw opnieuw;
      }
    }
    // What the agenda shows of each referral comes along in batches, not a query per item.
    return em.createNamedQuery("Triageoverleg.findByDatum", Triageoverleg.class)
        .setParameter("datum", datum)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "t.agenda.casus.uitvragen.adressen.organisatie")
        .setHint("eclipselink.batch", "t.agenda.casus.informatie")
        .setHint("eclipselink.batch", "t.agenda.casus.betrokkenen")
        .getSingleResult();
  }

  private void bewaar(Triageoverleg overleg) {
    try {
      em.lock(overleg, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("De agenda van deze triage");
    }
  }

  /**
   * The answers to the uitvragen of a referral, per organisation asked: what it answered, its
   * reason, and the information it gave as far as the policy lets the actor see it (through the
   * gate's visible items; the agenda's record names each item shown).
   */
  private List<TriageAgenda.Antwoord> antwoorden(Actor actor, Casus casus, Vastlegging log) {
    List<InformatieItem> zichtbaar = poort.zichtbareItems(actor, casus);
    return casus.getUitvragen().stream()
        .flatMap(u -> u.getAdressen().stream())
        .map(
            adres -> {
              InformatieItem item =
                  zichtbaar.stream()
                      .filter(i -> i.getAntwoordOp().filter(adres::equals).isPresent())
                      .findFirst()
                      .orElse(null);
              if (item != null) {
                log.object("item:" + item.getId());
              }
              return new TriageAgenda.Antwoord(
                  adres.getOrganisatie().getNaam(),
                  adres.getAntwoord(),
                  adres.getToelichting().orElse(null),
                  item == null ? null : item.getCategorie(),
                  item == null ? null : item.getInhoud(),
                  item == null ? null : item.getBijlage().map(Bijlage::getNaam).orElse(null));
            })
        .toList();
  }

  private static TriageAgenda weergave(
      Triageoverleg overleg, Function<Casus, List<TriageAgenda.Antwoord>> antwoorden) {
    return new TriageAgenda(
        overleg.getDatum(),
        overleg.getVersie(),
        overleg.getDeelnemers(),
        overleg.getAgenda().stream()
            .map(Agendapunt::getCasus)
            .map(
                c ->
                    new TriageAgenda.Punt(
                        c.getId(),
                        c.getVersie(),
                        c.getNummer(),
                        c.getStatus(),
                        c.getAanmeldendeOrganisatie().getNaam(),
                        c.getBetrokkenen().stream()
                            .map(b -> b.getVoornamen() + " " + b.getAchternaam())
                            .collect(Collectors.joining(", ")),
                        c.getAanmelding().getVoldoetAanCriteria().orElse(null),
                        c.getTriagebesluit().map(Triagebesluit::getUitkomst).orElse(null),
                        c.getTriagebesluit().flatMap(Triagebesluit::getRoute).orElse(null),
                        c.getTriagebesluit().flatMap(Triagebesluit::getOverlegtafel).orElse(null),
                        c.getTriagebesluit().map(Triagebesluit::getMotivering).orElse(null),
                        antwoorden.apply(c)))
            .toList());
  }
}
