package nl.zvh.regie.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.privacy.logboek.Verwerkingslogboek;
import nl.zvh.privacy.logboek.Verwerkingsregel;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.NietGevonden;

/**
 * The work behind {@link Betrokkenenrechten}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Betrokkenenrechtendienst {

  private static final int MAXIMAAL_SPOOR = 10_000;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingslogboek logboek;
  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  /** The records of a person, by BSN or by surname and date of birth; the search is logged. */
  public List<Gegevensoverzicht> zoek(
      Actor actor, String bsn, String achternaam, LocalDate geboortedatum) {
    return poort.verwerk(
        actor,
        Handeling.BETROKKENE_ZOEKEN,
        (niets, log) -> {
          List<Betrokkene> gevonden = gevonden(bsn, achternaam, geboortedatum);
          log.betreft(gevonden).object("betrokkenenrechten");
          return gevonden.stream().map(this::overzicht).toList();
        });
  }

  private List<Betrokkene> gevonden(String bsn, String achternaam, LocalDate geboortedatum) {
    if (bsn != null && !bsn.isBlank()) {
      return em.createNamedQuery("Betrokkene.findByBsn", Betrokkene.class)
          .setParameter("bsn", bsn.strip())
          .getResultList();
    }
    DomeinRegelGeschonden.vereis(
        achternaam != null && !achternaam.isBlank() && geboortedatum != null,
        "Zoek op BSN, of op achternaam en geboortedatum samen.");
    return em.createNamedQuery("Betrokkene.findByNaamEnGeboortedatum", Betrokkene.class)
        .setParameter("achternaam", achternaam.strip())
        .setParameter("geboortedatum", geboortedatum)
        .getResultList();
  }

  public byte[] exporteerJson(Actor actor, long betrokkeneId) {
    Gegevensoverzicht overzicht =
        exporteer(actor, betrokkeneId, Handeling.BETROKKENE_EXPORTEREN_JSON);
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      return jsonb.toJson(overzicht).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("De export kon niet worden gemaakt", e);
    }
  }

  public byte[] exporteerPdf(Actor actor, long betrokkeneId) {
    return GegevensoverzichtPdf.van(
        exporteer(actor, betrokkeneId, Handeling.BETROKKENE_EXPORTEREN_PDF));
  }

  public void corrigeer(
      Actor actor,
      long betrokkeneId,
      String voornamen,
      String achternaam,
      LocalDate geboortedatum,
      Adres adres) {
    poort.verwerkGevonden(
        actor,
        Handeling.BETROKKENE_CORRIGEREN,
        () -> vind(betrokkeneId),
        (betrokkene, log) -> {
          betrokkene.corrigeer(voornamen, achternaam, geboortedatum, adres, LocalDate.now(klok));
          em.flush();
          return betrokkene;
        });
  }

  public void verwijder(Actor actor, long betrokkeneId) {
    poort.verwerkGevonden(
        actor,
        Handeling.BETROKKENE_VERWIJDEREN,
        () -> vind(betrokkeneId),
        (betrokkene, log) -> {
          // The scores of the overleggen and the final scores are about this person too.
          em.createNamedQuery("Overleg.vanCasus", Overleg.class)
              .setParameter("casusId", betrokkene.getCasus().getId())
              .getResultList()
              .forEach(overleg -> overleg.vergeetBetrokkene(betrokkene));
          em.createQuery("select a from Afsluiting a where a.casus.id = :casusId", Afsluiting.class)
              .setParameter("casusId", betrokkene.getCasus().getId())
              .getResultList()
              .forEach(afsluiting -> afsluiting.vergeetBetrokkene(betrokkene));
          betrokkene.getCasus().verwijderBetrokkene(betrokkene);
          em.flush();
          return betrokkene;
        });
  }

  private Gegevensoverzicht exporteer(
      Actor actor, long betrokkeneId, Handeling<Betrokkene> export) {
    return poort.verwerkGevonden(actor, export, () -> vind(betrokkeneId), (b, log) -> overzicht(b));
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

  private Betrokkene vind(long id) {
    Betrokkene betrokkene = em.find(Betrokkene.class, id);
    if (betrokkene == null) {
      throw new NietGevonden("Deze betrokkene");
    }
    return betrokkene;
  }
}
