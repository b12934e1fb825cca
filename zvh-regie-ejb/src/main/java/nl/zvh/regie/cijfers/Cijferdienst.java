package nl.zvh.regie.cijfers;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;

/**
 * The manager's figures, through the Verwerkingspoort: the policy decides who sees them, and the
 * viewing is logged like any other handeling (the figures hold no personal data).
 */
@ApplicationScoped
@Transactional
public class Cijferdienst {

  /** The longest period asked at once: ten years of months. */
  static final long MAX_JAREN = 10;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  /** The default period: the last twelve months, this month included, up to today. */
  public Periode standaardperiode() {
    LocalDate vandaag = LocalDate.now(klok);
    return new Periode(vandaag.withDayOfMonth(1).minusMonths(11), vandaag);
  }

  public Managementcijfers cijfers(Actor actor, LocalDate van, LocalDate tot) {
    vereis(van != null, "van", "Vul de begindatum in.");
    vereis(tot != null, "tot", "Vul de einddatum in.");
    vereis(!tot.isBefore(van), "tot", "De einddatum ligt voor de begindatum.");
    vereis(
        ChronoUnit.YEARS.between(van, tot) < MAX_JAREN,
        "van",
        "Kies een periode van ten hoogste " + MAX_JAREN + " jaar.");
    return poort.verwerk(
        actor,
        Handeling.MANAGEMENTCIJFERS,
        (niets, log) -> new Cijferberekening(em, klok).bereken(van, tot));
  }

  /** A period of figures: from and to, both days included. */
  public record Periode(LocalDate van, LocalDate tot) implements Serializable {}
}
