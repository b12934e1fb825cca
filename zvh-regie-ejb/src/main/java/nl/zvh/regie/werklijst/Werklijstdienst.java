package nl.zvh.regie.werklijst;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.Pagina;

/**
 * The work behind {@link Werklijsten}, for an explicit actor (see the package-info of {@code
 * nl.zvh.regie}).
 */
@ApplicationScoped
@Transactional
public class Werklijstdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  /**
   * A page of the actiepunten of the actor's organisation or assigned to the actor, in the cases
   * the organisation takes part in today: read through the gate, one record per betrokkene of the
   * cases on the page.
   */
  public Pagina<ActiepuntRegel> actiepunten(Actor actor, Actiepuntvraag vraag) {
    LocalDate vandaag = LocalDate.now(klok);
    Actiepuntenlijst lijst = new Actiepuntenlijst(em);
    Actiepuntenlijst.Reikwijdte reikwijdte = reikwijdte(actor, vandaag);
    return poort.verwerkLijst(
        actor,
        Handeling.ACTIEPUNTEN_LIJST,
        () -> lijst.zoek(reikwijdte, vraag).getResultList(),
        (punten, log) -> {
          // Several actiepunten of one case: its betrokkenen once.
          log.betreftIds(
              punten.stream()
                  .map(a -> a.getPlan().getCasus())
                  .distinct()
                  .flatMap(c -> c.getBetrokkenen().stream())
                  .map(Betrokkene::getId)
                  .toList());
          return new Pagina<>(
              punten.stream()
                  .map(a -> ActiepuntRegel.van(a, actor.gebruikersnaam(), vandaag))
                  .toList(),
              lijst.tel(reikwijdte, vraag));
        });
  }

  /** How many actiepunten the question finds on all pages; a count, no personal data. */
  public long tel(Actor actor, Actiepuntvraag vraag) {
    return new Actiepuntenlijst(em).tel(reikwijdte(actor, LocalDate.now(klok)), vraag);
  }

  static Actiepuntenlijst.Reikwijdte reikwijdte(Actor actor, LocalDate vandaag) {
    return new Actiepuntenlijst.Reikwijdte(actor.organisatieId(), actor.gebruikersnaam(), vandaag);
  }
}
