package nl.zvh.regie.screening;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.zvh.domain.model.casus.Aanmelding;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Uitvraag;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.termijn.Werkdagen;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.casus.Bekendheid;
import nl.zvh.regie.melding.Procesmeldingen;
import nl.zvh.regie.termijn.Termijnberekening;

/**
 * The procesregisseur's screening, for an explicit actor: the work queue, contact, aanvulling,
 * uitvraag and agenda. Each change checks the version the user saw, so two procesregisseurs never
 * silently overwrite each other.
 */
@ApplicationScoped
@Transactional
public class Screeningsdienst {

  private static final Set<CasusStatus> IN_BEHANDELING = Werkvoorraadlijst.IN_BEHANDELING;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Bekendheid bekendheid;
  @Inject private Termijnberekening termijnen;
  @Inject private Event<Procesmeldingen.Melding> meldingen;

  @Inject private Clock klok;

  /** New and running referrals, the nearest contact deadline on top (the query sorts). */
  public List<WerkvoorraadRegel> werkvoorraad(Actor actor) {
    return werkvoorraad(actor, null);
  }

  /** The same, only what the filter asks for ({@code null}: all), as the start page counts it. */
  public List<WerkvoorraadRegel> werkvoorraad(Actor actor, Werkvoorraadfilter filter) {
    LocalDate vandaag = LocalDate.now(klok);
    Werkdagen werkdagen = termijnen.werkdagen();
    return poort.verwerkLijst(
        actor,
        Handeling.WERKVOORRAAD,
        () ->
            new Werkvoorraadlijst(em).inStatussen(IN_BEHANDELING, filter, vandaag).getResultList(),
        (casussen, log) -> {
          Map<Long, List<Bekendheid.Bekend>> bekend =
              bekendheid.controleer(casussen, actor, OffsetDateTime.now(klok));
          return casussen.stream()
              .map(casus -> regel(casus, !bekend.get(casus.getId()).isEmpty(), vandaag, werkdagen))
              .toList();
        });
  }

  /** Where the screening of one referral stands. */
  public Screeningsstatus status(Actor actor, long casusId) {
    return poort.verwerk(actor, Handeling.SCREENING_INZIEN, casusId, (casus, log) -> status(casus));
  }

  private Screeningsstatus status(Casus casus) {
    Aanmelding aanmelding = casus.getAanmelding();
    LocalDate vandaag = LocalDate.now(klok);
    return new Screeningsstatus(
        casus.getId(),
        casus.getVersie(),
        casus.getNummer(),
        casus.getStatus(),
        aanmelding.getContactUiterlijk().orElse(null),
        aanmelding.getContactOpgenomenOp().orElse(null),
        aanmelding.getTriagedatum().orElse(null),
        aanmelding.ontbreekt(),
        casus.getUitvragen().stream().map(u -> uitvraag(u, vandaag)).toList(),
        tijdlijn(casus));
  }

  public void legContactVast(Actor actor, long casusId, long versie, String notitie) {
    wijzig(
        actor,
        Handeling.CONTACT_VASTLEGGEN,
        casusId,
        versie,
        casus -> casus.legContactVast(notitie, actor.gebruikersnaam(), OffsetDateTime.now(klok)));
  }

  public void vraagAanvulling(Actor actor, long casusId, long versie, String watOntbreekt) {
    Casus casus =
        wijzig(
            actor,
            Handeling.AANVULLING_VRAGEN,
            casusId,
            versie,
            c -> c.vraagAanvulling(watOntbreekt, actor.gebruikersnaam(), OffsetDateTime.now(klok)));
    meldingen.fire(
        new Procesmeldingen.Melding(
            Procesmeldingen.Soort.AANVULLING_GEVRAAGD,
            ontvangersAanmelder(casus),
            casus.getNummer(),
            null));
  }

  public void agendeer(Actor actor, long casusId, long versie) {
    wijzig(
        actor,
        Handeling.AGENDEREN,
        casusId,
        versie,
        casus -> casus.agendeer(actor.gebruikersnaam(), OffsetDateTime.now(klok)));
  }

  /** Sends an uitvraag; the users of the chosen organisations get an e-mail. */
  public void stuurUitvraag(
      Actor actor,
      long casusId,
      long versie,
      List<Long> organisatieIds,
      String vraag,
      String doel,
      LocalDate beantwoordenVoor) {
    List<Organisatie> organisaties =
        organisatieIds.stream()
            .map(id -> em.find(Organisatie.class, id))
            .filter(o -> o != null)
            .toList();
    Uitvraag uitvraag =
        wijzigEn(
            actor,
            Handeling.UITVRAAG_STUREN,
            casusId,
            versie,
            c ->
                c.stuurUitvraag(
                    organisaties,
                    vraag,
                    doel,
                    beantwoordenVoor,
                    actor.gebruikersnaam(),
                    OffsetDateTime.now(klok)));
    List<String> aan = organisaties.stream().flatMap(o -> partneradressen(o).stream()).toList();
    meldingen.fire(
        new Procesmeldingen.Melding(
            Procesmeldingen.Soort.UITVRAAG,
            aan,
            uitvraag.getCasus().getNummer(),
            uitvraag.getBeantwoordenVoor()));
  }

  /**
   * A change of the screening or triage through the gate, on the version of the case the user saw;
   * the case gets a new version, so a second procesregisseur who acted on the same version is
   * refused, even in the same instant. Returns the case, for what follows the commit.
   */
  Casus wijzig(
      Actor actor,
      Handeling<Casus> handeling,
      long casusId,
      long versie,
      Consumer<Casus> wijziging) {
    return wijzigEn(
        actor,
        handeling,
        casusId,
        versie,
        casus -> {
          wijziging.accept(casus);
          return casus;
        });
  }

  /** The same, for a change that makes something the caller needs afterwards. */
  <R> R wijzigEn(
      Actor actor,
      Handeling<Casus> handeling,
      long casusId,
      long versie,
      Function<Casus, R> wijziging) {
    return poort.verwerk(
        actor,
        handeling,
        casusId,
        (casus, log) -> {
          GelijktijdigGewijzigd.controleer(versie, casus.getVersie(), "Deze casus");
          R resultaat = wijziging.apply(casus);
          nieuweVersie(casus);
          return resultaat;
        });
  }

  /** Writes the change with a new version of the case; a concurrent writer is refused. */
  void nieuweVersie(Casus casus) {
    try {
      em.lock(casus, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("Deze casus");
    }
  }

  /** The e-mail addresses of the active partner users of an organisation. */
  List<String> partneradressen(Organisatie organisatie) {
    return em.createNamedQuery("Gebruiker.findActieveVanOrganisatie", Gebruiker.class)
        .setParameter("organisatieId", organisatie.getId())
        .setParameter("rol", Rol.KETENPARTNER)
        .getResultStream()
        .map(Gebruiker::getEmail)
        .toList();
  }

  /**
   * Who gets the mails about a referral: the user who submitted it. A referral a partner system
   * submitted (a koppeling, no user) gets none: that system reads the state through the API.
   */
  List<String> ontvangersAanmelder(Casus casus) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", casus.getAanmelding().getAanmelder())
        .getResultStream()
        .map(Gebruiker::getEmail)
        .limit(1)
        .toList();
  }

  private WerkvoorraadRegel regel(
      Casus casus, boolean bekend, LocalDate vandaag, Werkdagen werkdagen) {
    Aanmelding aanmelding = casus.getAanmelding();
    LocalDate deadline = aanmelding.getContactUiterlijk().orElse(null);
    WerkvoorraadRegel.Termijnsignaal signaal =
        termijnsignaal(aanmelding, deadline, vandaag, werkdagen);
    return new WerkvoorraadRegel(
        casus.getId(),
        casus.getNummer(),
        casus.getStatus(),
        casus.getAanmeldendeOrganisatie().getNaam(),
        aanmelding.getIngediendOp().orElse(null),
        deadline,
        signaal,
        aanmelding.getTriagedatum().orElse(null),
        bekend,
        aanmelding.ontbreekt().isEmpty(),
        (int)
            casus.getUitvragen().stream()
                .flatMap(u -> u.getAdressen().stream())
                .filter(a -> a.getAntwoord() == UitvraagAdres.Antwoord.OPEN)
                .count(),
        (int)
            casus.getUitvragen().stream()
                .flatMap(u -> u.getAdressen().stream())
                .filter(a -> a.isVerlopen(vandaag))
                .count());
  }

  /** Contact made; overdue after the deadline; "nearly" on the last working day before it. */
  private static WerkvoorraadRegel.Termijnsignaal termijnsignaal(
      Aanmelding aanmelding, LocalDate deadline, LocalDate vandaag, Werkdagen werkdagen) {
    if (aanmelding.getContactOpgenomenOp().isPresent()) {
      return WerkvoorraadRegel.Termijnsignaal.GEHAALD;
    }
    if (deadline == null || werkdagen.na(vandaag, 1).isBefore(deadline)) {
      return WerkvoorraadRegel.Termijnsignaal.OP_TIJD;
    }
    return vandaag.isAfter(deadline)
        ? WerkvoorraadRegel.Termijnsignaal.VERLOPEN
        : WerkvoorraadRegel.Termijnsignaal.BIJNA;
  }

  private static Screeningsstatus.UitvraagWeergave uitvraag(Uitvraag u, LocalDate vandaag) {
    return new Screeningsstatus.UitvraagWeergave(
        u.getVraag(),
        u.getDoel(),
        u.getBeantwoordenVoor(),
        u.isVerlopen(vandaag),
        u.getAdressen().stream()
            .map(
                a ->
                    new Screeningsstatus.Adres(
                        a.getOrganisatie().getNaam(),
                        a.getAntwoord(),
                        a.getToelichting().orElse(null),
                        a.getBeantwoordOp().orElse(null)))
            .toList());
  }

  static List<Screeningsstatus.Tijdlijnregel> tijdlijn(Casus casus) {
    return Stream.concat(
            casus.getStatusgeschiedenis().stream()
                .map(
                    s ->
                        new Screeningsstatus.Tijdlijnregel(
                            s.getTijdstip(),
                            "status." + s.getNaarStatus(),
                            s.getDoorGebruiker(),
                            s.getReden())),
            casus.getGebeurtenissen().stream()
                .map(
                    g ->
                        new Screeningsstatus.Tijdlijnregel(
                            g.getTijdstip(),
                            "gebeurtenis." + g.getSoort(),
                            g.getDoorGebruiker(),
                            g.getOmschrijving())))
        .sorted(Comparator.comparing(Screeningsstatus.Tijdlijnregel::tijdstip))
        .toList();
  }
}
