package nl.zvh.regie.cijfers;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.regie.cijfers.Managementcijfers.Doorloop;
import nl.zvh.regie.cijfers.Managementcijfers.Doorlooptijd;
import nl.zvh.regie.cijfers.Managementcijfers.Escalatiestand;
import nl.zvh.regie.cijfers.Managementcijfers.Maand;
import nl.zvh.regie.cijfers.Managementcijfers.Opschalingsstand;
import nl.zvh.regie.cijfers.Managementcijfers.Rij;

/**
 * Computes the manager's figures over a period with a fixed number of aggregate queries (group by,
 * count, sum) in the database; no case is loaded. Plain SQL that runs on H2 and PostgreSQL alike:
 * moments are taken as Dutch dates ({@code at time zone 'Europe/Amsterdam'}), and days between two
 * dates are counted through their epoch seconds. Lead times come from the database as a histogram
 * (days, number of cases), of which the median and 90th percentile are read here.
 *
 * <p>Which date puts a fact in the period: a referral its submission; a triage decision the
 * triage's date; a lead time the day it ended (triage, first ICO held, closing); an actiepunt its
 * deadline; an escalation its filing; a closing its date. A closing that was reopened is not
 * counted.
 */
public class Cijferberekening {

  private static final String ZONE = "'" + Tijdzone.ID + "'";

  private final EntityManager em;
  private final Clock klok;

  public Cijferberekening(EntityManager em) {
    this(em, Clock.system(Tijdzone.NEDERLAND));
  }

  public Cijferberekening(EntityManager em, Clock klok) {
    this.em = em;
    this.klok = klok;
  }

  /**
   * The Dutch date of a moment. H2 casts a moment to a date in the session's time zone, whatever
   * zone it is in; the text of the moment in Dutch time ("2061-03-01 00:30:00+01" on H2,
   * "2061-03-01 00:30:00" on PostgreSQL, whose JDBC driver insists on DateStyle ISO) starts with
   * the Dutch date on both.
   */
  static String datum(String moment) {
    return "cast(substring(cast((("
        + moment
        + ") at time zone "
        + ZONE
        + ") as varchar(40)), 1, 10) as date)";
  }

  /** Whole days from one date to another. */
  static String dagen(String van, String tot) {
    return "cast(round((extract(epoch from "
        + tot
        + ") - extract(epoch from "
        + van
        + ")) / 86400) as integer)";
  }

  /**
   * The figures of the period from {@code van} up to and including {@code tot}.
   *
   * @throws IllegalArgumentException when the period ends before it begins
   */
  public Managementcijfers bereken(LocalDate van, LocalDate tot) {
    if (van == null || tot == null || tot.isBefore(van)) {
      throw new IllegalArgumentException("The period must end on or after its first day.");
    }
    LocalDate vandaag = LocalDate.now(klok);

    Map<YearMonth, Long> aanmeldingen = aanmeldingenPerMaand(van, tot);
    // Referrals per month and per organisation are parts of the total shown, as are the outcomes
    // of the number of decisions (the first lead time) and the routes of those taken on: a group.
    List<Maand> perMaand = maanden(van, tot, aanmeldingen, true);
    long totaal = 0;
    for (long n : aanmeldingen.values()) {
      totaal += n;
    }

    List<String> organisaties = new ArrayList<>();
    List<Long> perOrganisatieAantal = new ArrayList<>();
    for (Object[] r :
        rijen(
            "select o.naam, count(*) from aanmelding a"
                + " join casus c on c.id = a.casus_id"
                + " join organisatie o on o.id = c.aanmeldende_organisatie_id"
                + " where a.ingediend_op is not null and "
                + datum("a.ingediend_op")
                + " between ?1 and ?2 group by o.naam order by o.naam",
            van,
            tot)) {
      organisaties.add((String) r[0]);
      perOrganisatieAantal.add(getal(r[1]));
    }
    List<Cel> organisatiecellen = Cel.groep(perOrganisatieAantal);
    List<Rij> perOrganisatie = new ArrayList<>();
    for (int i = 0; i < organisaties.size(); i++) {
      perOrganisatie.add(new Rij(organisaties.get(i), organisatiecellen.get(i)));
    }

    Map<Triagebesluit.Uitkomst, Long> uitkomsten = new EnumMap<>(Triagebesluit.Uitkomst.class);
    Map<Triagebesluit.Route, Long> routes = new EnumMap<>(Triagebesluit.Route.class);
    for (Triagebesluit.Uitkomst u : Triagebesluit.Uitkomst.values()) {
      uitkomsten.put(u, 0L);
    }
    for (Triagebesluit.Route r : Triagebesluit.Route.values()) {
      routes.put(r, 0L);
    }
    for (Object[] r :
        rijen(
            "select c.besluit_uitkomst, c.besluit_route, count(*) from casus c"
                + " where c.besluit_uitkomst is not null and c.besluit_triagedatum between ?1 and ?2"
                + " group by c.besluit_uitkomst, c.besluit_route",
            van,
            tot)) {
      long n = getal(r[2]);
      uitkomsten.merge(Triagebesluit.Uitkomst.valueOf((String) r[0]), n, Long::sum);
      if (r[1] != null) {
        routes.merge(Triagebesluit.Route.valueOf((String) r[1]), n, Long::sum);
      }
    }

    long inUitvoering =
        getal(
            em.createNativeQuery("select count(*) from casus c where c.status = 'IN_UITVOERING'")
                .getSingleResult());

    Map<YearMonth, Long> gestart =
        perMaand(
            "select extract(year from x.d), extract(month from x.d), count(*) from (select "
                + datum("min(s.tijdstip)")
                + " d from status_overgang s where s.naar_status = 'IN_UITVOERING'"
                + " group by s.casus_id) x where x.d between ?1 and ?2"
                + " group by extract(year from x.d), extract(month from x.d)",
            van,
            tot);

    List<Doorlooptijd> doorlooptijden =
        List.of(
            doorlooptijd(
                Doorloop.AANMELDING_TOT_TRIAGE,
                "select "
                    + dagen(datum("a.ingediend_op"), "c.besluit_triagedatum")
                    + " dagen from casus c join aanmelding a on a.casus_id = c.id"
                    + " where a.ingediend_op is not null and c.besluit_uitkomst is not null"
                    + " and c.besluit_triagedatum between ?1 and ?2",
                van,
                tot),
            doorlooptijd(
                Doorloop.TRIAGE_TOT_ICO,
                "select "
                    + dagen("c.besluit_triagedatum", "i.eerste")
                    + " dagen from casus c join (select o.casus_id, min(o.datum) eerste"
                    + " from overleg o where o.status = 'GEHOUDEN' group by o.casus_id) i"
                    + " on i.casus_id = c.id where c.besluit_triagedatum is not null"
                    + " and i.eerste between ?1 and ?2",
                van,
                tot),
            doorlooptijd(
                Doorloop.DUUR_UITVOERING,
                "select "
                    + dagen(datum("u.begin"), datum("f.afgesloten_op"))
                    + " dagen from procesregie_afsluiting f join (select s.casus_id,"
                    + " min(s.tijdstip) begin from status_overgang s"
                    + " where s.naar_status = 'IN_UITVOERING' group by s.casus_id) u"
                    + " on u.casus_id = f.casus_id where f.heropend_op is null"
                    + " and u.begin <= f.afgesloten_op and "
                    + datum("f.afgesloten_op")
                    + " between ?1 and ?2",
                van,
                tot));

    Object[] ap =
        rij(
            "select count(*), sum(case when p.status = 'GEREED' and g.op is not null and "
                + datum("g.op")
                + " <= p.deadline then 1 else 0 end),"
                + " sum(case when p.status = 'GEREED' then 1 else 0 end)"
                + " from plan_actiepunt p left join (select t.actiepunt_id, max(t.tijdstip) op"
                + " from plan_terugkoppeling t where t.soort = 'GEREED' group by t.actiepunt_id) g"
                + " on g.actiepunt_id = p.id where p.vastgesteld = true"
                + " and p.status <> 'VERVALLEN' and p.deadline between ?1 and ?2",
            van,
            tot);
    long verschuldigd = getal(ap[0]);
    long opTijd = getal(ap[1]);
    long gereed = getal(ap[2]);
    List<Cel> delen = Cel.groep(List.of(opTijd, gereed - opTijd, verschuldigd - gereed));
    Managementcijfers.Actiepunten actiepunten =
        new Managementcijfers.Actiepunten(
            Cel.aantal(verschuldigd),
            delen.get(0),
            delen.get(1),
            delen.get(2),
            Cel.aandeel(opTijd, verschuldigd));

    Map<Escalatiestand, Long> escalaties = new EnumMap<>(Escalatiestand.class);
    for (Escalatiestand e : Escalatiestand.values()) {
      escalaties.put(e, 0L);
    }
    for (Object[] r :
        rijen(
            "select e.status, count(*), sum(case when exists (select 1 from"
                + " procesregie_opschaling o where o.escalatie_id = e.id) then 1 else 0 end)"
                + " from uitvoering_escalatie e where "
                + datum("e.ingediend_op")
                + " between ?1 and ?2 group by e.status",
            van,
            tot)) {
      escalaties.merge(Escalatiestand.valueOf((String) r[0]), getal(r[1]), Long::sum);
      escalaties.merge(Escalatiestand.OPGESCHAALD_NAAR_MANAGER, getal(r[2]), Long::sum);
    }

    String eersteReactie = "coalesce(o.naar_bestuur_op, o.besloten_op)";
    Object[] op =
        rij(
            "select sum(case when o.status = 'BESLOTEN' and o.naar_bestuur_op is null then 1 else 0"
                + " end), sum(case when o.status = 'BESLOTEN' and o.naar_bestuur_op is not null"
                + " then 1 else 0 end), sum(case when o.status = 'BIJ_BESTUUR' then 1 else 0 end),"
                + " sum(case when o.status = 'OPEN' then 1 else 0 end),"
                + " sum(case when ("
                + eersteReactie
                + " is null and o.antwoord_uiterlijk < ?3) or "
                + datum(eersteReactie)
                + " > o.antwoord_uiterlijk then 1 else 0 end)"
                + " from procesregie_opschaling o where "
                + datum("o.ingediend_op")
                + " between ?1 and ?2",
            van,
            tot,
            vandaag);
    List<Rij> opschalingen = new ArrayList<>();
    for (Opschalingsstand stand : Opschalingsstand.values()) {
      opschalingen.add(new Rij(stand.name(), Cel.aantal(getal(op[stand.ordinal()]))));
    }

    Map<Resultaat, Long> resultaten = new EnumMap<>(Resultaat.class);
    for (Resultaat r : Resultaat.values()) {
      resultaten.put(r, 0L);
    }
    for (Object[] r :
        rijen(
            "select f.resultaat, count(*) from procesregie_afsluiting f"
                + " where f.heropend_op is null and "
                + datum("f.afgesloten_op")
                + " between ?1 and ?2 group by f.resultaat",
            van,
            tot)) {
      resultaten.merge(Resultaat.valueOf((String) r[0]), getal(r[1]), Long::sum);
    }

    return new Managementcijfers(
        van,
        tot,
        perMaand,
        perOrganisatie,
        Cel.aantal(totaal),
        groep(uitkomsten),
        groep(routes),
        Cel.aantal(inUitvoering),
        maanden(van, tot, gestart, false),
        doorlooptijden,
        actiepunten,
        rijen(escalaties),
        opschalingen,
        Cel.aantal(getal(op[4])),
        rijen(resultaten));
  }

  private Map<YearMonth, Long> aanmeldingenPerMaand(LocalDate van, LocalDate tot) {
    return perMaand(
        "select extract(year from x.d), extract(month from x.d), count(*) from (select "
            + datum("a.ingediend_op")
            + " d from aanmelding a where a.ingediend_op is not null) x"
            + " where x.d between ?1 and ?2"
            + " group by extract(year from x.d), extract(month from x.d)",
        van,
        tot);
  }

  private Map<YearMonth, Long> perMaand(String sql, LocalDate van, LocalDate tot) {
    Map<YearMonth, Long> aantallen = new TreeMap<>();
    for (Object[] r : rijen(sql, van, tot)) {
      aantallen.put(YearMonth.of((int) getal(r[0]), (int) getal(r[1])), getal(r[2]));
    }
    return aantallen;
  }

  /** Every month of the period, the ones without any with 0. */
  private static List<Maand> maanden(
      LocalDate van, LocalDate tot, Map<YearMonth, Long> aantallen, boolean totaalGetoond) {
    List<YearMonth> reeks = new ArrayList<>();
    for (YearMonth m = YearMonth.from(van); !m.isAfter(YearMonth.from(tot)); m = m.plusMonths(1)) {
      reeks.add(m);
    }
    List<Long> getallen = reeks.stream().map(m -> aantallen.getOrDefault(m, 0L)).toList();
    List<Cel> cellen =
        totaalGetoond ? Cel.groep(getallen) : getallen.stream().map(Cel::aantal).toList();
    List<Maand> maanden = new ArrayList<>();
    for (int i = 0; i < reeks.size(); i++) {
      maanden.add(new Maand(reeks.get(i), cellen.get(i)));
    }
    return maanden;
  }

  private Doorlooptijd doorlooptijd(Doorloop soort, String dagen, LocalDate van, LocalDate tot) {
    TreeMap<Long, Long> histogram = new TreeMap<>();
    for (Object[] r :
        rijen("select x.dagen, count(*) from (" + dagen + ") x group by x.dagen", van, tot)) {
      histogram.merge(getal(r[0]), getal(r[1]), Long::sum);
    }
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    BigDecimal mediaan = null;
    BigDecimal p90 = null;
    if (n > 0) {
      long laag = opRang(histogram, (n + 1) / 2);
      long hoog = opRang(histogram, n / 2 + 1);
      mediaan =
          n % 2 == 1
              ? BigDecimal.valueOf(laag)
              : BigDecimal.valueOf(laag + hoog)
                  .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
      p90 = BigDecimal.valueOf(opRang(histogram, (n * 9 + 9) / 10));
    }
    return new Doorlooptijd(soort, Cel.aantal(n), Cel.afgeleid(mediaan, n), Cel.afgeleid(p90, n));
  }

  /** The value at a rank (1-based) of the sorted values the histogram counts. */
  static long opRang(TreeMap<Long, Long> histogram, long rang) {
    long tot = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      tot += e.getValue();
      if (tot >= rang) {
        return e.getKey();
      }
    }
    return histogram.lastKey();
  }

  /** The parts of a total that is shown too (see {@link Cel#groep}). */
  private static <E extends Enum<E>> List<Rij> groep(Map<E, Long> aantallen) {
    List<String> sleutels = aantallen.keySet().stream().map(Enum::name).toList();
    List<Cel> cellen = Cel.groep(List.copyOf(aantallen.values()));
    List<Rij> rijen = new ArrayList<>();
    for (int i = 0; i < sleutels.size(); i++) {
      rijen.add(new Rij(sleutels.get(i), cellen.get(i)));
    }
    return rijen;
  }

  private static <E extends Enum<E>> List<Rij> rijen(Map<E, Long> aantallen) {
    Map<String, Cel> cellen = new LinkedHashMap<>();
    aantallen.forEach((k, n) -> cellen.put(k.name(), Cel.aantal(n)));
    return cellen.entrySet().stream().map(e -> new Rij(e.getKey(), e.getValue())).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rijen(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private Object[] rij(String sql, Object... parameters) {
    return rijen(sql, parameters).get(0);
  }

  private static long getal(Object waarde) {
    return waarde == null ? 0 : ((Number) waarde).longValue();
  }
}
