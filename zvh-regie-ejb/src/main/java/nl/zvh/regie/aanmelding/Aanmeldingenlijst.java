package nl.zvh.regie.aanmelding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Aanmelding;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Triagebesluit;

/**
 * The query behind "Mijn aanmeldingen": one organisation's referrals, filtered, sorted and paged in
 * the database, with the referral form joined and the betrokkenen of the page fetched in one batch
 * (three queries per page, whatever its size). Plain JPA, so the benchmark runs it outside the
 * container too.
 */
public final class Aanmeldingenlijst {

  private final EntityManager em;

  public Aanmeldingenlijst(EntityManager em) {
    this.em = em;
  }

  /** How many referrals match the filters. */
  public long tel(long organisatieId, Lijstvraag vraag) {
    return parameters(
            em.createQuery(
                "select count(c) from Casus c join c.aanmelding a" + voorwaarden(vraag),
                Long.class),
            organisatieId,
            vraag)
        .getSingleResult();
  }

  /** The page, with the number of all matches, and the casussen on it (for the processing log). */
  public Resultaat zoek(long organisatieId, Lijstvraag vraag) {
    List<Casus> casussen =
        parameters(
                em.createQuery(
                    "select c from Casus c join fetch c.aanmelding a"
                        + voorwaarden(vraag)
                        + " order by "
                        + vraag.sortering().pad
                        + (vraag.oplopend() ? " asc" : " desc")
                        + ", c.id desc",
                    Casus.class),
                organisatieId,
                vraag)
            .setFirstResult(vraag.eerste())
            .setMaxResults(vraag.aantal())
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.betrokkenen")
            .getResultList();
    return new Resultaat(
        new Pagina<>(
            casussen.stream().map(Aanmeldingenlijst::regel).toList(), tel(organisatieId, vraag)),
        casussen);
  }

  private static String voorwaarden(Lijstvraag vraag) {
    return " where c.aanmeldendeOrganisatie.id = :organisatie"
        + (vraag.status() == null ? "" : " and c.status = :status")
        + (vraag.zoektekst() == null
            ? ""
            : " and (c.nummer like :nummer or exists (select b from Betrokkene b"
                + " where b.casus = c and lower(b.achternaam) like :achternaam))");
  }

  private static <T> TypedQuery<T> parameters(
      TypedQuery<T> query, long organisatieId, Lijstvraag vraag) {
    query.setParameter("organisatie", organisatieId);
    if (vraag.status() != null) {
      query.setParameter("status", vraag.status());
    }
    if (vraag.zoektekst() != null) {
      String tekst = vraag.zoektekst().replace("\\", "").replace("%", "").replace("_", "");
      query.setParameter("nummer", "%" + tekst.toUpperCase(Locale.ROOT) + "%");
      query.setParameter("achternaam", "%" + tekst.toLowerCase(Locale.ROOT) + "%");
    }
    return query;
  }

  private static AanmeldingRegel regel(Casus casus) {
    Aanmelding aanmelding = casus.getAanmelding();
    return new AanmeldingRegel(
        casus.getId(),
        casus.getNummer(),
        casus.getStatus(),
        casus.getBetrokkenen().stream()
            .map(b -> b.getVoornamen() + " " + b.getAchternaam())
            .collect(Collectors.joining(", ")),
        aanmelding.getAanmelder(),
        casus.getAangemaaktOp(),
        aanmelding.getIngediendOp().orElse(null),
        aanmelding.getTriagedatum().orElse(null),
        aanmelding.getVoldoetAanCriteria().orElse(null),
        casus.isAanmeldingWijzigbaar(),
        casus.getTriagebesluit().flatMap(Triagebesluit::getRoute).orElse(null),
        casus.getTriagebesluit().flatMap(Triagebesluit::getOverlegtafel).orElse(null));
  }

  /** A page of rows and the cases they came from. */
  public record Resultaat(Pagina<AanmeldingRegel> pagina, List<Casus> casussen) {}
}
