package nl.zvh.regie.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.Aanmeldingenlijst;
import nl.zvh.regie.aanmelding.Lijstvraag;
import nl.zvh.regie.screening.Agendavulling;
import nl.zvh.regie.screening.Uitvraagfilter;
import nl.zvh.regie.screening.Uitvragenlijst;
import nl.zvh.regie.screening.Werkvoorraadfilter;
import nl.zvh.regie.screening.Werkvoorraadlijst;
import nl.zvh.regie.termijn.Termijnberekening;
import nl.zvh.regie.werklijst.Actiepuntenlijst;
import nl.zvh.regie.werklijst.Actiepuntfilter;
import nl.zvh.regie.werklijst.Actiepuntvraag;

/**
 * The work behind {@link Startoverzicht}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Startoverzichtdienst {

  static final int MAXIMAAL_OP_STARTPAGINA = 20;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Termijnberekening termijnen;
  @Inject private Clock klok;

  /** How many cases are in each status (every status present, zero where none). */
  public Map<CasusStatus, Long> aantallenPerStatus() {
    Map<CasusStatus, Long> aantallen = new EnumMap<>(CasusStatus.class);
    for (CasusStatus status : CasusStatus.values()) {
      aantallen.put(status, 0L);
    }
    for (Object[] rij : aantallenPerStatus(em).getResultList()) {
      aantallen.put((CasusStatus) rij[0], (Long) rij[1]);
    }
    return aantallen;
  }

  /** The latest referrals of the partner's own organisation. */
  public List<CasusRegel> recenteAanmeldingenVanEigenOrganisatie(Actor actor) {
    return poort.verwerkLijst(
        actor,
        Handeling.AANMELDING_VOLGEN,
        () ->
            recentVan(em, actor.organisatieId())
                .setMaxResults(MAXIMAAL_OP_STARTPAGINA)
                .getResultList(),
        (casussen, log) ->
            casussen.stream()
                .map(
                    c ->
                        new CasusRegel(
                            c.getId(), c.getNummer(), c.getStatus(), c.getAangemaaktOp()))
                .toList());
  }

  /** What waits for the actor's organisation; counts only, each in the database. */
  public Partnertellers partnertellers(Actor actor) {
    LocalDate vandaag = LocalDate.now(klok);
    Uitvragenlijst uitvragen = new Uitvragenlijst(em);
    return new Partnertellers(
        uitvragen.tel(actor.organisatieId(), Uitvraagfilter.OPEN, vandaag),
        uitvragen.tel(actor.organisatieId(), Uitvraagfilter.VERLOPEN, vandaag),
        telAanmeldingen(actor.organisatieId(), CasusStatus.AANVULLING_GEVRAAGD),
        telAanmeldingen(actor.organisatieId(), CasusStatus.CONCEPT),
        telActiepunten(actor, Actiepuntfilter.OPEN, vandaag),
        telActiepunten(actor, Actiepuntfilter.TE_LAAT, vandaag));
  }

  /** The count of the partner's list of actiepunten with that filter: the same conditions. */
  private long telActiepunten(Actor actor, Actiepuntfilter filter, LocalDate vandaag) {
    return new Actiepuntenlijst(em)
        .tel(
            new Actiepuntenlijst.Reikwijdte(actor.organisatieId(), actor.gebruikersnaam(), vandaag),
            Actiepuntvraag.telling(filter, null));
  }

  private long telAanmeldingen(long organisatieId, CasusStatus status) {
    return new Aanmeldingenlijst(em)
        .tel(organisatieId, new Lijstvraag(0, 1, null, false, status, null));
  }

  /** What needs the procesregisseur today; counts only, each in the database. */
  public Regietellers regietellers() {
    LocalDate vandaag = LocalDate.now(klok);
    LocalDate triage = termijnen.eerstvolgendeTriage(vandaag);
    Werkvoorraadlijst werkvoorraad = new Werkvoorraadlijst(em);
    return new Regietellers(
        werkvoorraad.tel(Werkvoorraadlijst.IN_BEHANDELING, Werkvoorraadfilter.CONTACT, vandaag),
        werkvoorraad.tel(
            Werkvoorraadlijst.IN_BEHANDELING, Werkvoorraadfilter.CONTACT_VERLOPEN, vandaag),
        triage,
        opAgenda(em, triage).getSingleResult(),
        werkvoorraad.tel(
            Werkvoorraadlijst.IN_BEHANDELING, Werkvoorraadfilter.UITVRAAG_VERLOPEN, vandaag));
  }

  /**
   * The referrals on the agenda of a triage date: those its agenda holds, and those it takes when
   * it is opened (that triage date, in screening, on no agenda yet; see Agendavulling).
   */
  static TypedQuery<Long> opAgenda(EntityManager em, LocalDate datum) {
    return em.createQuery(
            "select count(c) from Casus c join c.aanmelding a where exists (select p from"
                + " Agendapunt p where p.casus = c and p.overleg.datum = :datum)"
                + " or (a.triagedatum = :datum and c.status in :statussen"
                + " and not exists (select q from Agendapunt q where q.casus = c))",
            Long.class)
        .setParameter("datum", datum)
        .setParameter("statussen", Agendavulling.TE_AGENDEREN);
  }

  static TypedQuery<Object[]> aantallenPerStatus(EntityManager em) {
    return em.createQuery(
        "select c.status, count(c) from Casus c group by c.status", Object[].class);
  }

  static TypedQuery<Casus> recentVan(EntityManager em, long organisatieId) {
    return em.createQuery(
            "select c from Casus c where c.aanmeldendeOrganisatie.id = :organisatieId"
                + " order by c.aangemaaktOp desc",
            Casus.class)
        .setParameter("organisatieId", organisatieId);
  }
}
