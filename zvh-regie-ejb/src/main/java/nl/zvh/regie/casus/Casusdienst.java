package nl.zvh.regie.casus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Planregel;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.AanmeldingWeergave;
import nl.zvh.regie.aanmelding.Pagina;

/**
 * The work behind {@link CasusInzage}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Casusdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Bekendheid bekendheid;
  @Inject private Clock klok;

  /**
   * A page of the cases the user may open: all numbered ones for a procesregisseur, those their
   * organisation takes part in today for a partner; filtered, ordered and paged in the database.
   */
  public Pagina<CasusSamenvatting> casussen(Actor actor, Casuszoekvraag vraag) {
    Casuslijst lijst = new Casuslijst(em);
    Casuslijst.Reikwijdte reikwijdte = reikwijdte(actor);
    return poort.verwerkLijst(
        actor,
        Handeling.CASUSSEN_LIJST,
        () -> lijst.zoek(reikwijdte, vraag).getResultList(),
        (casussen, log) ->
            new Pagina<>(
                casussen.stream().map(CasusSamenvatting::van).toList(),
                lijst.tel(reikwijdte, vraag)));
  }

  /**
   * The case list's page with, for a partner, where each case stands for their organisation (role,
   * next overleg, open actiepunten: "Mijn casussen"); a fixed number of queries for the page.
   */
  public Pagina<Casusrij> casusrijen(Actor actor, Casuszoekvraag vraag) {
    Pagina<CasusSamenvatting> pagina = casussen(actor, vraag);
    if (!actor.heeftRol(Rol.KETENPARTNER)) {
      return new Pagina<>(
          pagina.rijen().stream().map(c -> new Casusrij(c, null)).toList(), pagina.totaal());
    }
    Map<Long, Deelnamestand> standen =
        new Deelnamestanden(em)
            .van(
                pagina.rijen().stream().map(CasusSamenvatting::id).toList(),
                actor.organisatieId(),
                actor.gebruikersnaam(),
                LocalDate.now(klok));
    return new Pagina<>(
        pagina.rijen().stream().map(c -> new Casusrij(c, standen.get(c.id()))).toList(),
        pagina.totaal());
  }

  /** How many cases the question finds on all pages; a count, no personal data. */
  public long tel(Actor actor, Casuszoekvraag vraag) {
    return new Casuslijst(em).tel(reikwijdte(actor), vraag);
  }

  private Casuslijst.Reikwijdte reikwijdte(Actor actor) {
    return actor.heeftRol(Rol.PROCESREGISSEUR)
        ? Casuslijst.Reikwijdte.alle()
        : Casuslijst.Reikwijdte.deelnemer(actor.organisatieId(), LocalDate.now(klok));
  }

  public CasusDossier lees(Actor actor, long casusId) {
    return poort.verwerk(
        actor,
        Handeling.CASUS_INZIEN,
        casusId,
        (casus, log) -> {
          List<Bekendheid.Bekend> bekend = List.of();
          if (poort.mag(actor, Handeling.BEKENDHEID_CONTROLEREN, null)) {
            bekend = bekendheid.controleer(casus, actor, OffsetDateTime.now(klok));
          }
          return dossier(actor, casus, bekend);
        });
  }

  /** Records information of the user's own organisation in the case. */
  public void legVast(
      Actor actor, long casusId, Informatiecategorie categorie, Long betrokkeneId, String inhoud) {
    poort.verwerk(
        actor,
        Handeling.INFORMATIE_VASTLEGGEN,
        casusId,
        (casus, log) -> {
          Betrokkene betrokkene =
              betrokkeneId == null
                  ? null
                  : casus.getBetrokkenen().stream()
                      .filter(b -> b.getId().equals(betrokkeneId))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new DomeinRegelGeschonden(
                                  "Deze betrokkene hoort niet bij de casus."));
          InformatieItem item =
              casus.legInformatieVast(
                  em.find(Organisatie.class, actor.organisatieId()),
                  betrokkene,
                  categorie,
                  inhoud,
                  actor.gebruikersnaam(),
                  OffsetDateTime.now(klok));
          em.flush();
          if (betrokkene != null) {
            log.betreft(List.of(betrokkene));
          }
          log.object("item:" + item.getId());
          return item;
        });
  }

  /** The source shares its item with the participants, or withdraws that consent. */
  public void wijzigDelen(Actor actor, long itemId, boolean delen) {
    poort.verwerk(
        actor,
        delen ? Handeling.INFORMATIE_DELEN : Handeling.INFORMATIE_DELEN_INTREKKEN,
        itemId,
        (item, log) -> {
          if (delen) {
            item.deelMetDeelnemers(actor.gebruikersnaam(), OffsetDateTime.now(klok));
          } else {
            item.trekDelenIn();
          }
          em.flush();
          return item;
        });
  }

  /** The file of an item the user may see; downloading it is logged as an export. */
  public CasusDossier.Bestand bijlage(Actor actor, long itemId) {
    return poort.verwerk(
        actor,
        Handeling.BIJLAGE_DOWNLOADEN,
        itemId,
        (item, log) -> {
          Bijlage bijlage = item.getBijlage().orElseThrow();
          return new CasusDossier.Bestand(
              bijlage.getNaam(), bijlage.getMediatype(), bijlage.getInhoud());
        });
  }

  private CasusDossier dossier(Actor actor, Casus casus, List<Bekendheid.Bekend> bekend) {
    return new CasusDossier(
        casus.getId(),
        casus.getVersie(),
        casus.getNummer(),
        casus.getStatus(),
        casus.getAanmeldendeOrganisatie().getNaam(),
        casus.getBetrokkenen().stream().map(Casusdienst::persoon).toList(),
        poort.zichtbareItems(actor, casus).stream()
            .map(
                item ->
                    new CasusDossier.Item(
                        item.getId(),
                        item.getBron().getNaam(),
                        item.getCategorie(),
                        item.getBetrokkene().map(Casusdienst::naam).orElse(null),
                        item.getInhoud(),
                        item.getVastgelegdOp(),
                        item.isGedeeld(),
                        poort.mag(actor, Handeling.INFORMATIE_DELEN, item),
                        poort.mag(actor, Handeling.VERSTREKKING_VERZOEKEN, item),
                        item.getBijlage().map(Bijlage::getNaam).orElse(null)))
            .toList(),
        poort.mag(actor, Handeling.AANMELDING_INZIEN, casus) ? AanmeldingWeergave.van(casus) : null,
        bekend,
        casusregisseur(casus.getId()),
        volgendOverleg(casus.getId()));
  }

  /** The casusregisseur of the last established plan: one the concept appointed is not yet. */
  private String casusregisseur(long casusId) {
    return em.createQuery(
            "select concat(r.omschrijving, ' (', r.organisatie, ')') from PlanVanAanpak p"
                + " join p.versies v join v.regels r where p.casus.id = :casusId"
                + " and r.soort = :soort order by v.nummer desc",
            String.class)
        .setParameter("casusId", casusId)
        .setParameter("soort", Planregel.Soort.CASUSREGISSEUR)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private CasusDossier.VolgendOverleg volgendOverleg(long casusId) {
    return em.createQuery(
            "select o from Overleg o where o.casus.id = :casusId and o.status = :gepland"
                + " and o.datum >= :vandaag order by o.datum, o.begintijd",
            Overleg.class)
        .setParameter("casusId", casusId)
        .setParameter("gepland", Overleg.Status.GEPLAND)
        .setParameter("vandaag", LocalDate.now(klok))
        .setMaxResults(1)
        .getResultStream()
        .map(
            o ->
                new CasusDossier.VolgendOverleg(
                    o.getId(), o.getNummer(), o.getDatum(), o.getMoment().begin()))
        .findFirst()
        .orElse(null);
  }

  private static CasusDossier.Persoon persoon(Betrokkene b) {
    return new CasusDossier.Persoon(
        b.getId(),
        naam(b),
        b.getGeboortedatum(),
        b.getAdres().map(Adres::alsTekst).orElse(null),
        b.getBsn().map(bsn -> bsn.getNummer()).orElse(null));
  }

  private static String naam(Betrokkene b) {
    return b.getVoornamen() + " " + b.getAchternaam();
  }
}
