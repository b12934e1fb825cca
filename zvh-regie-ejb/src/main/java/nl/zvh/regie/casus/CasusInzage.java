package nl.zvh.regie.casus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.Toegangsbeleid;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.regie.aanmelding.AanmeldingWeergave;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * A case as a participant or procesregisseur sees it: the policy decides, the log records. A case
 * that does not exist and a case the user may not see give the same answer, so ids cannot be
 * probed.
 */
@Stateless
@RolesAllowed({"KETENPARTNER", "PROCESREGISSEUR"})
public class CasusInzage {

  static final int MAXIMAAL_IN_LIJST = 200;
  static final String GEEN_TOEGANG = "Deze casus bestaat niet of u heeft er geen toegang toe.";
  private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
  private static final Logger LOG = Logger.getLogger(CasusInzage.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingen verwerkingen;
  @Inject private Bekendheid bekendheid;

  private final Clock klok = Clock.system(NEDERLAND);

  /** The cases the user may open: all for a procesregisseur, the own ones for a partner. */
  public List<CasusSamenvatting> casussen() {
    Actor actor = huidigeGebruiker.vereist();
    LocalDate vandaag = LocalDate.now(klok);
    var zoekvraag =
        actor.heeftRol(Rol.PROCESREGISSEUR)
            ? new Casuslijst(em).genummerd()
            : new Casuslijst(em).metDeelnemer(actor.organisatieId(), vandaag);
    return zoekvraag
        .setMaxResults(MAXIMAAL_IN_LIJST)
        .getResultStream()
        .filter(casus -> beleid.casusInzien(actor, casus, vandaag).toegestaan())
        .map(CasusSamenvatting::van)
        .toList();
  }

  public CasusDossier lees(long casusId) {
    Instant start = Instant.now();
    Actor actor = huidigeGebruiker.vereist();
    Casus casus = toegankelijkeCasus(actor, casusId);
    List<Bekendheid.Bekend> bekend = List.of();
    if (beleid.bekendheidZien(actor).toegestaan()) {
      bekend = bekendheid.controleer(casus, actor, OffsetDateTime.now(klok));
    }
    CasusDossier dossier = dossier(actor, casus, bekend);
    verwerkingen.registreer(
        "casus.inzien",
        Actie.RAADPLEGEN,
        casus,
        casus.getBetrokkenen(),
        actor,
        "casus:" + casusId,
        start);
    return dossier;
  }

  /** Records information of the user's own organisation in the case. */
  public void legVast(
      long casusId, Informatiecategorie categorie, Long betrokkeneId, String inhoud) {
    Instant start = Instant.now();
    Actor actor = huidigeGebruiker.vereist();
    Casus casus = toegankelijkeCasus(actor, casusId);
    beleid.informatieVastleggen(actor, casus, LocalDate.now(klok)).vereis();
    Betrokkene betrokkene =
        betrokkeneId == null
            ? null
            : casus.getBetrokkenen().stream()
                .filter(b -> b.getId().equals(betrokkeneId))
                .findFirst()
                .orElseThrow(
                    () -> new DomeinRegelGeschonden("Deze betrokkene hoort niet bij de casus."));
    InformatieItem item =
        casus.legInformatieVast(
            em.find(Organisatie.class, actor.organisatieId()),
            betrokkene,
            categorie,
            inhoud,
            actor.gebruikersnaam(),
            OffsetDateTime.now(klok));
    em.flush();
    verwerkingen.registreer(
        "informatie.vastleggen",
        Actie.AANMAKEN,
        casus,
        betrokkene == null ? casus.getBetrokkenen() : List.of(betrokkene),
        actor,
        "casus:" + casusId + " item:" + item.getId(),
        start);
  }

  /** The source shares its item with the participants, or withdraws that consent. */
  public void wijzigDelen(long itemId, boolean delen) {
    Instant start = Instant.now();
    Actor actor = huidigeGebruiker.vereist();
    InformatieItem item =
        Optional.ofNullable(em.find(InformatieItem.class, itemId))
            .orElseThrow(() -> new GeenToegang(GEEN_TOEGANG));
    Casus casus = toegankelijkeCasus(actor, item.getCasus().getId());
    beleid.delenWijzigen(actor, item, LocalDate.now(klok)).vereis();
    if (delen) {
      item.deelMetDeelnemers(actor.gebruikersnaam(), OffsetDateTime.now(klok));
    } else {
      item.trekDelenIn();
    }
    em.flush();
    verwerkingen.registreer(
        delen ? "informatie.delen" : "informatie.delen-intrekken",
        Actie.DELEN,
        casus,
        item.getBetrokkene().map(List::of).orElse(casus.getBetrokkenen()),
        actor,
        "casus:" + casus.getId() + " item:" + itemId,
        start);
  }

  /** The file of an item the user may see; downloading it is logged as an export. */
  public CasusDossier.Bestand bijlage(long itemId) {
    Instant start = Instant.now();
    Actor actor = huidigeGebruiker.vereist();
    InformatieItem item =
        Optional.ofNullable(em.find(InformatieItem.class, itemId))
            .orElseThrow(() -> new GeenToegang(GEEN_TOEGANG));
    if (!beleid.itemInzien(actor, item, LocalDate.now(klok)).toegestaan()
        || item.getBijlage().isEmpty()) {
      throw new GeenToegang(GEEN_TOEGANG);
    }
    Bijlage bijlage = item.getBijlage().get();
    verwerkingen.registreer(
        "informatie.bijlage-downloaden",
        Actie.EXPORTEREN,
        item.getCasus(),
        item.getBetrokkene().map(List::of).orElse(item.getCasus().getBetrokkenen()),
        actor,
        "casus:" + item.getCasus().getId() + " item:" + itemId,
        start);
    return new CasusDossier.Bestand(bijlage.getNaam(), bijlage.getMediatype(), bijlage.getInhoud());
  }

  private Casus toegankelijkeCasus(Actor actor, long casusId) {
    Casus casus = em.find(Casus.class, casusId);
    if (casus == null || !beleid.casusInzien(actor, casus, LocalDate.now(klok)).toegestaan()) {
      LOG.warning(
          () -> "Geweigerde toegang tot casus " + casusId + " voor " + actor.gebruikersnaam());
      throw new GeenToegang(GEEN_TOEGANG);
    }
    return casus;
  }

  private CasusDossier dossier(Actor actor, Casus casus, List<Bekendheid.Bekend> bekend) {
    LocalDate vandaag = LocalDate.now(klok);
    return new CasusDossier(
        casus.getId(),
        casus.getVersie(),
        casus.getNummer(),
        casus.getStatus(),
        casus.getAanmeldendeOrganisatie().getNaam(),
        casus.getBetrokkenen().stream().map(CasusInzage::persoon).toList(),
        beleid.zichtbareItems(actor, casus, vandaag).stream()
            .map(
                item ->
                    new CasusDossier.Item(
                        item.getId(),
                        item.getBron().getNaam(),
                        item.getCategorie(),
                        item.getBetrokkene().map(CasusInzage::naam).orElse(null),
                        item.getInhoud(),
                        item.getVastgelegdOp(),
                        item.isGedeeld(),
                        beleid.delenWijzigen(actor, item, vandaag).toegestaan(),
                        beleid.verstrekkingVerzoeken(actor, item, vandaag).toegestaan(),
                        item.getBijlage().map(Bijlage::getNaam).orElse(null)))
            .toList(),
        beleid.aanmeldingInzien(actor, casus, vandaag).toegestaan()
            ? AanmeldingWeergave.van(casus)
            : null,
        bekend);
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
