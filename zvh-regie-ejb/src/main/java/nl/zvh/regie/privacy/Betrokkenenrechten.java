package nl.zvh.regie.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Toegangsbeleid;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Verwerkingsregel;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.NietGevonden;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.casus.Verwerkingen;

/**
 * Data-subject requests, handled by the privacy officer: find the person, show and export all that
 * is held about them with who processed it (inzage), correct their details, or delete them. Every
 * one of these is itself a processing, and logged (ZVH-VA-05).
 */
@Stateless
@RolesAllowed("PRIVACY_OFFICER")
public class Betrokkenenrechten {

  private static final int MAXIMAAL_SPOOR = 10_000;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingslogboek logboek;
  @Inject private Verwerkingen verwerkingen;

  @Inject private Clock klok;

  /** The records of a person, by BSN or by surname and date of birth; the search is logged. */
  public List<Gegevensoverzicht> zoek(String bsn, String achternaam, LocalDate geboortedatum) {
    Instant start = Instant.now(klok);
    Actor actor = vereisPrivacyOfficer();
    List<Betrokkene> gevonden;
    if (bsn != null && !bsn.isBlank()) {
      gevonden =
          em.createNamedQuery("Betrokkene.findByBsn", Betrokkene.class)
              .setParameter("bsn", bsn.strip())
              .getResultList();
    } else {
      DomeinRegelGeschonden.vereis(
          achternaam != null && !achternaam.isBlank() && geboortedatum != null,
          "Zoek op BSN, of op achternaam en geboortedatum samen.");
      gevonden =
          em.createNamedQuery("Betrokkene.findByNaamEnGeboortedatum", Betrokkene.class)
              .setParameter("achternaam", achternaam.strip())
              .setParameter("geboortedatum", geboortedatum)
              .getResultList();
    }
    List<Gegevensoverzicht> overzichten = gevonden.stream().map(this::overzicht).toList();
    log("betrokkene.zoeken", Actie.RAADPLEGEN, gevonden, actor, "betrokkenenrechten", start);
    return overzichten;
  }

  public byte[] exporteerJson(long betrokkeneId) {
    Gegevensoverzicht overzicht = exporteer(betrokkeneId, "json");
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      return jsonb.toJson(overzicht).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("De export kon niet worden gemaakt", e);
    }
  }

  public byte[] exporteerPdf(long betrokkeneId) {
    return GegevensoverzichtPdf.van(exporteer(betrokkeneId, "pdf"));
  }

  public void corrigeer(
      long betrokkeneId,
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres) {
    Instant start = Instant.now(klok);
    Actor actor = vereisPrivacyOfficer();
    Betrokkene betrokkene = vind(betrokkeneId);
    betrokkene.corrigeer(voornamen, achternaam, geboortedatum, adres, LocalDate.now(klok));
    em.flush();
    log(
        "betrokkene.corrigeren",
        Actie.WIJZIGEN,
        List.of(betrokkene),
        actor,
        objecten(betrokkene),
        start);
  }

  public void verwijder(long betrokkeneId) {
    Instant start = Instant.now(klok);
    Actor actor = vereisPrivacyOfficer();
    Betrokkene betrokkene = vind(betrokkeneId);
    String objecten = objecten(betrokkene);
    betrokkene.getCasus().verwijderBetrokkene(betrokkene);
    em.flush();
    log("betrokkene.verwijderen", Actie.VERWIJDEREN, List.of(betrokkene), actor, objecten, start);
  }

  private Gegevensoverzicht exporteer(long betrokkeneId, String formaat) {
    Instant start = Instant.now(klok);
    Actor actor = vereisPrivacyOfficer();
    Betrokkene betrokkene = vind(betrokkeneId);
    Gegevensoverzicht overzicht = overzicht(betrokkene);
    log(
        "betrokkene.exporteren-" + formaat,
        Actie.EXPORTEREN,
        List.of(betrokkene),
        actor,
        objecten(betrokkene),
        start);
    return overzicht;
  }

  private Gegevensoverzicht overzicht(Betrokkene b) {
    Casus casus = b.getCasus();
    List<Verwerkingsregel> spoor =
        logboek
            .zoek(
                new Zoekvraag(List.of(b.getId()), null, null, null, null, null), 0, MAXIMAAL_SPOOR)
            .regels();
    return new Gegevensoverzicht(
        b.getId(),
        b.getVoornamen(),
        b.getAchternaam(),
        b.getGeboortedatum(),
        b.getAdres().map(Adres::alsTekst).orElse(null),
        b.getBsn().map(bsn -> bsn.getNummer()).orElse(null),
        casus.getNummer(),
        casus.getStatus().name(),
        casus.getDeelnames().stream().map(d -> d.getOrganisatie().getNaam()).distinct().toList(),
        casus.getInformatie().stream()
            .filter(i -> i.getBetrokkene().map(b::equals).orElse(true))
            .map(
                i ->
                    new Gegevensoverzicht.Informatie(
                        i.getBron().getNaam(),
                        i.getCategorie().name(),
                        i.getCategorie().isBijzonder(),
                        i.getInhoud(),
                        i.getVastgelegdOp()))
            .toList(),
        spoor.stream()
            .map(
                r ->
                    new Gegevensoverzicht.Verwerkingsspoor(
                        r.getStartTijd(),
                        r.getOperatie(),
                        r.getGebruiker(),
                        r.getNamensOrganisatie(),
                        r.getActiviteitId()))
            .toList(),
        OffsetDateTime.now(klok));
  }

  private Actor vereisPrivacyOfficer() {
    Actor actor = huidigeGebruiker.vereist();
    beleid.logboekRaadplegen(actor).vereis();
    return actor;
  }

  private Betrokkene vind(long id) {
    Betrokkene betrokkene = em.find(Betrokkene.class, id);
    if (betrokkene == null) {
      throw new NietGevonden("Deze betrokkene");
    }
    return betrokkene;
  }

  private static String objecten(Betrokkene b) {
    return "casus:" + b.getCasus().getId() + " betrokkene:" + b.getId();
  }

  private void log(
      String operatie,
      Actie actie,
      List<Betrokkene> betrokkenen,
      Actor actor,
      String objecten,
      Instant start) {
    verwerkingen.registreer(
        operatie,
        actie,
        Privacytoezicht.RECHTEN_BETROKKENEN,
        betrokkenen.stream().map(Betrokkene::getId).toList(),
        actor,
        objecten,
        start);
  }
}
