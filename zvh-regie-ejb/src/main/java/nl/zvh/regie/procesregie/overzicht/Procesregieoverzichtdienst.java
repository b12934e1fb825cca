package nl.zvh.regie.procesregie.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.procesregie.Regieinstellingen;
import nl.zvh.privacy.Actor;
import nl.zvh.privacy.Handeling;
import nl.zvh.privacy.Verwerkingspoort;
import nl.zvh.regie.aanmelding.Pagina;

/**
 * The work behind {@link Procesregieoverzicht}, for an explicit actor (see the package-info of
 * {@code nl.zvh.regie}). Every read goes through the Verwerkingspoort as {@link
 * Handeling#PROCESREGIE_OVERZICHT}: numbers, counts, dates and the casusregisseur's name, no
 * personal data of betrokkenen.
 */
@ApplicationScoped
@Transactional
public class Procesregieoverzichtdienst {

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Verwerkingspoort poort;
  @Inject private Clock klok;

  /** A page of the running cases, with the number of all that match. */
  public Pagina<Procesregieregel> pagina(Actor actor, Procesregievraag vraag) {
    return poort.verwerk(
        actor, Handeling.PROCESREGIE_OVERZICHT, (niets, log) -> lijst().zoek(vraag));
  }

  /** How many running cases match the question's filters. */
  public long tel(Actor actor, Procesregievraag vraag) {
    return poort.verwerk(
        actor, Handeling.PROCESREGIE_OVERZICHT, (niets, log) -> lijst().tel(vraag));
  }

  /** How many running cases need attention (for the start page). */
  public long aantalMetAandacht(Actor actor) {
    return tel(actor, Procesregievraag.telling(Aandachtfilter.AANDACHT, null));
  }

  /** The planned overleggen of the coming days. */
  public List<Komendoverleg> komendeOverleggen(Actor actor) {
    return poort.verwerk(
        actor, Handeling.PROCESREGIE_OVERZICHT, (niets, log) -> lijst().komendeOverleggen());
  }

  /** The follow-up checks due within the coming days (or overdue). */
  public List<Openstaandenazorg> openNazorg(Actor actor) {
    return poort.verwerk(
        actor, Handeling.PROCESREGIE_OVERZICHT, (niets, log) -> lijst().openNazorg());
  }

  /** The contact limit the beheerder set, in days, as the dashboard explains it. */
  public int contacttermijnDagen(Actor actor) {
    return poort.verwerk(actor, Handeling.PROCESREGIE_OVERZICHT, (niets, log) -> contacttermijn());
  }

  private int contacttermijn() {
    return em.find(Regieinstellingen.class, Regieinstellingen.ENIGE).getContacttermijnDagen();
  }

  private Procesregielijst lijst() {
    return new Procesregielijst(em, LocalDate.now(klok), contacttermijn());
  }
}
