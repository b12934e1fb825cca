package nl.zvh.regie.aanmelding;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumantwoord;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.Nummerreeks;
import nl.zvh.domain.model.casus.UitTeNodigenPartner;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.BetrokkeneInvoer;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.CriteriumInvoer;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.PartnerInvoer;
import nl.zvh.regie.aanmelding.AanmeldingFormulier.ProbleemInvoer;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.Invoercontrole;
import nl.zvh.regie.termijn.Termijnberekening;

/**
 * The work behind {@link Aanmeldingen}, for an explicit actor, through the {@link
 * Verwerkingspoort}; the domain keeps the rules. Transactional on its own, so the in-container test
 * can call it as any partner; the portal and the API reach it only through the role-checked EJB.
 */
@ApplicationScoped
@Transactional
public class Aanmeldingsdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Invoercontrole invoercontrole;
  @Inject private Termijnberekening termijnen;
  @Inject private Event<AanmeldingIngediend> ingediend;

  @Inject private Clock klok;

  /** The referral to go on with, as its form; only while the referrer may still change it. */
  public AanmeldingFormulier lees(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.AANMELDING_BEWERKEN,
        casusId,
        (casus, log) -> AanmeldingFormulier.van(casus));
  }

  /** What the saved referral still lacks before it can be submitted. */
  public List<String> ontbreekt(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.AANMELDING_CONTROLEREN,
        casusId,
        (casus, log) -> casus.getAanmelding().ontbreekt());
  }

  /** Saves the form as a concept (a new one the first time); returns the case id. */
  public long bewaarConcept(Actor actor, AanmeldingFormulier formulier) {
    return bewaar(
        actor,
        formulier,
        formulier.getCasusId() == null
            ? Handeling.AANMELDING_AANMAKEN
            : Handeling.AANMELDING_BEWAREN,
        casus -> casus.getId());
  }

  /**
   * Saves and submits the referral: it must be complete. The first submission gives the
   * registration number; the receipt e-mail goes out after the commit.
   */
  public Ontvangstbevestiging dienIn(Actor actor, AanmeldingFormulier formulier) {
    boolean aanvulling = formulier.getCasusId() != null && isGenummerd(formulier.getCasusId());
    Ontvangstbevestiging bevestiging =
        bewaar(
            actor,
            formulier,
            aanvulling ? Handeling.AANVULLING_INDIENEN : Handeling.AANMELDING_INDIENEN,
            casus -> dienIn(actor, casus, aanvulling));
    // A partner system (a koppeling) has no e-mail address: the API's answer is its receipt.
    emailVan(actor).ifPresent(email -> ingediend.fire(new AanmeldingIngediend(email, bevestiging)));
    return bevestiging;
  }

  private Ontvangstbevestiging dienIn(Actor actor, Casus casus, boolean aanvulling) {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    Termijnberekening.Data data = termijnen.voor(nu.toInstant());
    casus.dienIn(
        casus.getNummer() == null ? volgendNummer(nu.getYear()) : null,
        actor.gebruikersnaam(),
        nu,
        data.triagedatum(),
        data.contactUiterlijk());
    em.flush();
    Ontvangstbevestiging bevestiging =
        new Ontvangstbevestiging(
            casus.getNummer(),
            nu,
            data.triagedatum(),
            data.contactUiterlijk(),
            casus.getAanmelding().getVoldoetAanCriteria().orElse(false),
            aanvulling);
    return bevestiging;
  }

  /** The receipt of a referral of the user's organisation, to show again after the redirect. */
  public Ontvangstbevestiging bevestiging(Actor actor, String nummer) {
    return poort.verwerkGevonden(
        actor,
        Handeling.ONTVANGST_INZIEN,
        () -> metNummer(nummer),
        (casus, log) -> bevestiging(casus));
  }

  private static Ontvangstbevestiging bevestiging(Casus casus) {
    var aanmelding = casus.getAanmelding();
    return new Ontvangstbevestiging(
        casus.getNummer(),
        aanmelding.getIngediendOp().orElseThrow(),
        aanmelding.getTriagedatum().orElseThrow(),
        aanmelding.getContactUiterlijk().orElseThrow(),
        aanmelding.getVoldoetAanCriteria().orElse(false),
        casus.getStatusgeschiedenis().stream()
                .filter(s -> s.getNaarStatus() == CasusStatus.AANGEMELD)
                .count()
            > 1);
  }

  /** A referral of the user's organisation by its number, with its status history (the API). */
  public AanmeldingWeergave weergave(Actor actor, String nummer) {
    return poort.verwerkGevonden(
        actor,
        Handeling.AANMELDING_INZIEN,
        () -> metNummer(nummer),
        (casus, log) -> AanmeldingWeergave.van(casus));
  }

  /** "Mijn aanmeldingen": a page of the referrals of the user's organisation. */
  public Pagina<AanmeldingRegel> mijnAanmeldingen(Actor actor, Lijstvraag vraag) {
    Aanmeldingenlijst.Resultaat resultaat =
        new Aanmeldingenlijst(em).zoek(actor.organisatieId(), vraag);
    return poort.verwerkLijst(
        actor,
        Handeling.AANMELDINGEN_LIJST,
        resultaat::casussen,
        (casussen, log) -> resultaat.pagina());
  }

  /** How many referrals of the user's organisation match the filters (no personal data). */
  public long telMijnAanmeldingen(Actor actor, Lijstvraag vraag) {
    return new Aanmeldingenlijst(em).tel(actor.organisatieId(), vraag);
  }

  /** The status history of a referral of the user's organisation. */
  public List<Statusregel> geschiedenis(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.AANMELDING_VOLGEN,
        casusId,
        (casus, log) -> casus.getStatusgeschiedenis().stream().map(Statusregel::van).toList());
  }

  /** The convenant partners a referral can propose to invite, by name. */
  public List<PartnerKeuze> partnerorganisaties() {
    LocalDate vandaag = LocalDate.now(klok);
    return em.createNamedQuery("Organisatie.findAll", Organisatie.class)
        .getResultStream()
        .filter(o -> !o.isZvh() && o.isConvenantLidOp(vandaag))
        .map(o -> new PartnerKeuze(o.getId(), o.getNaam()))
        .toList();
  }

  /**
   * Writes the form into a new or the existing referral through the gate, then does {@code verder}
   * with it (nothing more, or submitting) within the same handeling.
   */
  private <R> R bewaar(
      Actor actor,
      AanmeldingFormulier formulier,
      Handeling<Casus> handeling,
      Function<Casus, R> verder) {
    invoercontrole.controleer(formulier);
    OffsetDateTime nu = OffsetDateTime.now(klok);
    Supplier<Casus> vind =
        formulier.getCasusId() == null
            ? () ->
                new Casus(
                    em.find(Organisatie.class, actor.organisatieId()), actor.gebruikersnaam(), nu)
            : () -> em.find(Casus.class, formulier.getCasusId());
    return poort.verwerkGevonden(
        actor,
        handeling,
        vind,
        (casus, log) -> {
          if (casus.getId() == null) {
            em.persist(casus);
          } else {
            GelijktijdigGewijzigd.controleer(
                formulier.getVersie(), casus.getVersie(), "Deze aanmelding");
            em.lock(casus, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          }
          schrijf(casus, formulier, nu);
          return verder.apply(casus);
        });
  }

  private void schrijf(Casus casus, AanmeldingFormulier formulier, OffsetDateTime nu) {
    werkBetrokkenenBij(casus, formulier.getBetrokkenen(), nu.toLocalDate());
    casus.beschrijfAanmelding(
        formulier.getReden(),
        formulier.getDoelIco(),
        problemen(formulier.getProblemen()),
        criteria(formulier.getCriteria()),
        formulier.getPartners().stream().filter(p -> !isLeeg(p)).map(this::partner).toList());
    casus.legInformerenVast(
        formulier.getBetrokkeneGeinformeerd(),
        formulier.getRedenNietGeinformeerd(),
        formulier.getToelichtingNietGeinformeerd());
    em.flush();
  }

  private void werkBetrokkenenBij(Casus casus, List<BetrokkeneInvoer> invoer, LocalDate vandaag) {
    Set<Long> behouden =
        invoer.stream()
            .map(BetrokkeneInvoer::getId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    casus.getBetrokkenen().stream()
        .filter(b -> !behouden.contains(b.getId()))
        .toList()
        .forEach(casus::haalBetrokkeneWeg);
    for (BetrokkeneInvoer persoon : invoer) {
      Adres adres = persoon.adres();
      Bsn bsn =
          persoon.getBsn() == null || persoon.getBsn().isBlank()
              ? null
              : new Bsn(persoon.getBsn().strip());
      if (persoon.getId() == null) {
        casus.voegBetrokkeneToe(
            persoon.getVoornamen(),
            persoon.getAchternaam(),
            persoon.getGeboortedatum(),
            adres,
            bsn,
            vandaag);
      } else {
        Betrokkene betrokkene =
            casus.getBetrokkenen().stream()
                .filter(b -> b.getId().equals(persoon.getId()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new DomeinRegelGeschonden("Deze betrokkene hoort niet bij de aanmelding."));
        casus.wijzigBetrokkene(
            betrokkene,
            persoon.getVoornamen(),
            persoon.getAchternaam(),
            persoon.getGeboortedatum(),
            adres,
            bsn,
            vandaag);
      }
    }
  }

  private static Map<Leefgebied, String> problemen(List<ProbleemInvoer> invoer) {
    Map<Leefgebied, String> problemen = new EnumMap<>(Leefgebied.class);
    for (ProbleemInvoer probleem : invoer) {
      DomeinRegelGeschonden.vereis(
          problemen.put(probleem.getLeefgebied(), probleem.getOmschrijving()) == null,
          "Elk leefgebied komt één keer voor.");
    }
    return problemen;
  }

  private static Map<Criterium, Criteriumantwoord> criteria(List<CriteriumInvoer> invoer) {
    Map<Criterium, Criteriumantwoord> criteria = new EnumMap<>(Criterium.class);
    for (CriteriumInvoer criterium : invoer) {
      DomeinRegelGeschonden.vereis(
          criteria.put(criterium.getCriterium(), criterium.alsAntwoord()) == null,
          "Elk criterium komt één keer voor.");
    }
    return criteria;
  }

  private static boolean isLeeg(PartnerInvoer p) {
    return p.getOrganisatieId() == null
        && leeg(p.getContactpersoon())
        && leeg(p.getEmail())
        && leeg(p.getTelefoon());
  }

  private static boolean leeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }

  private UitTeNodigenPartner partner(PartnerInvoer invoer) {
    Organisatie organisatie = null;
    if (invoer.getOrganisatieId() != null) {
      organisatie = em.find(Organisatie.class, invoer.getOrganisatieId());
      DomeinRegelGeschonden.vereis(
          organisatie != null
              && !organisatie.isZvh()
              && organisatie.isConvenantLidOp(LocalDate.now(klok)),
          "Kies als partner een organisatie die aan het convenant deelneemt.");
    }
    return new UitTeNodigenPartner(
        organisatie, invoer.getContactpersoon(), invoer.getEmail(), invoer.getTelefoon());
  }

  private String volgendNummer(int jaar) {
    Nummerreeks reeks = em.find(Nummerreeks.class, jaar, LockModeType.PESSIMISTIC_WRITE);
    if (reeks == null) {
      String hoogste =
          em.createQuery(
                  "select max(c.nummer) from Casus c where c.nummer like :jaar", String.class)
              .setParameter("jaar", String.format("ZVH-%04d-%%", jaar))
              .getSingleResult();
      reeks = new Nummerreeks(jaar, hoogste == null ? 0 : Integer.parseInt(hoogste.substring(9)));
      em.persist(reeks);
    }
    return reeks.volgende();
  }

  private Casus metNummer(String nummer) {
    return nummer == null
        ? null
        : em.createNamedQuery("Casus.findByNummer", Casus.class)
            .setParameter("nummer", nummer)
            .getResultStream()
            .findFirst()
            .orElse(null);
  }

  /** Whether the referral already has its number: then submitting it again is a completion. */
  private boolean isGenummerd(long casusId) {
    Casus casus = em.find(Casus.class, casusId);
    return casus != null && casus.getNummer() != null;
  }

  private Optional<String> emailVan(Actor actor) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", actor.gebruikersnaam())
        .getResultStream()
        .findFirst()
        .map(Gebruiker::getEmail);
  }
}
