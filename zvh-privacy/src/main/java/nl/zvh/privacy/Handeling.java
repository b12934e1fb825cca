package nl.zvh.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Deelname;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.domain.model.triage.Agendapunt;
import nl.zvh.domain.model.triage.Triageoverleg;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.privacy.logboek.Actie;

/**
 * One kind of processing of personal data that the portal does, and the catalogue of all of them:
 * its name in the log, what it does to the data, the policy rule that allows it, and which
 * betrokkenen and objects a record names. A service names a handeling and hands its work to the
 * {@link Verwerkingspoort}; it cannot choose a rule of its own or forget the log.
 *
 * <p>A handeling has up to three checks, asked in this order:
 *
 * <ol>
 *   <li>{@code kennen}: may the actor know that the object exists? A refusal answers exactly as a
 *       missing object does, so ids cannot be probed.
 *   <li>{@code voorwaarde}: is the object in the state this handeling needs (a submitted referral
 *       is not edited)? A state matter, not an access matter: the user is told why.
 *   <li>{@code mogen}: may the actor do this? A refusal gives the policy's reason.
 * </ol>
 *
 * A handeling with {@code vooraf} judges only the actor (a role), before anything is looked up. A
 * handeling without {@link Actie} reads no personal data (counts, numbers, dates): the policy is
 * asked, nothing is logged.
 *
 * @param <O> the object the handeling works on
 */
public final class Handeling<O> {

  // Activities of the register of processing activities (V3 migration of the privacy module).
  static final String AANMELDING_EN_SCREENING = "ZVH-VA-01";
  static final String TRIAGE = "ZVH-VA-02";
  static final String CASUSREGIE = "ZVH-VA-03";
  static final String VERSTREKKING = "ZVH-VA-04";
  static final String RECHTEN_BETROKKENEN = "ZVH-VA-05";
  static final String BEWAARTERMIJN = "ZVH-VA-06";

  private static final String GEEN_CASUS =
      "Deze casus bestaat niet of u heeft er geen toegang toe.";
  private static final String GEEN_AANMELDING =
      "Deze aanmelding bestaat niet of u heeft er geen toegang toe.";
  private static final String GEEN_INFORMATIE =
      "Deze informatie bestaat niet of u heeft er geen toegang toe.";
  private static final String GEEN_OVERLEG =
      "Dit overleg bestaat niet of u heeft er geen toegang toe.";
  private static final String GEEN_ACTIEPUNT =
      "Dit actiepunt bestaat niet of u heeft er geen toegang toe.";
  private static final String GEEN_UITVRAAG =
      "Deze uitvraag bestaat niet of is niet aan uw organisatie gericht.";

  // ---- The referral (aanmelding), by the referring organisation.

  /** Opening a concept or an asked-for completion in the form. */
  public static final Handeling<Casus> AANMELDING_BEWERKEN =
      aanmeldingWijzigen("aanmelding.inzien", Actie.RAADPLEGEN);

  /** What a saved referral still lacks (names of fields, no personal data). */
  public static final Handeling<Casus> AANMELDING_CONTROLEREN =
      aanmeldingWijzigen("aanmelding.controleren", null);

  /** A new referral is saved for the first time. */
  public static final Handeling<Casus> AANMELDING_AANMAKEN =
      aanmeldingWijzigen("aanmelding.concept-bewaren", Actie.AANMAKEN);

  /** A concept, or an asked-for completion, is saved again. */
  public static final Handeling<Casus> AANMELDING_BEWAREN =
      aanmeldingWijzigen("aanmelding.concept-bewaren", Actie.WIJZIGEN);

  public static final Handeling<Casus> AANMELDING_INDIENEN =
      aanmeldingWijzigen("aanmelding.indienen", Actie.AANMAKEN);

  public static final Handeling<Casus> AANVULLING_INDIENEN =
      aanmeldingWijzigen("aanmelding.aanvulling-indienen", Actie.AANMAKEN);

  /**
   * The referral's content, with its status history: the referring organisation's own, and the
   * procesregisseur's who screens it.
   */
  public static final Handeling<Casus> AANMELDING_INZIEN =
      casus("aanmelding.inzien", Actie.RAADPLEGEN)
          .kan(Toegangsbeleid::aanmeldingInzien)
          .objecten(l -> "casus:" + l.get(0).getId() + " aanmelding");

  /** The receipt and the status history: numbers, dates and statuses, no personal data. */
  public static final Handeling<Casus> AANMELDING_VOLGEN =
      aanmelding("aanmelding.volgen", null).mag(Toegangsbeleid::aanmeldingVolgen);

  /** The receipt of a submitted referral: number and dates, no personal data. */
  public static final Handeling<Casus> ONTVANGST_INZIEN =
      aanmelding("aanmelding.ontvangst", null).kan(Toegangsbeleid::ontvangstInzien);

  /** "Mijn aanmeldingen": the referrals of the user's organisation, with the names. */
  public static final Handeling<Casus> AANMELDINGEN_LIJST =
      new Handeling<Casus>(Casus.class, "aanmeldingen.lijst", Actie.RAADPLEGEN, GEEN_AANMELDING)
          .kan(Toegangsbeleid::aanmeldingVolgen)
          .objecten(
              casussen ->
                  "aanmeldingen:"
                      + casussen.stream()
                          .map(c -> String.valueOf(c.getId()))
                          .collect(Collectors.joining(",")))
          .activiteit(c -> AANMELDING_EN_SCREENING)
          .betrokkenen(Handeling::betrokkenenVan);

  // ---- The case, as a participant or the procesregisseur sees it.

  /** The list of cases: number, status, referrer and a count, no personal data. */
  public static final Handeling<Casus> CASUSSEN_LIJST =
      casus("casussen.lijst", null).kan(Toegangsbeleid::casusInzien);

  public static final Handeling<Casus> CASUS_INZIEN =
      casus("casus.inzien", Actie.RAADPLEGEN).kan(Toegangsbeleid::casusInzien);

  public static final Handeling<Casus> INFORMATIE_VASTLEGGEN =
      casus("informatie.vastleggen", Actie.AANMAKEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::informatieVastleggen);

  public static final Handeling<InformatieItem> INFORMATIE_DELEN =
      item("informatie.delen", Actie.DELEN).mag(Toegangsbeleid::delenWijzigen);

  public static final Handeling<InformatieItem> INFORMATIE_DELEN_INTREKKEN =
      item("informatie.delen-intrekken", Actie.DELEN).mag(Toegangsbeleid::delenWijzigen);

  /** Downloading the file of an item: an export. */
  public static final Handeling<InformatieItem> BIJLAGE_DOWNLOADEN =
      item("informatie.bijlage-downloaden", Actie.EXPORTEREN)
          .voorwaarde(item -> item.getBijlage().isPresent(), GEEN_CASUS);

  /** Another case in which a betrokkene of this one also appears (read for the screening). */
  public static final Handeling<Betrokkene> BEKENDHEID_CONTROLEREN =
      new Handeling<Betrokkene>(
              Betrokkene.class, "bekendheid.controleren", Actie.RAADPLEGEN, GEEN_CASUS)
          .vooraf(rol(Toegangsbeleid::bekendheidZien))
          .objecten(ander -> "casus:" + ander.get(0).getCasus().getId())
          .activiteit(ander -> activiteit(ander.getCasus().getStatus()))
          .betrokkenen(ander -> List.of(ander.getId()));

  // ---- Screening, uitvraag and triage: the procesregisseur.

  /** The work queue: numbers, dates and signals, no personal data. */
  public static final Handeling<Casus> WERKVOORRAAD = screening("screening.werkvoorraad", null);

  /** Where the screening stands, with the timeline. */
  public static final Handeling<Casus> SCREENING_INZIEN =
      screening("screening.inzien", Actie.RAADPLEGEN);

  public static final Handeling<Casus> CONTACT_VASTLEGGEN =
      screening("screening.contact", Actie.WIJZIGEN);

  public static final Handeling<Casus> AANVULLING_VRAGEN =
      screening("screening.aanvulling-vragen", Actie.WIJZIGEN);

  public static final Handeling<Casus> AGENDEREN = screening("screening.agenderen", Actie.WIJZIGEN);

  public static final Handeling<Casus> UITVRAAG_STUREN =
      screening("screening.uitvraag", Actie.WIJZIGEN);

  public static final Handeling<Casus> TRIAGE_TOEVOEGEN =
      screening("triage.toevoegen", Actie.WIJZIGEN);

  public static final Handeling<Casus> TRIAGE_VERZETTEN =
      screening("triage.verzetten", Actie.WIJZIGEN);

  public static final Handeling<Casus> TRIAGE_BESLUIT = screening("triage.besluit", Actie.WIJZIGEN);

  /** The agenda of a triage, with the names of the betrokkenen of every referral on it. */
  public static final Handeling<Triageoverleg> TRIAGE_AGENDA =
      triage("triage.agenda", Actie.RAADPLEGEN);

  /** The agenda as a file: an export. */
  public static final Handeling<Triageoverleg> TRIAGE_EXPORTEREN =
      triage("triage.exporteren", Actie.EXPORTEREN);

  /** Order and participants of a triage: no personal data of betrokkenen. */
  public static final Handeling<Triageoverleg> TRIAGE_VOORBEREIDEN =
      triage("triage.voorbereiden", null);

  /** A partner's list of the uitvragen to its organisation: numbers, dates and statuses. */
  public static final Handeling<UitvraagAdres> UITVRAGEN_LIJST = uitvraag("uitvragen.lijst", null);

  public static final Handeling<UitvraagAdres> UITVRAAG_BEANTWOORDEN =
      uitvraag("uitvraag.beantwoorden", Actie.AANMAKEN);

  /** "No information" or "cannot share", with the reason. */
  public static final Handeling<UitvraagAdres> UITVRAAG_ZONDER_INFORMATIE =
      uitvraag("uitvraag.beantwoorden-zonder-informatie", Actie.WIJZIGEN);

  // ---- The overleg (ICO) and the plan van aanpak: the procesregisseur plans and records them;
  // the participants read what was established.

  /** The overleggen of a case and its plan van aanpak, as the actor may see them. */
  public static final Handeling<Casus> OVERLEGGEN_INZIEN =
      casus("overleggen.inzien", Actie.RAADPLEGEN).kan(Toegangsbeleid::casusInzien);

  public static final Handeling<Casus> OVERLEG_PLANNEN =
      casus("overleg.plannen", Actie.AANMAKEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren);

  /** Moving, cancelling, invitees and the safety check of a planned overleg. */
  public static final Handeling<Overleg> OVERLEG_WIJZIGEN =
      overleg("overleg.wijzigen", Actie.WIJZIGEN).mag(Handeling::overlegVoeren);

  /** Attendance, verslag and scores of a held overleg, saved as the procesregisseur works. */
  public static final Handeling<Overleg> OVERLEG_VASTLEGGEN =
      overleg("overleg.vastleggen", Actie.WIJZIGEN).mag(Handeling::overlegVoeren);

  public static final Handeling<Overleg> OVERLEG_INZIEN =
      overleg("overleg.inzien", Actie.RAADPLEGEN);

  /** Whether an invitee comes: about the meeting, not about the betrokkene. */
  public static final Handeling<Overleg> OVERLEG_REAGEREN =
      overleg("overleg.reageren", null).mag(Toegangsbeleid::overlegReageren);

  /** The organisation says it has prepared: no personal data. */
  public static final Handeling<Overleg> OVERLEG_VOORBEREIDEN =
      overleg("overleg.voorbereiden", null).mag(Toegangsbeleid::overlegVoorbereiden);

  /** The verslag and the plan as a PDF/A document for the archive: an export. */
  public static final Handeling<Overleg> VERSLAG_EXPORTEREN =
      overleg("verslag.exporteren", Actie.EXPORTEREN)
          .voorwaarde(
              o -> o.laatsteVerslag().isPresent(),
              "Het verslag van dit overleg is nog niet vastgesteld.");

  /** The concept of the plan van aanpak, changed as the procesregisseur works. */
  public static final Handeling<Casus> PLAN_WIJZIGEN =
      casus("plan.wijzigen", Actie.WIJZIGEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren)
          .objecten(l -> "casus:" + l.get(0).getId() + " plan");

  /** Establishing the verslag and the plan: the participants read them from now on. */
  public static final Handeling<Overleg> VASTSTELLEN =
      overleg("verslag-en-plan.vaststellen", Actie.WIJZIGEN).mag(Handeling::overlegVoeren);

  /** Whether the actor sees concepts (verslag, plan, scores), asked within another handeling. */
  public static final Handeling<Casus> CONCEPT_INZIEN =
      casus("concept.inzien", null).mag(Toegangsbeleid::conceptInzien);

  // ---- Carrying out the plan: the owners report back, partners signal, the casusregisseur steers
  // and escalates to the procesregisseur (issue 12).

  /** Where the plan stands: actiepunten, reports, and the signals and escalations one may see. */
  public static final Handeling<PlanVanAanpak> UITVOERING_INZIEN =
      plan("uitvoering.inzien", Actie.RAADPLEGEN);

  /** The cases with open signals or escalations, by number and count, for the start page. */
  public static final Handeling<Casus> UITVOERING_AANDACHT =
      casus("uitvoering.aandacht", null).kan(Toegangsbeleid::casusInzien);

  /** Whether the actor steers the carrying out (casusregisseur, procesregisseur): a question. */
  public static final Handeling<PlanVanAanpak> UITVOERING_STUREN =
      plan("uitvoering.sturen", null).mag(Toegangsbeleid::casusregieVoeren);

  /** One actiepunt with its reports. */
  public static final Handeling<Actiepunt> ACTIEPUNT_INZIEN =
      actiepunt("actiepunt.inzien", Actie.RAADPLEGEN);

  /** The owner reports progress, done, or "lukt niet" with the reason. */
  public static final Handeling<Actiepunt> ACTIEPUNT_TERUGKOPPELEN =
      actiepunt("actiepunt.terugkoppelen", Actie.AANMAKEN)
          .mag(Toegangsbeleid::actiepuntTerugkoppelen);

  /** A reminder to the owner: a mail without content, and a line on the timeline. */
  public static final Handeling<Actiepunt> ACTIEPUNT_HERINNEREN =
      actiepunt("actiepunt.herinneren", null)
          .voorwaarde(
              a -> a.getStatus().isLopend(),
              "Dit actiepunt loopt niet meer; een herinnering is niet nodig.")
          .mag((beleid, actor, a, vandaag) -> beleid.casusregieVoeren(actor, a.getPlan(), vandaag));

  /** A participant signals another development that affects the plan. */
  public static final Handeling<PlanVanAanpak> SIGNAAL_MELDEN =
      plan("signaal.melden", Actie.AANMAKEN).mag(Toegangsbeleid::signaalMelden);

  /** A signal, for the casusregisseur, the procesregisseur and the organisation that gave it. */
  public static final Handeling<Signaal> SIGNAAL_INZIEN =
      signaal("signaal.inzien", Actie.RAADPLEGEN);

  /** The casusregisseur (or the procesregisseur) handles a signal. */
  public static final Handeling<Signaal> SIGNAAL_AFHANDELEN =
      signaal("signaal.afhandelen", Actie.WIJZIGEN)
          .mag((beleid, actor, s, vandaag) -> beleid.casusregieVoeren(actor, s.getPlan(), vandaag));

  /** The escalations of a case: between the casusregisseur and the procesregisseur. */
  public static final Handeling<PlanVanAanpak> ESCALATIES_INZIEN =
      plan("escalaties.inzien", Actie.RAADPLEGEN)
          .mag((beleid, actor, plan, vandaag) -> beleid.escalatieInzien(actor, plan, vandaag));

  /** The casusregisseur escalates to the procesregisseur. */
  public static final Handeling<PlanVanAanpak> OPSCHALEN =
      plan("casus.opschalen", Actie.AANMAKEN).mag(Toegangsbeleid::opschalen);

  /** The procesregisseur records the outcome of an escalation. */
  public static final Handeling<Escalatie> ESCALATIE_AFHANDELEN =
      new Handeling<Escalatie>(Escalatie.class, "escalatie.afhandelen", Actie.WIJZIGEN, GEEN_CASUS)
          .kan((beleid, actor, e, vandaag) -> beleid.escalatieInzien(actor, e.getPlan(), vandaag))
          .mag((beleid, actor, e, vandaag) -> beleid.overlegVoeren(actor, e.getCasus(), vandaag))
          .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " escalatie:" + l.get(0).getId())
          .activiteit(e -> CASUSREGIE)
          .betrokkenen(e -> betrokkenenVan(e.getCasus()));

  // ---- Handing over and leaving (issue 12, item 5): actiepunten to a colleague, the casusregie to
  // another partner user, an organisation ends its involvement.

  /** What may be handed over in a case: own running actiepunten, candidates, participants. */
  public static final Handeling<Casus> OVERDRACHT_INZIEN =
      casus("overdracht.inzien", Actie.RAADPLEGEN).kan(Toegangsbeleid::casusInzien);

  /** A partner hands an actiepunt of its organisation to a colleague. */
  public static final Handeling<Actiepunt> ACTIEPUNT_OVERDRAGEN =
      new Handeling<Actiepunt>(Actiepunt.class, "actiepunt.overdragen", Actie.WIJZIGEN, GEEN_CASUS)
          .kan(
              (beleid, actor, a, vandaag) ->
                  beleid.casusInzien(actor, a.getPlan().getCasus(), vandaag))
          .mag(Toegangsbeleid::actiepuntOverdragen)
          .objecten(
              l ->
                  "casus:"
                      + l.get(0).getPlan().getCasus().getId()
                      + " actiepunt:"
                      + l.get(0).getNummer())
          .activiteit(a -> CASUSREGIE)
          .betrokkenen(a -> betrokkenenVan(a.getPlan().getCasus()));

  /** A partner hands all running actiepunten on their own name in a case to a colleague. */
  public static final Handeling<Casus> ACTIEPUNTEN_OVERDRAGEN =
      casus("actiepunten.overdragen", Actie.WIJZIGEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::eigenActiepuntenOverdragen);

  /** The casusregisseur (or the procesregisseur) hands the casusregie to another partner user. */
  public static final Handeling<PlanVanAanpak> CASUSREGIE_OVERDRAGEN =
      new Handeling<PlanVanAanpak>(
              PlanVanAanpak.class, "casusregie.overdragen", Actie.WIJZIGEN, GEEN_CASUS)
          .kan((beleid, actor, p, vandaag) -> beleid.casusInzien(actor, p.getCasus(), vandaag))
          .mag(Toegangsbeleid::casusregieOverdragen)
          .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " plan")
          .activiteit(p -> CASUSREGIE)
          .betrokkenen(p -> betrokkenenVan(p.getCasus()));

  /** An organisation (or the procesregisseur for it) ends its involvement in a case. */
  public static final Handeling<Deelname> DEELNAME_BEEINDIGEN =
      new Handeling<Deelname>(Deelname.class, "deelname.beeindigen", Actie.WIJZIGEN, GEEN_CASUS)
          .kan((beleid, actor, d, vandaag) -> beleid.casusInzien(actor, d.getCasus(), vandaag))
          .mag(Toegangsbeleid::deelnameBeeindigen)
          .objecten(
              l ->
                  "casus:"
                      + l.get(0).getCasus().getId()
                      + " deelname:"
                      + l.get(0).getOrganisatie().getId())
          .activiteit(d -> CASUSREGIE)
          .betrokkenen(d -> betrokkenenVan(d.getCasus()));

  /**
   * The cases in uitvoering whose casusregisseur is gone (inactive account, organisation left):
   * numbers only, for the procesregisseur, who appoints a new one.
   */
  public static final Handeling<Casus> CASUSREGISSEUR_NODIG =
      casus("casusregie.nodig", null)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren);

  /** Whether the case still has a working casusregisseur, for its header: a signal, no names. */
  public static final Handeling<Casus> CASUSREGIE_STAND =
      casus("casusregie.stand", null).kan(Toegangsbeleid::casusInzien);

  // ---- Work lists of the partner (werklijsten): what the organisation has to do.

  /**
   * "Mijn actiepunten": the established actiepunten of the user's organisation or assigned to the
   * user, across the cases the organisation takes part in today, with their descriptions (which may
   * name people). A partner's list only; the record names the cases of the page (a page holds at
   * most 50 rows, so the list of cases fits the log's column).
   */
  public static final Handeling<Actiepunt> ACTIEPUNTEN_LIJST =
      new Handeling<Actiepunt>(Actiepunt.class, "actiepunten.lijst", Actie.RAADPLEGEN, GEEN_CASUS)
          .vooraf(rol(Toegangsbeleid::werklijstenZien))
          .kan(Toegangsbeleid::actiepuntInWerklijst)
          .objecten(
              punten ->
                  "actiepunten casussen:"
                      + punten.stream()
                          .map(a -> String.valueOf(a.getPlan().getCasus().getId()))
                          .distinct()
                          .collect(Collectors.joining(",")))
          .activiteit(a -> CASUSREGIE)
          .betrokkenen(a -> betrokkenenVan(a.getPlan().getCasus()));

  // ---- The message thread of a case (issue 12, "one place to talk"): messages are information
  // of the sending organisation, shared with the case's participants today and the procesregisseur.

  /** The case's thread, a page of it; reading marks it read. */
  public static final Handeling<Casus> BERICHTEN_LEZEN =
      casus("berichten.lezen", Actie.RAADPLEGEN)
          .kan(Toegangsbeleid::berichtenLezen)
          .objecten(l -> "casus:" + l.get(0).getId() + " berichten");

  /** A new message in the case's thread (a correction is a new message too). */
  public static final Handeling<Casus> BERICHT_VERSTUREN =
      casus("bericht.versturen", Actie.AANMAKEN)
          .kan(Toegangsbeleid::berichtenLezen)
          .objecten(l -> "casus:" + l.get(0).getId() + " berichten");

  // ---- Procesregie (issue 13): the procesregisseur monitors the running cases, keeps in touch
  // with the casusregisseur, escalates to a manager (who may take it to bestuur), closes and
  // reopens; the manager reads only what was written for them, and figures.

  /** The dashboard of running cases: numbers, counts, dates and the casusregisseur's name. */
  public static final Handeling<Object> PROCESREGIE_OVERZICHT =
      zonderObject("procesregie.overzicht", null, CASUSREGIE)
          .vooraf(rol(Toegangsbeleid::procesregieVoeren));

  /** The procesregie of one case: contact, escalations to the manager, closings, follow-up. */
  public static final Handeling<Casus> PROCESREGIE_INZIEN =
      casus("procesregie.inzien", Actie.RAADPLEGEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren);

  /** The procesregisseur records a contact with the casusregisseur, with an optional note. */
  public static final Handeling<Casus> CONTACTMOMENT_VASTLEGGEN =
      casus("casusregisseur.contact", Actie.AANMAKEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren);

  /** The procesregisseur escalates a case to a manager. */
  public static final Handeling<Casus> OPSCHALEN_NAAR_MANAGER =
      casus("casus.opschalen-manager", Actie.AANMAKEN)
          .kan(Toegangsbeleid::casusInzien)
          .mag(Toegangsbeleid::overlegVoeren);

  /** A manager's inbox: numbers, dates and statuses of the escalations addressed to them. */
  public static final Handeling<Opschaling> OPSCHALINGEN_LIJST =
      opschaling("opschalingen.lijst", null);

  /** One escalation as written for the manager: the question, the reason, what was tried. */
  public static final Handeling<Opschaling> OPSCHALING_INZIEN =
      opschaling("opschaling.inzien", Actie.RAADPLEGEN);

  /** The manager decides, takes it to bestuur, or records the bestuur's outcome. */
  public static final Handeling<Opschaling> OPSCHALING_BESLUITEN =
      opschaling("opschaling.besluiten", Actie.WIJZIGEN)
          .voorwaarde(Opschaling::isOpen, "Over deze opschaling is al besloten.")
          .mag(Toegangsbeleid::opschalingBesluiten);

  /** Afschalen: the procesregisseur closes the case with its result (and final scores). */
  public static final Handeling<Casus> AFSLUITEN =
      casus("casus.afsluiten", Actie.WIJZIGEN)
          .kan(Toegangsbeleid::casusInzien)
          .voorwaarde(
              c -> !Resultaat.mogelijkVoor(c).isEmpty(),
              "Deze casus kan in haar huidige status niet worden afgesloten.")
          .mag(Toegangsbeleid::overlegVoeren);

  /** A closed case is reopened, with the reason (within its retention period). */
  public static final Handeling<Afsluiting> HEROPENEN =
      new Handeling<Afsluiting>(Afsluiting.class, "casus.heropenen", Actie.WIJZIGEN, GEEN_CASUS)
          .kan((beleid, actor, a, vandaag) -> beleid.casusInzien(actor, a.getCasus(), vandaag))
          .voorwaarde(
              a -> !a.isHeropend() && a.getCasus().getStatus() == CasusStatus.AFGESLOTEN,
              "Deze casus is niet (meer) afgesloten.")
          .mag((beleid, actor, a, vandaag) -> beleid.overlegVoeren(actor, a.getCasus(), vandaag))
          .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " afsluiting:" + l.get(0).getId())
          .activiteit(a -> CASUSREGIE)
          .betrokkenen(a -> betrokkenenVan(a.getCasus()));

  /** The procesregisseur records the follow-up check after closing. */
  public static final Handeling<Nazorgcheck> NAZORG_VASTLEGGEN =
      new Handeling<Nazorgcheck>(Nazorgcheck.class, "nazorg.vastleggen", Actie.AANMAKEN, GEEN_CASUS)
          .kan((beleid, actor, n, vandaag) -> beleid.casusInzien(actor, n.getCasus(), vandaag))
          .voorwaarde(Nazorgcheck::isOpen, "Deze nazorgcheck is al vastgelegd of vervallen.")
          .mag((beleid, actor, n, vandaag) -> beleid.overlegVoeren(actor, n.getCasus(), vandaag))
          .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " nazorg:" + l.get(0).getId())
          .activiteit(n -> CASUSREGIE)
          .betrokkenen(n -> betrokkenenVan(n.getCasus()));

  /** Figures without personal data (counts of five or more), for the manager. */
  public static final Handeling<Object> MANAGEMENTCIJFERS =
      zonderObject("managementcijfers", null, CASUSREGIE)
          .vooraf(rol(Toegangsbeleid::managementcijfersZien));

  // ---- Requests for provision (verstrekking) of another organisation's information.

  /** Filing a request names the item, its case and its source; the content is not read. */
  public static final Handeling<InformatieItem> VERSTREKKING_VERZOEKEN =
      item("verstrekking.verzoeken", null, GEEN_INFORMATIE)
          .mag(Toegangsbeleid::verstrekkingVerzoeken);

  /** Reviewing a request; when granted, the item may be used outside the overleg: logged. */
  public static final Handeling<Object> VERSTREKKING_BEOORDELEN =
      zonderObject("verstrekking.toekennen", Actie.DELEN, VERSTREKKING)
          .vooraf(rol(Toegangsbeleid::verstrekkingBeoordelen));

  // ---- The privacy officer: the log, the rights of betrokkenen, retention.

  /** The log itself: pseudonyms and operations, checked for integrity. */
  public static final Handeling<Object> LOGBOEK_RAADPLEGEN =
      zonderObject("logboek.raadplegen", null, RECHTEN_BETROKKENEN)
          .vooraf(rol(Toegangsbeleid::logboekRaadplegen));

  /** Looking a person up by BSN for an inzage request ("who processed my data"). */
  public static final Handeling<Object> BETROKKENE_ZOEKEN_VOOR_INZAGE =
      zonderObject("betrokkene.zoeken-voor-inzage", Actie.RAADPLEGEN, RECHTEN_BETROKKENEN)
          .vooraf(rol(Toegangsbeleid::betrokkenenrechtenUitvoeren));

  public static final Handeling<Object> BETROKKENE_ZOEKEN =
      zonderObject("betrokkene.zoeken", Actie.RAADPLEGEN, RECHTEN_BETROKKENEN)
          .vooraf(rol(Toegangsbeleid::betrokkenenrechtenUitvoeren));

  public static final Handeling<Betrokkene> BETROKKENE_CORRIGEREN =
      betrokkene("betrokkene.corrigeren", Actie.WIJZIGEN);

  public static final Handeling<Betrokkene> BETROKKENE_VERWIJDEREN =
      betrokkene("betrokkene.verwijderen", Actie.VERWIJDEREN);

  public static final Handeling<Betrokkene> BETROKKENE_EXPORTEREN_JSON =
      betrokkene("betrokkene.exporteren-json", Actie.EXPORTEREN);

  public static final Handeling<Betrokkene> BETROKKENE_EXPORTEREN_PDF =
      betrokkene("betrokkene.exporteren-pdf", Actie.EXPORTEREN);

  /** Retention: which closed cases are due, and extending a term (no personal data). */
  public static final Handeling<Object> BEWAARTERMIJN_BEWAKEN =
      zonderObject("bewaartermijn.bewaken", null, BEWAARTERMIJN)
          .vooraf(rol(Toegangsbeleid::bewaartermijnBewaken));

  /** Destroying a case whose retention term has passed. */
  public static final Handeling<Object> BEWAARTERMIJN_VERNIETIGEN =
      zonderObject("bewaartermijn.vernietigen", Actie.VERWIJDEREN, BEWAARTERMIJN)
          .vooraf(rol(Toegangsbeleid::bewaartermijnBewaken));

  private final Class<O> soort;
  private final String operatie;
  private final Actie actie;
  private final String weigering;
  private Regel<? super O> kennen;
  private Regel<? super O> mogen;
  private boolean vooraf;
  private Predicate<O> voorwaarde;
  private String voorwaardeMelding;
  private Function<List<O>, String> objecten = lijst -> "";
  private Function<O, String> activiteit = o -> AANMELDING_EN_SCREENING;
  private Function<O, List<Long>> betrokkenen = o -> List.of();

  private Handeling(Class<O> soort, String operatie, Actie actie, String weigering) {
    this.soort = Objects.requireNonNull(soort);
    this.operatie = Objects.requireNonNull(operatie);
    this.actie = actie;
    this.weigering = Objects.requireNonNull(weigering);
  }

  // ---- What the gate asks of a handeling.

  /** What the handeling works on, to look it up by id. */
  Class<O> soort() {
    return soort;
  }

  public String operatie() {
    return operatie;
  }

  /** Whether the handeling reads or changes personal data, and so is logged. */
  boolean wordtGelogd() {
    return actie != null;
  }

  Actie actie() {
    return actie;
  }

  /** The answer to a missing object and to an actor who may not know it exists. */
  String weigering() {
    return weigering;
  }

  boolean isVooraf() {
    return vooraf;
  }

  Besluit kennen(Toegangsbeleid beleid, Actor actor, O object, LocalDate vandaag) {
    return kennen == null ? Besluit.toegestaan("") : kennen.beslis(beleid, actor, object, vandaag);
  }

  Besluit mogen(Toegangsbeleid beleid, Actor actor, O object, LocalDate vandaag) {
    return mogen == null ? Besluit.toegestaan("") : mogen.beslis(beleid, actor, object, vandaag);
  }

  /** Null when the object is in a state the handeling accepts; otherwise the reason. */
  String nietInStaat(O object) {
    return voorwaarde == null || voorwaarde.test(object) ? null : voorwaardeMelding;
  }

  String objecten(List<O> betreft) {
    return betreft.isEmpty() ? "" : objecten.apply(betreft);
  }

  /** The activity of a list is that of its first object; lists of one phase have one. */
  String activiteit(List<O> betreft) {
    return betreft.isEmpty() ? AANMELDING_EN_SCREENING : activiteit.apply(betreft.get(0));
  }

  List<Long> betrokkenen(List<O> betreft) {
    return betreft.stream().flatMap(o -> betrokkenen.apply(o).stream()).toList();
  }

  // ---- Building the catalogue.

  private Handeling<O> kan(Regel<? super O> regel) {
    this.kennen = regel;
    return this;
  }

  private Handeling<O> mag(Regel<? super O> regel) {
    this.mogen = regel;
    return this;
  }

  private Handeling<O> vooraf(Regel<? super O> regel) {
    this.vooraf = true;
    return mag(regel);
  }

  private Handeling<O> voorwaarde(Predicate<O> staat, String melding) {
    this.voorwaarde = staat;
    this.voorwaardeMelding = melding;
    return this;
  }

  private Handeling<O> objecten(Function<List<O>, String> objecten) {
    this.objecten = objecten;
    return this;
  }

  private Handeling<O> activiteit(Function<O, String> activiteit) {
    this.activiteit = activiteit;
    return this;
  }

  private Handeling<O> betrokkenen(Function<O, List<Long>> betrokkenen) {
    this.betrokkenen = betrokkenen;
    return this;
  }

  private static Handeling<Casus> casus(String operatie, Actie actie) {
    return new Handeling<Casus>(Casus.class, operatie, actie, GEEN_CASUS)
        .objecten(l -> "casus:" + l.get(0).getId())
        .activiteit(c -> activiteit(c.getStatus()))
        .betrokkenen(Handeling::betrokkenenVan);
  }

  /** The referral is the referring organisation's: the others may not know it exists. */
  private static Handeling<Casus> aanmelding(String operatie, Actie actie) {
    return casus(operatie, actie)
        .kan(Toegangsbeleid::aanmeldingVolgen)
        .objecten(l -> "casus:" + l.get(0).getId() + " aanmelding");
  }

  /**
   * A change of the referral by its referrer: only while it can still change (a state the user is
   * told about), and as the policy allows.
   */
  private static Handeling<Casus> aanmeldingWijzigen(String operatie, Actie actie) {
    return aanmelding(operatie, actie)
        .voorwaarde(
            Casus::isAanmeldingWijzigbaar,
            "Deze aanmelding is ingediend en kan niet meer worden gewijzigd.")
        .mag((beleid, actor, casus, vandaag) -> beleid.aanmeldingWijzigen(actor, casus));
  }

  private static Handeling<Casus> screening(String operatie, Actie actie) {
    return casus(operatie, actie).kan(Toegangsbeleid::screenen);
  }

  private static Handeling<InformatieItem> item(String operatie, Actie actie) {
    return item(operatie, actie, GEEN_CASUS);
  }

  /**
   * An item of a case, for whoever may see it; the record names its case, itself and its person.
   */
  private static Handeling<InformatieItem> item(String operatie, Actie actie, String weigering) {
    return new Handeling<InformatieItem>(InformatieItem.class, operatie, actie, weigering)
        .kan(Toegangsbeleid::itemInzien)
        .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " item:" + l.get(0).getId())
        .activiteit(item -> activiteit(item.getCasus().getStatus()))
        .betrokkenen(
            item ->
                item.getBetrokkene()
                    .map(b -> List.of(b.getId()))
                    .orElseGet(() -> betrokkenenVan(item.getCasus())));
  }

  private static Handeling<Triageoverleg> triage(String operatie, Actie actie) {
    return new Handeling<Triageoverleg>(Triageoverleg.class, operatie, actie, GEEN_CASUS)
        .vooraf(rol(Toegangsbeleid::triageVoorbereiden))
        .objecten(l -> "triage:" + l.get(0).getDatum())
        .activiteit(overleg -> TRIAGE)
        .betrokkenen(
            overleg ->
                overleg.getAgenda().stream()
                    .map(Agendapunt::getCasus)
                    .flatMap(c -> betrokkenenVan(c).stream())
                    .toList());
  }

  /** An overleg of a case, for whoever may see the case; the record names case and overleg. */
  private static Handeling<Overleg> overleg(String operatie, Actie actie) {
    return new Handeling<Overleg>(Overleg.class, operatie, actie, GEEN_OVERLEG)
        .kan(Toegangsbeleid::overlegKennen)
        .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " overleg:" + l.get(0).getId())
        .activiteit(o -> CASUSREGIE)
        .betrokkenen(o -> betrokkenenVan(o.getCasus()));
  }

  /** The plan of a case, for whoever may see the case; the record names the case and its plan. */
  private static Handeling<PlanVanAanpak> plan(String operatie, Actie actie) {
    return new Handeling<PlanVanAanpak>(PlanVanAanpak.class, operatie, actie, GEEN_CASUS)
        .kan((beleid, actor, plan, vandaag) -> beleid.casusInzien(actor, plan.getCasus(), vandaag))
        .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " plan")
        .activiteit(p -> CASUSREGIE)
        .betrokkenen(p -> betrokkenenVan(p.getCasus()));
  }

  /** An actiepunt, for whoever may know it; the record names its case and its number. */
  private static Handeling<Actiepunt> actiepunt(String operatie, Actie actie) {
    return new Handeling<Actiepunt>(Actiepunt.class, operatie, actie, GEEN_ACTIEPUNT)
        .kan(Toegangsbeleid::actiepuntKennen)
        .objecten(
            l ->
                "casus:"
                    + l.get(0).getPlan().getCasus().getId()
                    + " actiepunt:"
                    + l.get(0).getNummer())
        .activiteit(a -> CASUSREGIE)
        .betrokkenen(a -> betrokkenenVan(a.getPlan().getCasus()));
  }

  /** A signal of a case, for whoever may see it; the record names the case and the signal. */
  private static Handeling<Signaal> signaal(String operatie, Actie actie) {
    return new Handeling<Signaal>(Signaal.class, operatie, actie, GEEN_CASUS)
        .kan(
            (beleid, actor, s, vandaag) ->
                beleid.casusInzien(actor, s.getCasus(), vandaag).toegestaan()
                    ? beleid.signaalInzien(
                        actor, s.getPlan(), s.getGemeldDoor().getOrganisatie().getId())
                    : beleid.casusInzien(actor, s.getCasus(), vandaag))
        .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " signaal:" + l.get(0).getId())
        .activiteit(s -> CASUSREGIE)
        .betrokkenen(s -> betrokkenenVan(s.getCasus()));
  }

  /**
   * An escalation to a manager, for the procesregisseur and the manager it is addressed to; the
   * record names the case and the escalation.
   */
  private static Handeling<Opschaling> opschaling(String operatie, Actie actie) {
    return new Handeling<Opschaling>(
            Opschaling.class,
            operatie,
            actie,
            "Deze opschaling bestaat niet of is niet aan u gericht.")
        .kan(Toegangsbeleid::opschalingInzien)
        .objecten(
            l ->
                "opschalingen:"
                    + l.stream()
                        .map(o -> o.getCasus().getId() + "/" + o.getId())
                        .collect(Collectors.joining(",")))
        .activiteit(o -> CASUSREGIE)
        .betrokkenen(o -> betrokkenenVan(o.getCasus()));
  }

  private static Besluit overlegVoeren(
      Toegangsbeleid beleid, Actor actor, Overleg overleg, LocalDate vandaag) {
    return beleid.overlegVoeren(actor, overleg.getCasus(), vandaag);
  }

  private static Handeling<UitvraagAdres> uitvraag(String operatie, Actie actie) {
    return new Handeling<UitvraagAdres>(UitvraagAdres.class, operatie, actie, GEEN_UITVRAAG)
        .kan(Toegangsbeleid::uitvraagBeantwoorden)
        .objecten(l -> "casus:" + l.get(0).getUitvraag().getCasus().getId())
        .activiteit(a -> activiteit(a.getUitvraag().getCasus().getStatus()))
        .betrokkenen(a -> betrokkenenVan(a.getUitvraag().getCasus()));
  }

  private static Handeling<Betrokkene> betrokkene(String operatie, Actie actie) {
    return new Handeling<Betrokkene>(
            Betrokkene.class, operatie, actie, "Deze betrokkene bestaat niet (meer).")
        .vooraf(rol(Toegangsbeleid::betrokkenenrechtenUitvoeren))
        .objecten(l -> "casus:" + l.get(0).getCasus().getId() + " betrokkene:" + l.get(0).getId())
        .activiteit(b -> RECHTEN_BETROKKENEN)
        .betrokkenen(b -> List.of(b.getId()));
  }

  /**
   * A handeling that works on no single object of the case model (the log, a search, a job): the
   * work names the betrokkenen and objects itself.
   */
  private static Handeling<Object> zonderObject(String operatie, Actie actie, String activiteit) {
    return new Handeling<Object>(Object.class, operatie, actie, GEEN_INFORMATIE)
        .activiteit(o -> activiteit);
  }

  /** A rule that judges only the actor's role. */
  private static <O> Regel<O> rol(BiFunction<Toegangsbeleid, Actor, Besluit> regel) {
    return (beleid, actor, object, vandaag) -> regel.apply(beleid, actor);
  }

  private static List<Long> betrokkenenVan(Casus casus) {
    return casus.getBetrokkenen().stream().map(Betrokkene::getId).toList();
  }

  /** The activity of the register that the case's phase belongs to. */
  static String activiteit(CasusStatus status) {
    return switch (status) {
      case CONCEPT, AANGEMELD, IN_SCREENING, AANVULLING_GEVRAAGD, INGETROKKEN ->
          AANMELDING_EN_SCREENING;
      case GEAGENDEERD_VOOR_TRIAGE, NIET_VOOR_ZVH -> TRIAGE;
      case OPGEPAKT, IN_UITVOERING, AFGESLOTEN -> CASUSREGIE;
    };
  }

  @Override
  public String toString() {
    return operatie;
  }
}
