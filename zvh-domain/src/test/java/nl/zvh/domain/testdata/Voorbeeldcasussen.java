package nl.zvh.domain.testdata;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumantwoord;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitTeNodigenPartner;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.termijn.Feestdagen;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.domain.model.termijn.Werkdagen;

/**
 * Cases for tests, built as the portal builds them: through the domain's own operations (describe,
 * submit, screen, agenda, decide, close), never by setting a status. Shared with the other modules'
 * tests (test-jar of zvh-domain).
 */
public final class Voorbeeldcasussen {

  private Voorbeeldcasussen() {}

  /** A police organisation in the convenant since 2025, under a name of the test's own. */
  public static Organisatie politie(String naam) {
    return new Organisatie(naam, OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null);
  }

  /** A referral with one betrokkene, described completely and submitted at that moment. */
  public static Casus ingediend(
      Organisatie aanmelder, Organisatie uitTeNodigen, String nummer, OffsetDateTime moment) {
    Casus casus = new Casus(aanmelder, "agent", moment);
    casus.voegBetrokkeneToe(
        "Piet", "Smit", LocalDate.of(1980, 5, 17), null, null, moment.toLocalDate());
    dienIn(casus, uitTeNodigen, nummer, moment);
    return casus;
  }

  /**
   * Describes the referral of a case that has its betrokkenen and submits it, with the triage date
   * and contact deadline the portal's default settings give.
   */
  public static void dienIn(
      Casus casus, Organisatie uitTeNodigen, String nummer, OffsetDateTime moment) {
    beschrijfVolledig(casus, uitTeNodigen);
    casus.dienIn(
        nummer,
        "agent",
        moment,
        Triageplanning.STANDAARD.triagedatum(moment.toInstant()),
        new Werkdagen(Feestdagen.zonderBesluiten()).na(moment.toLocalDate(), 5));
  }

  /** Fills in the whole form: criteria a, b and c met (d not), one partner to invite, told. */
  public static void beschrijfVolledig(Casus casus, Organisatie uitTeNodigen) {
    Map<Criterium, Criteriumantwoord> criteria = new EnumMap<>(Criterium.class);
    for (Criterium criterium : Criterium.values()) {
      criteria.put(
          criterium, new Criteriumantwoord(criterium != Criterium.D, "Toelichting " + criterium));
    }
    casus.beschrijfAanmelding(
        "Overlast en schulden",
        "Een gezamenlijk plan",
        Map.of(Leefgebied.FINANCIEN, "Schulden", Leefgebied.JUSTITIE, "Aangiften"),
        criteria,
        List.of(new UitTeNodigenPartner(uitTeNodigen, "Gea de Graaf", "gea@example.nl", null)));
    casus.legInformerenVast(true, null, null);
  }

  /**
   * Takes a submitted referral through screening and the triage to "not for the ZVH", the decision
   * at that moment, by the triage of its own date: screened two days before, on the agenda the day
   * before.
   */
  public static void nietVoorZvh(Casus casus, OffsetDateTime moment) {
    casus.neemInScreening("regisseur", moment.minusDays(2));
    casus.agendeer("regisseur", moment.minusDays(1));
    casus.besluit(
        new Triagebesluit(
            Triagebesluit.Uitkomst.NIET_VOOR_ZVH,
            null,
            null,
            "Advies: schakel het wijkteam in.",
            casus.getAanmelding().getTriagedatum().orElseThrow()),
        "regisseur",
        moment);
  }

  /**
   * Takes a submitted referral through screening and the triage to "taken on" with the route to an
   * ICO, the decision at that moment.
   */
  public static void opgepaktVoorIco(Casus casus, OffsetDateTime moment) {
    casus.neemInScreening("regisseur", moment.minusDays(2));
    casus.agendeer("regisseur", moment.minusDays(1));
    casus.besluit(
        new Triagebesluit(
            Triagebesluit.Uitkomst.OPGEPAKT,
            Triagebesluit.Route.UITVRAAG_EN_BRIEFING,
            null,
            "Meerdere leefgebieden, partners lopen vast: ICO.",
            casus.getAanmelding().getTriagedatum().orElseThrow()),
        "regisseur",
        moment);
  }

  /** Gives an entity made outside the database the id it would get there, for rules on ids. */
  public static <T> T metId(T entiteit, long id) {
    try {
      Field veld = entiteit.getClass().getDeclaredField("id");
      veld.setAccessible(true);
      veld.set(entiteit, id);
      return entiteit;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
