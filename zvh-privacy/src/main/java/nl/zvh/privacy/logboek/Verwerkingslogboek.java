package nl.zvh.privacy.logboek;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The processing log as the services use it. Each registration runs in its own transaction, so the
 * record stays even when the work it describes fails and rolls back (then with status FOUT).
 */
@ApplicationScoped
public class Verwerkingslogboek {

  @PersistenceContext(unitName = "zvh-privacy")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "zvh.privacy.pseudoniemsleutel")
  private String sleutel;

  private Pseudoniemen pseudoniemen;

  @PostConstruct
  void init() {
    pseudoniemen = new Pseudoniemen(sleutel);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Verwerkingsregel> registreer(Verwerking verwerking) {
    return opslag().voegToe(verwerking);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Integriteitsrapport controleerIntegriteit() {
    return opslag().controleer();
  }

  /** One page of the records matching the question, newest first, and the total count. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Zoekresultaat zoek(Zoekvraag vraag, int eerste, int aantal) {
    Map<String, Object> parameters = new HashMap<>();
    List<String> voorwaarden = new ArrayList<>();
    if (vraag.betrokkenen() != null) {
      if (vraag.betrokkenen().isEmpty()) {
        return new Zoekresultaat(List.of(), 0);
      }
      voorwaarden.add("r.betrokkenePseudoniem in :pseudoniemen");
      parameters.put("pseudoniemen", vraag.betrokkenen().stream().map(pseudoniemen::van).toList());
    }
    if (vraag.gebruiker() != null) {
      voorwaarden.add("r.gebruiker = :gebruiker");
      parameters.put("gebruiker", vraag.gebruiker());
    }
    if (vraag.organisatieId() != null) {
      voorwaarden.add("r.namensOrganisatieId = :organisatie");
      parameters.put("organisatie", vraag.organisatieId());
    }
    if (vraag.activiteitId() != null) {
      voorwaarden.add("r.activiteitId = :activiteit");
      parameters.put("activiteit", vraag.activiteitId());
    }
    if (vraag.vanaf() != null) {
      voorwaarden.add("r.startTijd >= :vanaf");
      parameters.put("vanaf", vraag.vanaf().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (vraag.totEnMet() != null) {
      voorwaarden.add("r.startTijd < :tot");
      parameters.put("tot", vraag.totEnMet().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    String waar = voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);
    TypedQuery<Verwerkingsregel> regels =
        em.createQuery(
            "select r from Verwerkingsregel r" + waar + " order by r.volgnummer desc",
            Verwerkingsregel.class);
    TypedQuery<Long> telling =
        em.createQuery("select count(r) from Verwerkingsregel r" + waar, Long.class);
    parameters.forEach(
        (naam, waarde) -> {
          regels.setParameter(naam, waarde);
          telling.setParameter(naam, waarde);
        });
    return new Zoekresultaat(
        regels.setFirstResult(eerste).setMaxResults(aantal).getResultList(),
        telling.getSingleResult());
  }

  public List<Verwerkingsactiviteit> register() {
    return em.createNamedQuery("Verwerkingsactiviteit.findAll", Verwerkingsactiviteit.class)
        .getResultList();
  }

  private LogboekOpslag opslag() {
    return new LogboekOpslag(em, pseudoniemen);
  }
}
