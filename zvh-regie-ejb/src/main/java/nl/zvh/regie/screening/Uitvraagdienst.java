package nl.zvh.regie.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.privacy.Toegangsbeleid;
import nl.zvh.privacy.logboek.Actie;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.casus.Verwerkingen;

/**
 * A partner answers the uitvragen addressed to its organisation: with information of its own (text,
 * category, optionally a file), or "no information", or "cannot share" with a reason.
 */
@ApplicationScoped
@Transactional
public class Uitvraagdienst {

  static final String GEEN_TOEGANG =
      "Deze uitvraag bestaat niet of is niet aan uw organisatie gericht.";

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Toegangsbeleid beleid;
  @Inject private Verwerkingen verwerkingen;

  @Inject private Clock klok;

  /** The uitvragen of the user's organisation, the ones to answer first on top. */
  public List<UitvraagRegel> vanMijnOrganisatie(Actor actor) {
    LocalDate vandaag = LocalDate.now(klok);
    return em.createNamedQuery("UitvraagAdres.findByOrganisatie", UitvraagAdres.class)
        .setParameter("organisatieId", actor.organisatieId())
        .getResultStream()
        .filter(a -> beleid.uitvraagBeantwoorden(actor, a.getOrganisatie().getId()).toegestaan())
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

  /** Answers with information of the user's organisation; it stays that organisation's own. */
  public void deelInformatie(
      Actor actor,
      long adresId,
      long versie,
      Informatiecategorie categorie,
      String inhoud,
      String bestandsnaam,
      byte[] bestand) {
    Instant start = Instant.now(klok);
    UitvraagAdres adres = teBeantwoorden(actor, adresId, versie);
    Casus casus = adres.getUitvraag().getCasus();
    Bijlage bijlage =
        bestand == null || bestand.length == 0 ? null : new Bijlage(bestandsnaam, bestand);
    InformatieItem item =
        casus.beantwoordUitvraag(
            adres, categorie, inhoud, bijlage, actor.gebruikersnaam(), OffsetDateTime.now(klok));
    flush();
    verwerkingen.registreer(
        "uitvraag.beantwoorden",
        Actie.AANMAKEN,
        casus,
        casus.getBetrokkenen(),
        actor,
        "casus:" + casus.getId() + " item:" + item.getId(),
        start);
  }

  /** Answers that the organisation has no information, or cannot share it, with the reason. */
  public void antwoordZonderInformatie(
      Actor actor, long adresId, long versie, UitvraagAdres.Antwoord soort, String reden) {
    UitvraagAdres adres = teBeantwoorden(actor, adresId, versie);
    adres.beantwoord(soort, reden, actor.gebruikersnaam(), OffsetDateTime.now(klok));
    flush();
  }

  private UitvraagAdres teBeantwoorden(Actor actor, long adresId, long versie) {
    UitvraagAdres adres = em.find(UitvraagAdres.class, adresId);
    if (adres == null
        || !beleid.uitvraagBeantwoorden(actor, adres.getOrganisatie().getId()).toegestaan()) {
      throw new GeenToegang(GEEN_TOEGANG);
    }
    GelijktijdigGewijzigd.controleer(versie, adres.getVersie(), "Deze uitvraag");
    return adres;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("Deze uitvraag");
    }
  }
}
