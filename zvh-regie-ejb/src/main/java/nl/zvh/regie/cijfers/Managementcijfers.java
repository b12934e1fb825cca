package nl.zvh.regie.cijfers;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The manager's figures over a period, small cells already suppressed: nothing in here names or
 * singles out a person. Keys are enum names (or, for organisations, the organisation's name) that
 * the page and the CSV put into words.
 *
 * @param van first day of the period
 * @param tot last day of the period (inclusive)
 * @param aanmeldingenPerMaand submitted referrals per month of submission, every month of the
 *     period
 * @param aanmeldingenPerOrganisatie submitted referrals per referring organisation, by name
 * @param aanmeldingenTotaal all referrals submitted in the period
 * @param triageuitkomsten triage decisions in the period per outcome (NIET_VOOR_ZVH, OPGEPAKT)
 * @param triageroutes decisions "taken on" in the period per route
 * @param inUitvoeringNu cases in uitvoering today (not bound to the period)
 * @param gestartPerMaand cases that went into uitvoering for the first time, per month
 * @param doorlooptijden the three lead times, in days
 * @param actiepunten established actiepunten due in the period and how they were done
 * @param escalaties the casusregisseurs' escalations filed in the period, per status
 * @param opschalingen escalations to the manager filed in the period, per state
 * @param opschalingenTeLaat of those, the ones not answered by the date asked
 * @param afsluitingen closings in the period per result
 */
public record Managementcijfers(
    LocalDate van,
    LocalDate tot,
    List<Maand> aanmeldingenPerMaand,
    List<Rij> aanmeldingenPerOrganisatie,
    Cel aanmeldingenTotaal,
    List<Rij> triageuitkomsten,
    List<Rij> triageroutes,
    Cel inUitvoeringNu,
    List<Maand> gestartPerMaand,
    List<Doorlooptijd> doorlooptijden,
    Actiepunten actiepunten,
    List<Rij> escalaties,
    List<Rij> opschalingen,
    Cel opschalingenTeLaat,
    List<Rij> afsluitingen)
    implements Serializable {

  public Managementcijfers {
    aanmeldingenPerMaand = List.copyOf(aanmeldingenPerMaand);
    aanmeldingenPerOrganisatie = List.copyOf(aanmeldingenPerOrganisatie);
    triageuitkomsten = List.copyOf(triageuitkomsten);
    triageroutes = List.copyOf(triageroutes);
    gestartPerMaand = List.copyOf(gestartPerMaand);
    doorlooptijden = List.copyOf(doorlooptijden);
    escalaties = List.copyOf(escalaties);
    opschalingen = List.copyOf(opschalingen);
    afsluitingen = List.copyOf(afsluitingen);
  }

  /** A count in a month. */
  public record Maand(YearMonth maand, Cel aantal) implements Serializable {}

  /** A count under a key: an enum name, or an organisation's name. */
  public record Rij(String sleutel, Cel aantal) implements Serializable {}

  /** Which lead time. */
  public enum Doorloop {
    /** From submitting the referral to the triage decision (the triage's date). */
    AANMELDING_TOT_TRIAGE,
    /** From the triage decision to the first ICO held. */
    TRIAGE_TOT_ICO,
    /** From the first move into uitvoering to the closing. */
    DUUR_UITVOERING
  }

  /**
   * A lead time in whole days over the cases that completed it in the period: the median (the mean
   * of the two middle ones for an even number) and the 90th percentile (nearest rank: the smallest
   * value at or under which 90% of the cases lie).
   */
  public record Doorlooptijd(Doorloop soort, Cel aantal, Cel mediaan, Cel p90)
      implements Serializable {}

  /**
   * Established actiepunten (not vervallen) whose deadline lies in the period: reported done on or
   * before the deadline, done later, not done; and the share done on time.
   */
  public record Actiepunten(
      Cel verschuldigd, Cel opTijd, Cel teLaat, Cel nietGereed, Cel percentageOpTijd)
      implements Serializable {}

  /** States of an escalation to the manager, in the order the figures show them. */
  public enum Opschalingsstand {
    BESLOTEN_DOOR_MANAGER,
    BESLOTEN_VIA_BESTUUR,
    BIJ_BESTUUR,
    OPEN
  }

  /** How a casusregisseur's escalation stands; the last is a part of the others. */
  public enum Escalatiestand {
    OPEN,
    AFGEHANDELD,
    OPGESCHAALD_NAAR_MANAGER
  }
}
