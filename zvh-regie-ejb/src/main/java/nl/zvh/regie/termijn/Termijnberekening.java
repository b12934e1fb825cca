package nl.zvh.regie.termijn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Collectors;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.termijn.BesluitFeestdag;
import nl.zvh.domain.model.termijn.Feestdagen;
import nl.zvh.domain.model.termijn.Termijninstellingen;
import nl.zvh.domain.model.termijn.Werkdagen;

/**
 * The dates of a referral under the current settings: the triage that discusses it and the day by
 * which the ZVH contacts the referrer. Read from the database on each call, so a change by the
 * beheerder counts at once on every portal instance.
 */
@ApplicationScoped
public class Termijnberekening {

  /** The ZVH contacts the referrer within five working days. */
  public static final int CONTACT_WERKDAGEN = 5;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  public Data voor(Instant ingediend) {
    Termijninstellingen instellingen =
        em.find(Termijninstellingen.class, Termijninstellingen.ENIGE);
    LocalDate dag = ingediend.atZone(Tijdzone.NEDERLAND).toLocalDate();
    return new Data(
        instellingen.planning().triagedatum(ingediend), werkdagen().na(dag, CONTACT_WERKDAGEN));
  }

  /** The first triage on or after that day, by the beheerder's setting of the triage day. */
  public LocalDate eerstvolgendeTriage(LocalDate vandaag) {
    Termijninstellingen instellingen =
        em.find(Termijninstellingen.class, Termijninstellingen.ENIGE);
    return vandaag.with(TemporalAdjusters.nextOrSame(instellingen.getTriagedag()));
  }

  public Werkdagen werkdagen() {
    return new Werkdagen(
        new Feestdagen(
            em.createNamedQuery("BesluitFeestdag.alle", BesluitFeestdag.class)
                .getResultStream()
                .map(BesluitFeestdag::getDatum)
                .collect(Collectors.toSet())));
  }

  /** The triage date and the contact deadline of one referral. */
  public record Data(LocalDate triagedatum, LocalDate contactUiterlijk) {}
}
