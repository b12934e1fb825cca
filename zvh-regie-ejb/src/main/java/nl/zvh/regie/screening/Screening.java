package nl.zvh.regie.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.regie.aanmelding.Aanmeldingsdienst;
import nl.zvh.regie.aanmelding.PartnerKeuze;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;
import nl.zvh.regie.termijn.Termijnberekening;

/**
 * The procesregisseur's screening and triage, for the logged-in user: the role is checked here, the
 * rules and the policy in {@link Screeningsdienst} and {@link Triagedienst}.
 */
@Stateless
@RolesAllowed("PROCESREGISSEUR")
public class Screening {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Screeningsdienst screening;
  @Inject private Triagedienst triage;
  @Inject private Aanmeldingsdienst aanmeldingsdienst;
  @Inject private Termijnberekening termijnen;
  @Inject private Clock klok;

  /** The convenant partners an uitvraag can go to. */
  public List<PartnerKeuze> partnerorganisaties() {
    return aanmeldingsdienst.partnerorganisaties();
  }

  public List<WerkvoorraadRegel> werkvoorraad() {
    return screening.werkvoorraad(huidigeGebruiker.vereist());
  }

  public List<WerkvoorraadRegel> werkvoorraad(Werkvoorraadfilter filter) {
    return screening.werkvoorraad(huidigeGebruiker.vereist(), filter);
  }

  public Screeningsstatus status(long casusId) {
    return screening.status(huidigeGebruiker.vereist(), casusId);
  }

  public void legContactVast(long casusId, long versie, String notitie) {
    screening.legContactVast(huidigeGebruiker.vereist(), casusId, versie, notitie);
  }

  public void vraagAanvulling(long casusId, long versie, String watOntbreekt) {
    screening.vraagAanvulling(huidigeGebruiker.vereist(), casusId, versie, watOntbreekt);
  }

  public void agendeer(long casusId, long versie) {
    screening.agendeer(huidigeGebruiker.vereist(), casusId, versie);
  }

  public void stuurUitvraag(
      long casusId,
      long versie,
      List<Long> organisaties,
      String vraag,
      String doel,
      LocalDate voor) {
    screening.stuurUitvraag(
        huidigeGebruiker.vereist(), casusId, versie, organisaties, vraag, doel, voor);
  }

  /** The coming triage date (today when it is triage day), by the settings. */
  public LocalDate eerstvolgendeTriagedatum() {
    return termijnen.eerstvolgendeTriage(LocalDate.now(klok));
  }

  public TriageAgenda agenda(LocalDate datum) {
    return triage.agenda(huidigeGebruiker.vereist(), datum);
  }

  public void verschuif(LocalDate datum, long versie, long casusId, boolean omhoog) {
    triage.verschuif(huidigeGebruiker.vereist(), datum, versie, casusId, omhoog);
  }

  public void voegToe(LocalDate datum, long versie, String nummer) {
    triage.voegToe(huidigeGebruiker.vereist(), datum, versie, nummer);
  }

  public void verzetNaarVolgendeWeek(
      LocalDate datum, long casusId, long casusVersie, String reden) {
    triage.verzetNaarVolgendeWeek(huidigeGebruiker.vereist(), datum, casusId, casusVersie, reden);
  }

  public void legDeelnemersVast(LocalDate datum, long versie, List<String> deelnemers) {
    triage.legDeelnemersVast(huidigeGebruiker.vereist(), datum, versie, deelnemers);
  }

  public void besluit(
      long casusId,
      long casusVersie,
      Triagebesluit.Uitkomst uitkomst,
      Triagebesluit.Route route,
      String overlegtafel,
      String motivering,
      LocalDate datum) {
    triage.besluit(
        huidigeGebruiker.vereist(),
        casusId,
        casusVersie,
        uitkomst,
        route,
        overlegtafel,
        motivering,
        datum);
  }

  public String exporteer(LocalDate datum) {
    return triage.exporteer(huidigeGebruiker.vereist(), datum);
  }
}
