package nl.zvh.regie.uitvoering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.Casusregisseurschap;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.melding.Ontvangers;

/**
 * Carrying out the plan for an explicit actor: reading where it stands, the owners' reports, the
 * partners' signals, and the casusregisseur's reminders and escalations. The work behind {@link
 * Uitvoering}. Every report, signal and escalation is on the case's timeline (without its content,
 * which is for those who may read it) and mails those who must act, without personal data.
 */
@ApplicationScoped
@Transactional
public class Uitvoeringsdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Uitvoeringlezer lezer;
  @Inject private Event<Uitvoeringsmeldingen.Melding> meldingen;
  @Inject private Clock klok;

  /** Where the carrying out stands; empty (but only for who may see the case) before a plan. */
  public UitvoeringWeergave stand(Actor actor, long casusId) {
    Optional<PlanVanAanpak> gevonden = lezer.plan(casusId);
    if (gevonden.isEmpty() || gevonden.get().laatsteVersie().isEmpty()) {
      return poort.verwerk(
          actor,
          Handeling.CASUSSEN_LIJST,
          casusId,
          (casus, log) -> UitvoeringWeergave.leeg(casusId));
    }
    return poort.verwerkGevonden(
        actor, Handeling.UITVOERING_INZIEN, gevonden::get, (plan, log) -> stand(actor, plan));
  }

  /** One established actiepunt with its reports. */
  public ActiepuntWeergave actiepunt(Actor actor, long actiepuntId) {
    return poort.verwerk(
        actor,
        Handeling.ACTIEPUNT_INZIEN,
        actiepuntId,
        (actiepunt, log) -> weergave(actor, actiepunt));
  }

  /**
   * The owner reports back. "Lukt niet" is also a signal to the casusregisseur, who hears of it at
   * once with the procesregisseur. The form's version of the actiepunt must still be its version:
   * two people reporting at once get a clear conflict, not a lost update; and the plan's version
   * rises, so a concept opened before the report cannot silently put its status back.
   */
  public void koppelTerug(
      Actor actor, long actiepuntId, long versie, Terugkoppeling.Soort soort, String tekst) {
    poort.verwerk(
        actor,
        Handeling.ACTIEPUNT_TERUGKOPPELEN,
        actiepuntId,
        (actiepunt, log) -> {
          GelijktijdigGewijzigd.controleer(versie, actiepunt.getVersie(), "Dit actiepunt");
          PlanVanAanpak plan = actiepunt.getPlan();
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Terugkoppeling terugkoppeling =
              plan.koppelTerug(actiepunt.getNummer(), soort, tekst, gebruiker(actor), nu);
          em.persist(terugkoppeling);
          em.lock(actiepunt, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          Casus casus = plan.getCasus();
          casus.registreerVoortgang(
              Gebeurtenis.Soort.TERUGGEKOPPELD,
              actor.gebruikersnaam(),
              "Actiepunt "
                  + actiepunt.getNummer()
                  + " ("
                  + actiepunt.getEigenaar().getNaam()
                  + "): "
                  + soort.status().omschrijving(),
              nu);
          if (soort == Terugkoppeling.Soort.LUKT_NIET) {
            em.persist(Signaal.luktNiet(terugkoppeling));
            signaleer(plan, "Een actiepunt lukt niet", "Lukt niet:");
          }
          return terugkoppeling.getId();
        });
  }

  /** A participant signals another development that affects the plan. */
  public void meldSignaal(Actor actor, long casusId, String tekst) {
    PlanVanAanpak gevonden = lezer.plan(casusId).orElse(null);
    poort.verwerkGevonden(
        actor,
        Handeling.SIGNAAL_MELDEN,
        () -> gevonden,
        (plan, log) -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          Signaal signaal = Signaal.ontwikkeling(plan, tekst, gebruiker(actor), nu);
          em.persist(signaal);
          plan.getCasus()
              .registreerVoortgang(
                  Gebeurtenis.Soort.SIGNAAL_GEMELD,
                  actor.gebruikersnaam(),
                  "Signaal aan de casusregisseur: andere ontwikkeling",
                  nu);
          signaleer(plan, "Een nieuw signaal", "Signaal:");
          return signaal.getId();
        });
  }

  /** The casusregisseur (or the procesregisseur) handles a signal, and says how. */
  public void handelSignaalAf(Actor actor, long signaalId, long versie, String hoe) {
    poort.verwerk(
        actor,
        Handeling.SIGNAAL_AFHANDELEN,
        signaalId,
        (signaal, log) -> {
          GelijktijdigGewijzigd.controleer(versie, signaal.getVersie(), "Dit signaal");
          OffsetDateTime nu = OffsetDateTime.now(klok);
          signaal.handelAf(hoe, actor.gebruikersnaam(), nu);
          signaal
              .getCasus()
              .registreerVoortgang(
                  Gebeurtenis.Soort.SIGNAAL_AFGEHANDELD,
                  actor.gebruikersnaam(),
                  "Signaal afgehandeld",
                  nu);
          return signaal;
        });
  }

  /**
   * The casusregisseur reminds the owner of an actiepunt: the assigned person, or else the people
   * of the owning organisation who were invited to the case's overleggen.
   */
  public void herinner(Actor actor, long actiepuntId) {
    poort.verwerk(
        actor,
        Handeling.ACTIEPUNT_HERINNEREN,
        actiepuntId,
        (actiepunt, log) -> {
          Casus casus = actiepunt.getPlan().getCasus();
          casus.registreerVoortgang(
              Gebeurtenis.Soort.HERINNERING_VERSTUURD,
              actor.gebruikersnaam(),
              "Herinnering aan "
                  + actiepunt.getEigenaar().getNaam()
                  + " over actiepunt "
                  + actiepunt.getNummer(),
              OffsetDateTime.now(klok));
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Herinnering actiepunt",
                  "De casusregisseur herinnert u aan een actiepunt van uw organisatie",
                  casus.getNummer(),
                  lezer.eigenaren(actiepunt),
                  "/casus/actiepunt.xhtml?id=" + actiepunt.getId()));
          return actiepunt;
        });
  }

  /**
   * The casusregisseur escalates to the procesregisseur: why, what is asked, and the open signals
   * it takes up.
   */
  public long schaalOp(
      Actor actor, long casusId, String reden, String gevraagd, List<Long> signaalIds) {
    PlanVanAanpak gevonden = lezer.plan(casusId).orElse(null);
    return poort.verwerkGevonden(
        actor,
        Handeling.OPSCHALEN,
        () -> gevonden,
        (plan, log) -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          List<Signaal> signalen =
              lezer.signalen(plan).stream().filter(s -> signaalIds.contains(s.getId())).toList();
          Escalatie escalatie =
              new Escalatie(plan, reden, gevraagd, signalen, gebruiker(actor), nu);
          em.persist(escalatie);
          plan.getCasus()
              .registreerVoortgang(
                  Gebeurtenis.Soort.OPGESCHAALD,
                  actor.gebruikersnaam(),
                  "Opgeschaald naar de procesregisseur",
                  nu);
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Escalatie",
                  "De casusregisseur schaalt een casus op naar de procesregisseur",
                  plan.getCasus().getNummer(),
                  Ontvangers.procesregisseurs(em, plan.getCasus().getId()),
                  pagina(plan)));
          return escalatie.getId();
        });
  }

  /** The procesregisseur records what came of an escalation; the casusregisseur hears of it. */
  public void handelEscalatieAf(Actor actor, long escalatieId, long versie, String uitkomst) {
    poort.verwerk(
        actor,
        Handeling.ESCALATIE_AFHANDELEN,
        escalatieId,
        (escalatie, log) -> {
          GelijktijdigGewijzigd.controleer(versie, escalatie.getVersie(), "Deze escalatie");
          OffsetDateTime nu = OffsetDateTime.now(klok);
          escalatie.handelAf(uitkomst, actor.gebruikersnaam(), nu);
          Casus casus = escalatie.getCasus();
          casus.registreerVoortgang(
              Gebeurtenis.Soort.ESCALATIE_AFGEHANDELD,
              actor.gebruikersnaam(),
              "Escalatie afgehandeld door de procesregisseur",
              nu);
          meldingen.fire(
              new Uitvoeringsmeldingen.Melding(
                  "Uitkomst escalatie",
                  "De procesregisseur heeft een escalatie afgehandeld",
                  casus.getNummer(),
                  List.of(escalatie.getIngediendDoor().getEmail()),
                  pagina(escalatie.getPlan())));
          return escalatie;
        });
  }

  /**
   * The cases whose carrying out needs the actor, for the start page: for the procesregisseur every
   * case with open signals or escalations, for a partner the cases of which they are the
   * casusregisseur with open signals. Counts and case numbers only, a fixed number of queries.
   */
  public List<Aandacht> aandacht(Actor actor) {
    Map<Long, long[]> tellingen = new LinkedHashMap<>();
    lezer.openSignalenPerCasus(actor).forEach((id, n) -> tellingen.put(id, new long[] {n, 0}));
    if (actor.heeftRol(Rol.PROCESREGISSEUR)) {
      lezer
          .openEscalatiesPerCasus()
          .forEach((id, n) -> tellingen.computeIfAbsent(id, k -> new long[2])[1] = n);
    }
    return poort.verwerkLijst(
        actor,
        Handeling.UITVOERING_AANDACHT,
        () -> lezer.casussen(tellingen.keySet()),
        (casussen, log) ->
            casussen.stream()
                .map(
                    c ->
                        new Aandacht(
                            c.getId(),
                            c.getNummer(),
                            tellingen.get(c.getId())[0],
                            tellingen.get(c.getId())[1]))
                .toList());
  }

  private UitvoeringWeergave stand(Actor actor, PlanVanAanpak plan) {
    LocalDate vandaag = LocalDate.now(klok);
    List<Actiepunt> vastgesteld =
        plan.getActiepunten().stream().filter(Actiepunt::isVastgesteld).toList();
    Map<Long, Terugkoppeling> laatstePerActiepunt = new LinkedHashMap<>();
    Map<Long, Terugkoppeling> laatstePerOrganisatie = new LinkedHashMap<>();
    for (Terugkoppeling t : lezer.terugkoppelingen(plan.getCasus())) {
      laatstePerActiepunt.putIfAbsent(t.getActiepunt().getId(), t);
      laatstePerOrganisatie.putIfAbsent(t.getOrganisatie().getId(), t);
    }
    List<UitvoeringWeergave.Actiepuntstand> actiepunten =
        vastgesteld.stream()
            .map(
                a ->
                    new UitvoeringWeergave.Actiepuntstand(
                        a.getId(),
                        a.getNummer(),
                        a.getOmschrijving(),
                        a.getEigenaar().getNaam(),
                        a.getPersoon().map(Gebruiker::getNaam).orElse(null),
                        a.getDeadline(),
                        a.getStatus(),
                        a.isVerlopen(vandaag),
                        poort.mag(actor, Handeling.ACTIEPUNT_TERUGKOPPELEN, a),
                        rapport(laatstePerActiepunt.get(a.getId()))))
            .toList();
    Map<Actiepuntstatus, Long> perStatus = new EnumMap<>(Actiepuntstatus.class);
    vastgesteld.forEach(a -> perStatus.merge(a.getStatus(), 1L, Long::sum));
    Map<Long, Organisatie> eigenaren = new LinkedHashMap<>();
    vastgesteld.stream()
        .map(Actiepunt::getEigenaar)
        .sorted(Comparator.comparing(Organisatie::getNaam))
        .forEach(o -> eigenaren.putIfAbsent(o.getId(), o));
    List<UitvoeringWeergave.Contact> contact = new ArrayList<>();
    eigenaren.forEach(
        (id, o) ->
            contact.add(
                new UitvoeringWeergave.Contact(
                    o.getNaam(), rapport(laatstePerOrganisatie.get(id)))));
    boolean escalatiesZien = poort.mag(actor, Handeling.ESCALATIES_INZIEN, plan);
    return new UitvoeringWeergave(
        plan.getCasus().getId(),
        true,
        plan.casusregisseurInFunctie()
            .map(c -> c.getGebruiker().getNaam() + " (" + c.getOrganisatie().getNaam() + ")")
            .orElse(null),
        new UitvoeringWeergave.Rechten(
            poort.mag(actor, Handeling.UITVOERING_STUREN, plan),
            poort.mag(actor, Handeling.SIGNAAL_MELDEN, plan),
            poort.mag(actor, Handeling.OPSCHALEN, plan)),
        actiepunten,
        perStatus.entrySet().stream()
            .map(e -> new UitvoeringWeergave.Telling(e.getKey(), e.getValue()))
            .toList(),
        contact,
        lezer.signalen(plan).stream()
            .filter(s -> poort.mag(actor, Handeling.SIGNAAL_INZIEN, s))
            .map(s -> regel(s, s.isOpen() && poort.mag(actor, Handeling.SIGNAAL_AFHANDELEN, s)))
            .toList(),
        escalatiesZien
            ? lezer.escalaties(plan).stream()
                .map(
                    e ->
                        regel(e, e.isOpen() && poort.mag(actor, Handeling.ESCALATIE_AFHANDELEN, e)))
                .toList()
            : List.of());
  }

  private ActiepuntWeergave weergave(Actor actor, Actiepunt a) {
    return new ActiepuntWeergave(
        a.getId(),
        a.getVersie(),
        a.getPlan().getCasus().getId(),
        a.getPlan().getCasus().getNummer(),
        a.getNummer(),
        a.getOmschrijving(),
        a.getEigenaar().getNaam(),
        a.getPersoon().map(Gebruiker::getNaam).orElse(null),
        a.getDeadline(),
        a.getStatus(),
        a.isVerlopen(LocalDate.now(klok)),
        a.isVastgesteld()
            && a.getStatus().isLopend()
            && poort.mag(actor, Handeling.ACTIEPUNT_TERUGKOPPELEN, a),
        poort.mag(actor, Handeling.ACTIEPUNT_HERINNEREN, a),
        lezer.terugkoppelingen(a).stream().map(Uitvoeringsdienst::rapport).toList());
  }

  /** Tells the casusregisseur and the procesregisseur(s) of the case that a signal came in. */
  private void signaleer(PlanVanAanpak plan, String onderwerp, String zin) {
    List<String> aan = new ArrayList<>(Ontvangers.procesregisseurs(em, plan.getCasus().getId()));
    plan.casusregisseurInFunctie()
        .map(Casusregisseurschap::getGebruiker)
        .filter(Gebruiker::isActief)
        .ifPresent(g -> aan.add(0, g.getEmail()));
    meldingen.fire(
        new Uitvoeringsmeldingen.Melding(
            "Signaal",
            onderwerp + " voor de casusregisseur",
            plan.getCasus().getNummer(),
            aan,
            pagina(plan)));
  }

  private static String pagina(PlanVanAanpak plan) {
    return "/casus/dossier.xhtml?id=" + plan.getCasus().getId() + "&tab=uitvoering";
  }

  private Gebruiker gebruiker(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new GeenToegang("Uw account is niet (meer) actief."));
  }

  private static UitvoeringWeergave.Rapport rapport(Terugkoppeling t) {
    return t == null
        ? null
        : new UitvoeringWeergave.Rapport(
            t.getSoort(),
            t.getTekst().orElse(null),
            t.getGebruiker().getNaam(),
            t.getOrganisatie().getNaam(),
            t.getTijdstip());
  }

  private static UitvoeringWeergave.SignaalRegel regel(Signaal s, boolean magAfhandelen) {
    return new UitvoeringWeergave.SignaalRegel(
        s.getId(),
        s.getVersie(),
        s.getSoort(),
        s.getStatus(),
        s.getTekst(),
        s.getGemeldDoor().getNaam(),
        s.getGemeldDoor().getOrganisatie().getNaam(),
        s.getGemeldOp(),
        s.getTerugkoppeling().map(t -> t.getActiepunt().getNummer()).orElse(null),
        s.getAfhandeling().orElse(null),
        s.getAfgehandeldDoor().orElse(null),
        s.getAfgehandeldOp().orElse(null),
        magAfhandelen);
  }

  private static UitvoeringWeergave.EscalatieRegel regel(Escalatie e, boolean magAfhandelen) {
    return new UitvoeringWeergave.EscalatieRegel(
        e.getId(),
        e.getVersie(),
        e.getStatus(),
        e.getReden(),
        e.getGevraagd().orElse(null),
        e.getIngediendDoor().getNaam(),
        e.getIngediendOp(),
        e.getUitkomst().orElse(null),
        e.getAfgehandeldDoor().orElse(null),
        e.getAfgehandeldOp().orElse(null),
        magAfhandelen);
  }
}
