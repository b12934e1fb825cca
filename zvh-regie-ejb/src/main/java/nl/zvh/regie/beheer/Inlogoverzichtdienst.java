package nl.zvh.regie.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import nl.zvh.domain.model.gebruiker.Inlogbeveiliging;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis.Soort;
import nl.zvh.regie.aanmelding.Pagina;

/**
 * The work behind {@link Inlogoverzicht}: the beheerder's view of logins: failed and refused
 * attempts, changes of second factors and passwords, what is blocked now, and the settings of the
 * lockout. Paged and filtered in the database, newest first.
 */
@ApplicationScoped
@Transactional
public class Inlogoverzichtdienst {

  private static final Logger LOG = Logger.getLogger(Inlogoverzichtdienst.class.getName());

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Clock klok;

  public Pagina<Inlogoverzicht.Rij> gebeurtenissen(
      Inlogoverzicht.Soortfilter filter, String naam, int eerste, int aantal) {
    TypedQuery<Inlogoverzicht.Rij> vraag =
        em.createQuery(
            "select new nl.zvh.regie.beheer.Inlogoverzicht$Rij(e.id, e.tijdstip,"
                + " e.gebruikersnaam, e.adres, e.soort, e.door) from Inloggebeurtenis e"
                + voorwaarde(naam)
                + " order by e.tijdstip desc, e.id desc",
            Inlogoverzicht.Rij.class);
    List<Inlogoverzicht.Rij> rijen =
        parameters(vraag, filter, naam)
            .setFirstResult(eerste)
            .setMaxResults(aantal)
            .getResultList();
    return new Pagina<>(rijen, aantal(filter, naam));
  }

  public long aantal(Inlogoverzicht.Soortfilter filter, String naam) {
    return parameters(
            em.createQuery(
                "select count(e) from Inloggebeurtenis e" + voorwaarde(naam), Long.class),
            filter,
            naam)
        .getSingleResult();
  }

  private static String voorwaarde(String naam) {
    return " where e.soort in :soorten"
        + (naam == null || naam.isBlank() ? "" : " and e.gebruikersnaam = :naam");
  }

  private static <T> TypedQuery<T> parameters(
      TypedQuery<T> vraag, Inlogoverzicht.Soortfilter filter, String naam) {
    vraag.setParameter("soorten", filter.soorten);
    if (naam != null && !naam.isBlank()) {
      vraag.setParameter("naam", naam.strip().toLowerCase(java.util.Locale.ROOT));
    }
    return vraag;
  }

  /** Names and addresses blocked now, the one blocked longest first. */
  public List<Inlogoverzicht.Blokkade> blokkades() {
    Inlogbeveiliging instellingen = instelling();
    Instant nu = klok.instant();
    Instant sinds = nu.minus(instellingen.getVenster()).minus(instellingen.getBlokkade());
    List<Inlogoverzicht.Blokkade> blokkades = new ArrayList<>();
    for (boolean adres : new boolean[] {false, true}) {
      String kolom = adres ? "e.adres" : "e.gebruikersnaam";
      List<Object[]> rijen =
          em.createQuery(
                  "select "
                      + kolom
                      + ", count(e), max(e.tijdstip) from Inloggebeurtenis e"
                      + " where e.tijdstip >= :sinds and e.soort in :soorten and "
                      + kolom
                      + " is not null group by "
                      + kolom
                      + " having count(e) >= :grens",
                  Object[].class)
              .setParameter("sinds", Inloggebeurtenis.moment(sinds))
              .setParameter("soorten", Soort.MISLUKT)
              .setParameter(
                  "grens",
                  (long)
                      (adres
                          ? instellingen.getPogingenPerAdres()
                          : instellingen.getPogingenPerAccount()))
              .getResultList();
      for (Object[] rij : rijen) {
        Instant laatste = ((OffsetDateTime) rij[2]).toInstant();
        Instant tot = laatste.plus(instellingen.getBlokkade());
        if (tot.isAfter(nu)) {
          blokkades.add(
              new Inlogoverzicht.Blokkade(
                  (String) rij[0], adres, ((Number) rij[1]).longValue(), tot));
        }
      }
    }
    blokkades.sort(Comparator.comparing(Inlogoverzicht.Blokkade::tot).reversed());
    return blokkades;
  }

  public Inlogoverzicht.Instellingen instellingen() {
    return Inlogoverzicht.Instellingen.van(instelling());
  }

  private Inlogbeveiliging instelling() {
    return em.find(Inlogbeveiliging.class, Inlogbeveiliging.ENIGE);
  }

  public Inlogoverzicht.Instellingen wijzig(
      String door,
      long versie,
      Integer pogingenPerAccount,
      Integer pogingenPerAdres,
      Integer vensterMinuten,
      Integer blokkadeMinuten) {
    Inlogbeveiliging instellingen = instelling();
    GelijktijdigGewijzigd.controleer(versie, instellingen.getVersie(), "De inlogbeveiliging");
    instellingen.wijzig(pogingenPerAccount, pogingenPerAdres, vensterMinuten, blokkadeMinuten);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new GelijktijdigGewijzigd("De inlogbeveiliging");
    }
    LOG.info(() -> "Inlogbeveiliging gewijzigd door " + door);
    return Inlogoverzicht.Instellingen.van(instellingen);
  }
}
