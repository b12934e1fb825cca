package nl.zvh.regie.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;

/**
 * A partner answers the uitvragen addressed to its organisation: with information of its own (text,
 * category, optionally a file), or "no information", or "cannot share" with a reason.
 */
@ApplicationScoped
@Transactional
public class Uitvraagdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;

  @Inject private Clock klok;

  /** The uitvragen of the user's organisation, the ones to answer first on top. */
  public List<UitvraagRegel> vanMijnOrganisatie(Actor actor) {
    return vanMijnOrganisatie(actor, null);
  }

  /**
   * The same, only the open or only the overdue ones (the filter of the list, as the start page
   * counts them); {@code null} for all.
   */
  public List<UitvraagRegel> vanMijnOrganisatie(Actor actor, Uitvraagfilter filter) {
    LocalDate vandaag = LocalDate.now(klok);
    return poort.verwerkLijst(
        actor,
        Handeling.UITVRAGEN_LIJST,
        () -> new Uitvragenlijst(em).zoek(actor.organisatieId(), filter, vandaag).getResultList(),
        (adressen, log) -> regels(adressen, vandaag));
  }

  private static List<UitvraagRegel> regels(List<UitvraagAdres> adressen, LocalDate vandaag) {
    return adressen.stream()
        .map(
            a ->
                new UitvraagRegel(
                    a.getId(),
                    a.getVersie(),
                    a.getUitvraag().getCasus().getId(),
                    a.getUitvraag().getCasus().getNummer(),
                    a.getUitvraag().getVraag(),
                    a.getUitvraag().getDoel(),
                    a.getUitvraag().getBeantwoordenVoor(),
                    a.getUitvraag().getGevraagdOp(),
                    a.getAntwoord(),
                    a.getToelichting().orElse(null),
                    a.isVerlopen(vandaag)))
        .sorted(
            (x, y) ->
                x.antwoord() == y.antwoord()
                    ? x.beantwoordenVoor().compareTo(y.beantwoordenVoor())
                    : x.antwoord() == UitvraagAdres.Antwoord.OPEN ? -1 : 1)
        .toList();
  }

  /**
   * Answers with information of the user's organisation; it stays that organisation's own. Who else
   * sees it is the user's explicit choice: only the ZVH (and the own organisation), or also the
   * case's other participants, the referrer among them (a share the source can withdraw).
   */
  public void deelInformatie(
      Actor actor,
      long adresId,
      long versie,
      Informatiecategorie categorie,
      String inhoud,
      String bestandsnaam,
      byte[] bestand,
      Boolean metDeelnemers) {
    DomeinRegelGeschonden.vereis(metDeelnemers != null, "delen", "Kies wie uw antwoord mag zien.");
    InformatieItem antwoord =
        beantwoord(
            actor,
            Handeling.UITVRAAG_BEANTWOORDEN,
            adresId,
            versie,
            (adres, log) -> {
              Bijlage bijlage =
                  bestand == null || bestand.length == 0
                      ? null
                      : new Bijlage(bestandsnaam, bestand);
              InformatieItem item =
                  adres
                      .getUitvraag()
                      .getCasus()
                      .beantwoordUitvraag(
                          adres,
                          categorie,
                          inhoud,
                          bijlage,
                          actor.gebruikersnaam(),
                          OffsetDateTime.now(klok));
              flush();
              log.object("item:" + item.getId());
              return item;
            });
    if (metDeelnemers) {
      poort.verwerk(
          actor,
          Handeling.INFORMATIE_DELEN,
          antwoord.getId(),
          (item, log) -> {
            item.deelMetDeelnemers(actor.gebruikersnaam(), OffsetDateTime.now(klok));
            flush();
            return item;
          });
    }
  }

  /** Answers that the organisation has no information, or cannot share it, with the reason. */
  public void antwoordZonderInformatie(
      Actor actor, long adresId, long versie, UitvraagAdres.Antwoord soort, String reden) {
    beantwoord(
        actor,
        Handeling.UITVRAAG_ZONDER_INFORMATIE,
        adresId,
        versie,
        (adres, log) -> {
          adres.beantwoord(soort, reden, actor.gebruikersnaam(), OffsetDateTime.now(klok));
          flush();
          return adres;
        });
  }

  /** An answer through the gate, on the version of the uitvraag the user saw. */
  private <R> R beantwoord(
      Actor actor,
      Handeling<UitvraagAdres> handeling,
      long adresId,
      long versie,
      Verwerkingspoort.Werk<UitvraagAdres, R> antwoord) {
    return poort.verwerk(
        actor,
        handeling,
        adresId,
        (adres, log) -> {
          GelijktijdigGewijzigd.controleer(versie, adres.getVersie(), "Deze uitvraag");
          return antwoord.doe(adres, log);
        });
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("Deze uitvraag");
    }
  }
}
