package nl.zvh.regie.procesregie.overzicht;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.regie.aanmelding.Pagina;

/**
 * The queries behind the procesregisseur's dashboard, over the read-only view {@code
 * procesregie_overzicht} (one row per running case, with what does not depend on the day) and the
 * tables it summarises. Filter, order and paging run in the database; a page takes four queries
 * whatever its size (the count, the rows, the overdue actiepunten and the next overleg of the cases
 * on it). "Today" and the contact limit are parameters, so a test's clock is the portal's. Plain
 * JPA, so the tests and the benchmark run it on each database outside the container.
 */
public final class Procesregielijst {

  /** How far ahead the dashboard looks for overleggen and follow-up checks. */
  public static final int VOORUIT_DAGEN = 14;

  static final int MAXIMAAL_IN_SECTIE = 50;

  private static final String KOLOMMEN =
      "select v.casus_id, v.nummer, v.status, v.sinds, v.casusregisseur, v.laatste_contact,"
          + " v.contact_peil, v.oudste_deadline, v.signalen, v.escalaties, v.opschalingen,"
          + " v.opschaling_uiterlijk, v.casusregisseur_id";

  private final EntityManager em;
  private final LocalDate vandaag;
  private final int contacttermijnDagen;

  /**
   * @param contacttermijnDagen after how many days without contact a case needs attention
   */
  public Procesregielijst(EntityManager em, LocalDate vandaag, int contacttermijnDagen) {
    this.em = em;
    this.vandaag = vandaag;
    this.contacttermijnDagen = contacttermijnDagen;
  }

  /** The last day of contact that is still recent enough: one before it is too long ago. */
  private LocalDate contactgrens() {
    return vandaag.minusDays(contacttermijnDagen);
  }

  /** How many running cases match the question's filters, on all pages. */
  public long tel(Procesregievraag vraag) {
    String sql = "select count(*) from procesregie_overzicht v" + voorwaarden(vraag);
    return ((Number) parameters(em.createNativeQuery(sql), sql, vraag).getSingleResult())
        .longValue();
  }

  /** The page the question asks for, in its order (nulls last, the case's id breaks ties). */
  public Pagina<Procesregieregel> zoek(Procesregievraag vraag) {
    String richting = vraag.oplopend() ? " asc" : " desc";
    String sql =
        KOLOMMEN
            + " from procesregie_overzicht v"
            + voorwaarden(vraag)
            + " order by "
            + vraag.sortering().kolom
            + richting
            + " nulls last, v.casus_id"
            + richting
            // In the statement, not only on the JDBC driver: the database then evaluates the
            // summaries that are not filtered or sorted on only for the rows of the page.
            + " offset "
            + vraag.eerste()
            + " rows fetch next "
            + vraag.aantal()
            + " rows only";
    @SuppressWarnings("unchecked")
    List<Object[]> rijen = parameters(em.createNativeQuery(sql), sql, vraag).getResultList();
    List<Long> ids = rijen.stream().map(r -> ((Number) r[0]).longValue()).toList();
    Map<Long, Long> teLaat = teLaat(ids);
    Map<Long, LocalDate> volgend = volgendOverleg(ids);
    List<Procesregieregel> regels = new ArrayList<>();
    for (Object[] r : rijen) {
      long id = ((Number) r[0]).longValue();
      boolean regisseur = r[12] != null;
      LocalDate peil = datum(r[6]);
      LocalDate uiterlijk = datum(r[11]);
      regels.add(
          new Procesregieregel(
              id,
              (String) r[1],
              CasusStatus.valueOf((String) r[2]),
              datum(r[3]),
              (String) r[4],
              datum(r[5]),
              regisseur && peil != null ? ChronoUnit.DAYS.between(peil, vandaag) : null,
              regisseur && peil != null && peil.isBefore(contactgrens()),
              teLaat.getOrDefault(id, 0L),
              datum(r[7]),
              ((Number) r[8]).longValue(),
              ((Number) r[9]).longValue(),
              ((Number) r[10]).longValue(),
              uiterlijk != null && uiterlijk.isBefore(vandaag),
              volgend.get(id)));
    }
    return new Pagina<>(regels, tel(vraag));
  }

  /** The planned overleggen of the coming days, earliest first (at most a screenful). */
  public List<Komendoverleg> komendeOverleggen() {
    return em.createQuery(
            "select o.casus.id, c.nummer, o.id, o.nummer, o.datum, o.begintijd"
                + " from Overleg o join o.casus c where o.status = :gepland"
                + " and o.datum >= :vandaag and o.datum <= :tot"
                + " order by o.datum, o.begintijd, o.id",
            Object[].class)
        .setParameter("gepland", Overleg.Status.GEPLAND)
        .setParameter("vandaag", vandaag)
        .setParameter("tot", vandaag.plusDays(VOORUIT_DAGEN))
        .setMaxResults(MAXIMAAL_IN_SECTIE)
        .getResultStream()
        .map(
            r ->
                new Komendoverleg(
                    (Long) r[0],
                    (String) r[1],
                    (Long) r[2],
                    (Integer) r[3],
                    (LocalDate) r[4],
                    (java.time.LocalTime) r[5]))
        .toList();
  }

  /** The follow-up checks still to do that are due within the coming days, earliest first. */
  public List<Openstaandenazorg> openNazorg() {
    return em.createQuery(
            "select c.id, c.nummer, n.id, n.gepland from Nazorgcheck n join n.casus c"
                + " where n.status = :gepland and n.gepland <= :tot order by n.gepland, n.id",
            Object[].class)
        .setParameter("gepland", Nazorgcheck.Status.GEPLAND)
        .setParameter("tot", vandaag.plusDays(VOORUIT_DAGEN))
        .setMaxResults(MAXIMAAL_IN_SECTIE)
        .getResultStream()
        .map(r -> new Openstaandenazorg((Long) r[0], (String) r[1], (Long) r[2], (LocalDate) r[3]))
        .toList();
  }

  /** Per case on the page: how many established running actiepunten are past their deadline. */
  private Map<Long, Long> teLaat(List<Long> ids) {
    Map<Long, Long> aantallen = new HashMap<>();
    if (ids.isEmpty()) {
      return aantallen;
    }
    em.createQuery(
            "select pl.casus.id, count(a) from Actiepunt a join a.plan pl"
                + " where pl.casus.id in :ids and a.vastgesteld = :ja and a.status in :lopend"
                + " and a.deadline < :vandaag group by pl.casus.id",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("ja", true)
        .setParameter("lopend", List.of(Actiepuntstatus.OPEN, Actiepuntstatus.IN_UITVOERING))
        .setParameter("vandaag", vandaag)
        // Bound, not printed: H2 compares a boolean column with a boolean, not with 1.
        .setHint("eclipselink.jdbc.bind-parameters", "true")
        .getResultStream()
        .forEach(r -> aantallen.put((Long) r[0], (Long) r[1]));
    return aantallen;
  }

  /** Per case on the page: the day of its next planned overleg, today or later. */
  private Map<Long, LocalDate> volgendOverleg(List<Long> ids) {
    Map<Long, LocalDate> volgend = new HashMap<>();
    if (ids.isEmpty()) {
      return volgend;
    }
    em.createQuery(
            "select o.casus.id, min(o.datum) from Overleg o where o.casus.id in :ids"
                + " and o.status = :gepland and o.datum >= :vandaag group by o.casus.id",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("gepland", Overleg.Status.GEPLAND)
        .setParameter("vandaag", vandaag)
        .getResultStream()
        .forEach(r -> volgend.put((Long) r[0], (LocalDate) r[1]));
    return volgend;
  }

  /** The where clause: the filter's condition and the number; only fixed text. */
  private static String voorwaarden(Procesregievraag vraag) {
    List<String> delen = new ArrayList<>();
    if (vraag.filter() != null) {
      delen.add(vraag.filter().voorwaarde());
    }
    if (vraag.zoektekst() != null) {
      delen.add("v.nummer like ?3");
    }
    return delen.isEmpty() ? "" : " where " + String.join(" and ", delen);
  }

  /**
   * Sets the parameters the statement uses: today (?1), the contact limit (?2), the number (?3).
   */
  private Query parameters(Query query, String sql, Procesregievraag vraag) {
    if (sql.contains("?1")) {
      query.setParameter(1, Date.valueOf(vandaag));
    }
    if (sql.contains("?2")) {
      query.setParameter(2, Date.valueOf(contactgrens()));
    }
    if (sql.contains("?3")) {
      String tekst = vraag.zoektekst().replace("\\", "").replace("%", "").replace("_", "");
      query.setParameter(3, "%" + tekst.toUpperCase(Locale.ROOT) + "%");
    }
    return query;
  }

  private static LocalDate datum(Object waarde) {
    if (waarde == null) {
      return null;
    }
    if (waarde instanceof LocalDate d) {
      return d;
    }
    if (waarde instanceof Date d) {
      return d.toLocalDate();
    }
    if (waarde instanceof java.util.Date d) {
      return new Date(d.getTime()).toLocalDate();
    }
    return LocalDate.parse(waarde.toString());
  }
}
