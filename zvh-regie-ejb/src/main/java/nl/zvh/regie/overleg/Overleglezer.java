package nl.zvh.regie.overleg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;

/**
 * Reads overleggen for the services of this package, with what they show loaded in batches: a fixed
 * number of queries however many overleggen, invitees and scores a case has. Works within a
 * handeling of its caller.
 */
@ApplicationScoped
class Overleglezer {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  List<Overleg> vanCasus(long casusId) {
    TypedQuery<Overleg> vraag =
        em.createNamedQuery("Overleg.vanCasus", Overleg.class).setParameter("casusId", casusId);
    for (String pad :
        List.of(
            "o.genodigden",
            "o.genodigden.gebruiker",
            "o.genodigden.organisatie",
            "o.verslagversies",
            "o.scores",
            "o.scores.betrokkene",
            "o.voorzitter")) {
      vraag.setHint("eclipselink.batch", pad);
    }
    return vraag.setHint("eclipselink.batch.type", "IN").getResultList();
  }

  OverlegWeergave weergave(Actor actor, Overleg o) {
    boolean concept = poort.mag(actor, Handeling.CONCEPT_INZIEN, o.getCasus());
    boolean vastgesteld = o.laatsteVerslag().isPresent();
    return new OverlegWeergave(
        o.getId(),
        o.getVersie(),
        o.getCasus().getId(),
        o.getCasus().getNummer(),
        o.getNummer(),
        o.getStatus(),
        o.getDatum(),
        o.getMoment().begin(),
        o.getMoment().eind(),
        o.getMoment().locatie(),
        o.getMoment().vergaderlink(),
        o.getVoorzitter().getId(),
        o.getVoorzitter().getNaam(),
        o.getAgenda(),
        o.getAnnuleringsreden().orElse(null),
        o.isBetrokkeneUitgenodigd(),
        o.getBetrokkeneAanwezig().orElse(null),
        concept
            ? o.getVeiligheidscheck()
                .map(
                    c ->
                        new OverlegWeergave.Check(
                            c.getAfgestemdMet(),
                            c.getAfgestemdOp(),
                            c.getUitkomst(),
                            c.getToelichting(),
                            c.getVastgelegdDoor()))
                .orElse(null)
            : null,
        o.getGenodigden().stream()
            .map(
                g ->
                    new OverlegWeergave.Uitgenodigde(
                        g.getGebruiker().getId(),
                        g.getGebruiker().getNaam(),
                        g.getOrganisatie().getNaam(),
                        g.getReactie(),
                        g.getVoorbereidOp().orElse(null),
                        g.getAanwezig().orElse(null)))
            .toList(),
        concept ? o.getVerslagConcept().orElse(null) : null,
        concept && o.heeftVerslagwijzigingen(),
        o.getVerslagversies().stream()
            .map(
                v ->
                    new OverlegWeergave.Verslag(
                        v.getNummer(), v.getTekst(), v.getVastgesteldDoor(), v.getVastgesteldOp()))
            .toList(),
        concept || vastgesteld
            ? o.getScores().stream()
                .map(
                    s ->
                        new OverlegWeergave.Score(
                            s.getBetrokkene().getId(),
                            naam(s.getBetrokkene()),
                            s.getLeefgebied(),
                            s.getScore(),
                            s.getDoelscore().orElse(null)))
                .toList()
            : List.of(),
        new OverlegWeergave.Rechten(
            poort.mag(actor, Handeling.OVERLEG_WIJZIGEN, o)
                && o.getStatus() == Overleg.Status.GEPLAND,
            poort.mag(actor, Handeling.OVERLEG_VASTLEGGEN, o)
                && o.getStatus() != Overleg.Status.GEANNULEERD
                && !o.getDatum().isAfter(LocalDate.now(klok)),
            poort.mag(actor, Handeling.OVERLEG_REAGEREN, o)
                && o.getStatus() == Overleg.Status.GEPLAND,
            poort.mag(actor, Handeling.OVERLEG_VOORBEREIDEN, o)
                && o.getStatus() == Overleg.Status.GEPLAND,
            poort.mag(actor, Handeling.VERSLAG_EXPORTEREN, o)),
        o.getGenodigden().stream()
            .filter(g -> isVan(g, actor))
            .map(Genodigde::getReactie)
            .findFirst()
            .orElse(null),
        o.getGenodigden().stream()
            .anyMatch(
                g ->
                    g.getOrganisatie().getId() == actor.organisatieId()
                        && g.getVoorbereidOp().isPresent()),
        o.getCasus().getBetrokkenen().stream()
            .map(b -> new OverlegWeergave.Persoon(b.getId(), naam(b)))
            .toList());
  }

  static boolean isVan(Genodigde g, Actor actor) {
    Gebruiker gebruiker = g.getGebruiker();
    return gebruiker.getGebruikersnaam().equals(actor.gebruikersnaam());
  }

  static String naam(Betrokkene b) {
    return b.getVoornamen() + " " + b.getAchternaam();
  }
}
