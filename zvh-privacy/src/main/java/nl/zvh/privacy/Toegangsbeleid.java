package nl.zvh.privacy;

import static nl.zvh.privacy.Besluit.geweigerd;
import static nl.zvh.privacy.Besluit.toegestaan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Deelname;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Actiepunt;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.procesregie.Opschaling;

/**
 * The one decision point of the WGS rules: who may see or change what of a case. Every service asks
 * here before it reads or changes personal data; no other code decides access.
 *
 * <ul>
 *   <li>A procesregisseur directs the process for all partners and sees every case.
 *   <li>A ketenpartner sees only cases in which their organisation takes part today, and within
 *       them the items of their own organisation, plus items of others that the source has shared
 *       with the participants (consent, revocable).
 *   <li>Manager, privacy officer and beheerder have no need to know case content; the privacy
 *       officer works with the processing log and handles data-subject requests instead.
 * </ul>
 */
@ApplicationScoped
public class Toegangsbeleid {

  public Besluit casusInzien(Actor actor, Casus casus, LocalDate vandaag) {
    return switch (actor.rol()) {
      case PROCESREGISSEUR ->
          casus.getNummer() == null
              ? geweigerd("Deze aanmelding is nog een concept van de aanmelder.")
              : toegestaan("De procesregisseur voert de procesregie.");
      case KETENPARTNER ->
          casus.neemtDeel(actor.organisatieId(), vandaag)
              ? toegestaan("Uw organisatie neemt deel aan deze casus.")
              : geweigerd("Uw organisatie neemt niet deel aan deze casus.");
      case MANAGER, PRIVACY_OFFICER, BEHEERDER ->
          geweigerd("Uw rol geeft geen inzage in de inhoud van casussen.");
    };
  }

  public Besluit itemInzien(Actor actor, InformatieItem item, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, item.getCasus(), vandaag);
    if (!casus.toegestaan() || actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return casus;
    }
    if (actor.werktBij(item.getBron().getId())) {
      return toegestaan("Deze informatie is van uw eigen organisatie.");
    }
    return item.isGedeeld()
        ? toegestaan("De bronorganisatie deelt deze informatie met de deelnemers.")
        : geweigerd("De bronorganisatie heeft deze informatie niet met u gedeeld.");
  }

  /** The items of the case this actor may see; empty when the case itself is refused. */
  public List<InformatieItem> zichtbareItems(Actor actor, Casus casus, LocalDate vandaag) {
    return casus.getInformatie().stream()
        .filter(item -> itemInzien(actor, item, vandaag).toegestaan())
        .toList();
  }

  /**
   * Partners of the referring organisation write the referral, and complete it when the ZVH asks;
   * once submitted nobody changes it.
   */
  public Besluit aanmeldingWijzigen(Actor actor, Casus casus) {
    if (!actor.heeftRol(Rol.KETENPARTNER)
        || !actor.werktBij(casus.getAanmeldendeOrganisatie().getId())) {
      return geweigerd("Alleen de aanmeldende organisatie wijzigt een aanmelding.");
    }
    return casus.isAanmeldingWijzigbaar()
        ? toegestaan("Uw organisatie meldt deze casus aan.")
        : geweigerd("Deze aanmelding is ingediend en kan niet meer worden gewijzigd.");
  }

  /**
   * The referral itself (reasons, criteria, partners to invite) is information of the referring
   * organisation: the procesregisseur screens it; other participants do not see it.
   */
  public Besluit aanmeldingInzien(Actor actor, Casus casus, LocalDate vandaag) {
    Besluit casusBesluit = casusInzien(actor, casus, vandaag);
    if (!casusBesluit.toegestaan() || actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return casusBesluit;
    }
    return actor.werktBij(casus.getAanmeldendeOrganisatie().getId())
        ? toegestaan("Uw organisatie heeft deze casus aangemeld.")
        : geweigerd("De aanmelding is informatie van de aanmeldende organisatie.");
  }

  /**
   * Screening, uitvraag and triage are the procesregisseur's process steps, on submitted referrals
   * only.
   */
  public Besluit screenen(Actor actor, Casus casus, LocalDate vandaag) {
    if (!actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return geweigerd("Alleen de procesregisseur screent aanmeldingen en bereidt de triage voor.");
    }
    return casusInzien(actor, casus, vandaag);
  }

  /**
   * The referring organisation follows its referrals (receipt, status history, its list) from the
   * first concept on; nobody else learns of a referral this way.
   */
  public Besluit aanmeldingVolgen(Actor actor, Casus casus, LocalDate vandaag) {
    return actor.heeftRol(Rol.KETENPARTNER)
            && actor.werktBij(casus.getAanmeldendeOrganisatie().getId())
        ? toegestaan("Uw organisatie heeft deze casus aangemeld.")
        : geweigerd("Alleen de aanmeldende organisatie volgt een aanmelding.");
  }

  /** The receipt of a submitted referral, for the referring organisation. */
  public Besluit ontvangstInzien(Actor actor, Casus casus, LocalDate vandaag) {
    return casus.getAanmelding().getIngediendOp().isEmpty()
        ? geweigerd("Deze aanmelding is nog niet ingediend.")
        : aanmeldingVolgen(actor, casus, vandaag);
  }

  /** The weekly triage is prepared and held by the procesregisseur. */
  public Besluit triageVoorbereiden(Actor actor) {
    return alleen(
        Rol.PROCESREGISSEUR,
        actor,
        "De procesregisseur bereidt de triage voor.",
        "Alleen de procesregisseur bereidt de triage voor.");
  }

  /** A partner answers an uitvraag addressed to its own organisation only. */
  public Besluit uitvraagBeantwoorden(Actor actor, UitvraagAdres adres, LocalDate vandaag) {
    return uitvraagBeantwoorden(actor, adres.getOrganisatie().getId());
  }

  /** A partner answers an uitvraag for its own organisation only. */
  public Besluit uitvraagBeantwoorden(Actor actor, long gevraagdeOrganisatie) {
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(gevraagdeOrganisatie)
        ? toegestaan("De uitvraag is aan uw organisatie gericht.")
        : geweigerd("Deze uitvraag is niet aan uw organisatie gericht.");
  }

  /**
   * Whether a betrokkene is already known from another case is a signal for the ZVH's screening:
   * never for a referrer, who would learn of a case their organisation has no part in.
   */
  public Besluit bekendheidZien(Actor actor) {
    return alleen(
        Rol.PROCESREGISSEUR,
        actor,
        "De procesregisseur screent de aanmelding.",
        "Alleen de procesregisseur ziet of een betrokkene al bekend is.");
  }

  /** Only the source organisation decides whether its information is shared. */
  public Besluit delenWijzigen(Actor actor, InformatieItem item, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, item.getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(item.getBron().getId())
        ? toegestaan("Uw organisatie is de bron van deze informatie.")
        : geweigerd("Alleen de bronorganisatie beslist over het delen van deze informatie.");
  }

  /** A participant records information of its own organisation; the ZVH records its own. */
  public Besluit informatieVastleggen(Actor actor, Casus casus, LocalDate vandaag) {
    return casusInzien(actor, casus, vandaag);
  }

  /**
   * A participant who may see another organisation's item may ask to use it outside the overleg;
   * the source itself needs no request.
   */
  public Besluit verstrekkingVerzoeken(Actor actor, InformatieItem item, LocalDate vandaag) {
    Besluit inzien = itemInzien(actor, item, vandaag);
    if (!inzien.toegestaan()) {
      return inzien;
    }
    if (!actor.heeftRol(Rol.KETENPARTNER)) {
      return geweigerd("Alleen een ketenpartner dient een verzoek tot verstrekking in.");
    }
    return actor.werktBij(item.getBron().getId())
        ? geweigerd("Uw organisatie is zelf de bron; een verzoek is niet nodig.")
        : toegestaan("U mag deze informatie zien en kunt om verstrekking vragen.");
  }

  /** Requests are reviewed by the (coordinating) privacy officer. */
  public Besluit verstrekkingBeoordelen(Actor actor) {
    return alleen(
        Rol.PRIVACY_OFFICER,
        actor,
        "De privacy officer beoordeelt verzoeken tot verstrekking.",
        "Alleen de privacy officer beoordeelt verzoeken tot verstrekking.");
  }

  /**
   * The rights of betrokkenen (inzage, correction, removal, export) are handled by the
   * (coordinating) privacy officer.
   */
  public Besluit betrokkenenrechtenUitvoeren(Actor actor) {
    return alleen(
        Rol.PRIVACY_OFFICER,
        actor,
        "De privacy officer behandelt verzoeken van betrokkenen.",
        "Alleen de privacy officer behandelt verzoeken van betrokkenen.");
  }

  /** Retention terms are watched, extended and carried out by the privacy officer. */
  public Besluit bewaartermijnBewaken(Actor actor) {
    return alleen(
        Rol.PRIVACY_OFFICER,
        actor,
        "De privacy officer bewaakt de bewaartermijnen.",
        "Alleen de privacy officer bewaakt de bewaartermijnen.");
  }

  /** The processing log is for the (coordinating) privacy officer. */
  public Besluit logboekRaadplegen(Actor actor) {
    return alleen(
        Rol.PRIVACY_OFFICER,
        actor,
        "De privacy officer houdt toezicht op de verwerkingen.",
        "Alleen de privacy officer raadpleegt het verwerkingenlogboek.");
  }

  /**
   * The procesregisseur plans and chairs the overleggen and writes the verslag and the plan van
   * aanpak (both seeds: "Wij plannen het overleg … Wij zorgen voor verslaglegging").
   */
  public Besluit overlegVoeren(Actor actor, Casus casus, LocalDate vandaag) {
    if (!actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return geweigerd("Alleen de procesregisseur plant overleggen en legt verslag en plan vast.");
    }
    return casusInzien(actor, casus, vandaag);
  }

  /** An overleg is known to whoever may see its case: the participants and the procesregisseur. */
  public Besluit overlegKennen(Actor actor, Overleg overleg, LocalDate vandaag) {
    return casusInzien(actor, overleg.getCasus(), vandaag);
  }

  /**
   * What is still a concept (the verslag, the plan, scores not yet established) is the
   * procesregisseur's; the participants read what was established.
   */
  public Besluit conceptInzien(Actor actor, Casus casus, LocalDate vandaag) {
    return overlegVoeren(actor, casus, vandaag);
  }

  /** An invitee answers for themself whether they come. */
  public Besluit overlegReageren(Actor actor, Overleg overleg, LocalDate vandaag) {
    Besluit casus = overlegKennen(actor, overleg, vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    return actor.heeftRol(Rol.KETENPARTNER)
            && overleg.getGenodigden().stream()
                .anyMatch(g -> g.getGebruiker().getGebruikersnaam().equals(actor.gebruikersnaam()))
        ? toegestaan("U bent uitgenodigd voor dit overleg.")
        : geweigerd("Alleen een genodigde zegt of hij of zij komt.");
  }

  /** An invited organisation prepares the overleg for itself. */
  public Besluit overlegVoorbereiden(Actor actor, Overleg overleg, LocalDate vandaag) {
    Besluit casus = overlegKennen(actor, overleg, vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    return actor.heeftRol(Rol.KETENPARTNER) && overleg.isUitgenodigd(actor.organisatieId())
        ? toegestaan("Uw organisatie is voor dit overleg uitgenodigd.")
        : geweigerd("Alleen een uitgenodigde organisatie bereidt dit overleg voor.");
  }

  /**
   * An actiepunt is known to whoever may see its case once it is established; before that it is
   * part of the procesregisseur's concept.
   */
  public Besluit actiepuntKennen(Actor actor, Actiepunt actiepunt, LocalDate vandaag) {
    Casus casus = actiepunt.getPlan().getCasus();
    if (actiepunt.isVastgesteld()) {
      return casusInzien(actor, casus, vandaag);
    }
    return conceptInzien(actor, casus, vandaag);
  }

  /** The owning organisation reports back on its actiepunt (both seeds). */
  public Besluit actiepuntTerugkoppelen(Actor actor, Actiepunt actiepunt, LocalDate vandaag) {
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(actiepunt.getEigenaar().getId())
        ? toegestaan("Uw organisatie is eigenaar van dit actiepunt.")
        : geweigerd("Alleen de organisatie die eigenaar is van het actiepunt koppelt terug.");
  }

  /** A participant signals developments that affect the plan to the casusregisseur. */
  public Besluit signaalMelden(Actor actor, PlanVanAanpak plan, LocalDate vandaag) {
    return actor.heeftRol(Rol.KETENPARTNER) && plan.casusregisseurInFunctie().isPresent()
        ? toegestaan("Uw organisatie neemt deel aan deze casus.")
        : geweigerd("Een signaal geeft een deelnemer aan de casusregisseur, zodra die er is.");
  }

  /**
   * The casusregisseur steers the carrying out of the plan (NHN seed: "overziet dat er gewerkt
   * wordt vanuit één gezamenlijk gedragen plan"); the procesregisseur, who monitors, may too.
   */
  public Besluit casusregieVoeren(Actor actor, PlanVanAanpak plan, LocalDate vandaag) {
    if (actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return casusInzien(actor, plan.getCasus(), vandaag);
    }
    return isCasusregisseur(actor, plan)
        ? toegestaan("U bent de casusregisseur van deze casus.")
        : geweigerd("Alleen de casusregisseur en de procesregisseur sturen de uitvoering.");
  }

  /** The casusregisseur escalates to the procesregisseur (domain step 8). */
  public Besluit opschalen(Actor actor, PlanVanAanpak plan, LocalDate vandaag) {
    return isCasusregisseur(actor, plan)
        ? toegestaan("U bent de casusregisseur van deze casus.")
        : geweigerd("Alleen de casusregisseur schaalt op naar de procesregisseur.");
  }

  /**
   * A signal is for the casusregisseur and the procesregisseur; the organisation that gave it sees
   * its own. The others do not: what one partner signals is not shared with all.
   */
  public Besluit signaalInzien(Actor actor, PlanVanAanpak plan, long organisatieVanMelder) {
    if (actor.heeftRol(Rol.PROCESREGISSEUR) || isCasusregisseur(actor, plan)) {
      return toegestaan("U stuurt de uitvoering van deze casus.");
    }
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(organisatieVanMelder)
        ? toegestaan("Uw organisatie gaf dit signaal.")
        : geweigerd("Een signaal is voor de casusregisseur en de procesregisseur.");
  }

  /** Escalations are between the casusregisseur and the procesregisseur. */
  public Besluit escalatieInzien(Actor actor, PlanVanAanpak plan, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, plan.getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    return actor.heeftRol(Rol.PROCESREGISSEUR) || isCasusregisseur(actor, plan)
        ? toegestaan("U stuurt de uitvoering van deze casus.")
        : geweigerd("Een escalatie is tussen de casusregisseur en de procesregisseur.");
  }

  /** Whether the actor is the casusregisseur in function (of the last established plan). */
  public boolean isCasusregisseur(Actor actor, PlanVanAanpak plan) {
    return actor.heeftRol(Rol.KETENPARTNER)
        && plan.casusregisseurInFunctie()
            .map(c -> c.getGebruiker().getGebruikersnaam().equals(actor.gebruikersnaam()))
            .orElse(false);
  }

  // ---- Handing over and leaving (issue 12, item 5)

  /**
   * An actiepunt of the plan goes to a colleague only by a partner of the organisation that owns it
   * (vervanging within the organisation); handing it to another organisation is the
   * procesregisseur's change of the plan.
   */
  public Besluit actiepuntOverdragen(Actor actor, Actiepunt actiepunt, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, actiepunt.getPlan().getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(actiepunt.getEigenaar().getId())
        ? toegestaan("Uw organisatie is eigenaar van dit actiepunt.")
        : geweigerd(
            "Alleen een medewerker van de organisatie die eigenaar is draagt een actiepunt over"
                + " aan een collega.");
  }

  /** A participating partner hands the actiepunten on their own name to a colleague. */
  public Besluit eigenActiepuntenOverdragen(Actor actor, Casus casus, LocalDate vandaag) {
    Besluit inzien = casusInzien(actor, casus, vandaag);
    if (!inzien.toegestaan()) {
      return inzien;
    }
    return actor.heeftRol(Rol.KETENPARTNER)
        ? toegestaan("U draagt uw eigen actiepunten over aan een collega.")
        : geweigerd("Alleen een ketenpartner draagt eigen actiepunten over aan een collega.");
  }

  /**
   * The casusregie goes to someone else by the casusregisseur the established plan names, or by the
   * procesregisseur, who appoints the casusregisseur (also when the old one is gone).
   */
  public Besluit casusregieOverdragen(Actor actor, PlanVanAanpak plan, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, plan.getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    if (actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return toegestaan("De procesregisseur stelt de casusregisseur aan.");
    }
    return isCasusregisseur(actor, plan)
        ? toegestaan("U bent de casusregisseur van deze casus.")
        : geweigerd("Alleen de casusregisseur of de procesregisseur draagt de casusregie over.");
  }

  /**
   * An organisation announces the end of its own involvement; the procesregisseur may end any
   * organisation's, by the same rules.
   */
  public Besluit deelnameBeeindigen(Actor actor, Deelname deelname, LocalDate vandaag) {
    Besluit casus = casusInzien(actor, deelname.getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    if (actor.heeftRol(Rol.PROCESREGISSEUR)) {
      return toegestaan("De procesregisseur voert de procesregie.");
    }
    return actor.heeftRol(Rol.KETENPARTNER) && actor.werktBij(deelname.getOrganisatie().getId())
        ? toegestaan("Het gaat om de betrokkenheid van uw eigen organisatie.")
        : geweigerd(
            "Alleen de organisatie zelf of de procesregisseur beëindigt een betrokkenheid.");
  }

  // ---- Work lists of the partner (werklijsten).

  /** "Mijn actiepunten" and "Mijn casussen" are a partner's own work lists. */
  public Besluit werklijstenZien(Actor actor) {
    return alleen(
        Rol.KETENPARTNER,
        actor,
        "Een ketenpartner ziet het werk van de eigen organisatie.",
        "Alleen een ketenpartner heeft een eigen werklijst.");
  }

  /**
   * An actiepunt is in a partner's work list when it was established, its case is one the
   * organisation takes part in today, and the organisation owns it or it is assigned to the user.
   */
  public Besluit actiepuntInWerklijst(Actor actor, Actiepunt actiepunt, LocalDate vandaag) {
    if (!actor.heeftRol(Rol.KETENPARTNER)) {
      return werklijstenZien(actor);
    }
    Besluit casus = casusInzien(actor, actiepunt.getPlan().getCasus(), vandaag);
    if (!casus.toegestaan()) {
      return casus;
    }
    if (!actiepunt.isVastgesteld()) {
      return geweigerd("Dit actiepunt is nog niet vastgesteld.");
    }
    if (actor.werktBij(actiepunt.getEigenaar().getId())) {
      return toegestaan("Uw organisatie is eigenaar van dit actiepunt.");
    }
    return actiepunt
            .getPersoon()
            .filter(p -> p.getGebruikersnaam().equals(actor.gebruikersnaam()))
            .isPresent()
        ? toegestaan("Dit actiepunt is aan u toegewezen.")
        : geweigerd("Dit actiepunt is van een andere organisatie.");
  }

  // ---- The message thread of a case (issue 12, "one place to talk").

  /**
   * Who reads and writes the thread of a case: the procesregisseur, and partner users of the
   * organisations that take part in the case today. A message is information of its sender's
   * organisation, shared with the participants because the overleg shares them: an organisation
   * that left (its deelname ended) no longer reads it. Manager, privacy officer and beheerder have
   * no need to know. The unread counter of the menu asks the same in its query ({@code
   * Berichtenteller} in zvh-regie).
   */
  public Besluit berichtenLezen(Actor actor, Casus casus, LocalDate vandaag) {
    return switch (actor.rol()) {
      case PROCESREGISSEUR ->
          casus.getNummer() == null
              ? geweigerd("Deze aanmelding is nog een concept van de aanmelder.")
              : toegestaan("De procesregisseur voert de procesregie.");
      case KETENPARTNER ->
          casus.neemtDeel(actor.organisatieId(), vandaag)
              ? toegestaan("Uw organisatie neemt deel aan deze casus.")
              : geweigerd("Alleen deelnemende organisaties lezen de berichten van deze casus.");
      case MANAGER, PRIVACY_OFFICER, BEHEERDER ->
          geweigerd("Uw rol leest en schrijft geen berichten van casussen.");
    };
  }

  // ---- Procesregie (issue 13)

  /** The dashboard of running cases is the procesregisseur's, who monitors them (domain step 7). */
  public Besluit procesregieVoeren(Actor actor) {
    return alleen(
        Rol.PROCESREGISSEUR,
        actor,
        "De procesregisseur bewaakt de lopende casussen.",
        "Alleen de procesregisseur bewaakt de lopende casussen.");
  }

  /**
   * An escalation to a manager is read by the procesregisseur and by the manager it is addressed
   * to. The manager has no need to know the case: what they read is the escalation as the
   * procesregisseur wrote it for them (the question, the reason, what was tried), never the case's
   * content, which {@link #casusInzien} keeps from them.
   */
  public Besluit opschalingInzien(Actor actor, Opschaling opschaling, LocalDate vandaag) {
    return switch (actor.rol()) {
      case PROCESREGISSEUR -> casusInzien(actor, opschaling.getCasus(), vandaag);
      case MANAGER ->
          isGeadresseerde(actor, opschaling)
              ? toegestaan("Deze opschaling is aan u gericht.")
              : geweigerd("Deze opschaling is aan een andere manager gericht.");
      case KETENPARTNER, PRIVACY_OFFICER, BEHEERDER ->
          geweigerd("Een opschaling is tussen de procesregisseur en de manager.");
    };
  }

  /** Only the manager an escalation is addressed to decides on it or takes it to bestuur. */
  public Besluit opschalingBesluiten(Actor actor, Opschaling opschaling, LocalDate vandaag) {
    return isGeadresseerde(actor, opschaling)
        ? toegestaan("Deze opschaling is aan u gericht.")
        : geweigerd("Alleen de manager aan wie de opschaling is gericht, besluit erover.");
  }

  /** Management figures hold no personal data; they are the manager's. */
  public Besluit managementcijfersZien(Actor actor) {
    return alleen(
        Rol.MANAGER,
        actor,
        "De manager ziet de cijfers van het ZVH.",
        "Alleen de manager ziet de managementcijfers.");
  }

  private static boolean isGeadresseerde(Actor actor, Opschaling opschaling) {
    return actor.heeftRol(Rol.MANAGER)
        && opschaling.getManager().getGebruikersnaam().equals(actor.gebruikersnaam());
  }

  /** A rule that only the given role passes, with the reason either way. */
  private static Besluit alleen(Rol rol, Actor actor, String waarom, String waaromNiet) {
    return actor.heeftRol(rol) ? toegestaan(waarom) : geweigerd(waaromNiet);
  }
}
