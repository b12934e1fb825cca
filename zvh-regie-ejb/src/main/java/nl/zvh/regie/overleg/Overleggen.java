package nl.zvh.regie.overleg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.regie.beveiliging.HuidigeGebruiker;

/**
 * The ICO and the plan van aanpak for the logged-in user: the procesregisseur plans, records and
 * establishes; partners see the overleggen of their cases, answer, prepare and read what was
 * established. The role is checked here, the rules and the policy in the services.
 */
@Stateless
@RolesAllowed({"PROCESREGISSEUR", "KETENPARTNER"})
public class Overleggen {

  @Inject private HuidigeGebruiker huidigeGebruiker;
  @Inject private Overlegdienst overleggen;
  @Inject private Verslagdienst verslagen;
  @Inject private Plandienst plannen;

  public Overleglijst vanCasus(long casusId) {
    return overleggen.overleggen(huidigeGebruiker.vereist(), casusId);
  }

  public OverlegWeergave lees(long overlegId) {
    return overleggen.lees(huidigeGebruiker.vereist(), overlegId);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public long plan(long casusId, Overlegplanning planning) {
    return overleggen.plan(huidigeGebruiker.vereist(), casusId, planning);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public void wijzig(long overlegId, long versie, Overlegplanning planning) {
    overleggen.wijzig(huidigeGebruiker.vereist(), overlegId, versie, planning);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public void annuleer(long overlegId, long versie, String reden) {
    overleggen.annuleer(huidigeGebruiker.vereist(), overlegId, versie, reden);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public void legVeiligheidVast(long overlegId, long versie, Veiligheidsinvoer invoer) {
    overleggen.legVeiligheidVast(huidigeGebruiker.vereist(), overlegId, versie, invoer);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public List<Persoonkeuze> uitTeNodigen(long casusId) {
    return overleggen.uitTeNodigen(huidigeGebruiker.vereist(), casusId);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public Optional<String> vervolgMet(long casusId) {
    return overleggen.vervolgMet(huidigeGebruiker.vereist(), casusId);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public List<Persoonkeuze> voorzitters() {
    return overleggen.voorzitters();
  }

  @RolesAllowed("KETENPARTNER")
  public void reageer(long overlegId, Genodigde.Reactie reactie) {
    overleggen.reageer(huidigeGebruiker.vereist(), overlegId, reactie);
  }

  @RolesAllowed("KETENPARTNER")
  public void meldVoorbereid(long overlegId) {
    overleggen.meldVoorbereid(huidigeGebruiker.vereist(), overlegId);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public long legAanwezigheidVast(
      long overlegId, long versie, Set<Long> aanwezig, boolean betrokkeneAanwezig) {
    return verslagen.legAanwezigheidVast(
        huidigeGebruiker.vereist(), overlegId, versie, aanwezig, betrokkeneAanwezig);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public long bewaarVerslag(long overlegId, long versie, String tekst) {
    return verslagen.bewaarVerslag(huidigeGebruiker.vereist(), overlegId, versie, tekst);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public long bewaarScores(long overlegId, long versie, List<Scoreinvoer> scores) {
    return verslagen.bewaarScores(huidigeGebruiker.vereist(), overlegId, versie, scores);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public long bewaarPlan(long casusId, long versie, Planinvoer invoer) {
    return plannen.bewaar(huidigeGebruiker.vereist(), casusId, versie, invoer);
  }

  @RolesAllowed("PROCESREGISSEUR")
  public void stelVast(long overlegId, long overlegVersie, long planVersie) {
    verslagen.stelVast(huidigeGebruiker.vereist(), overlegId, overlegVersie, planVersie);
  }

  /** The established verslag with its plan as PDF/A, for the archive; logged as an export. */
  public Verslagbestand verslagPdf(long overlegId) {
    return verslagen.pdf(huidigeGebruiker.vereist(), overlegId);
  }

  public PlanWeergave plan(long casusId) {
    return plannen.plan(huidigeGebruiker.vereist(), casusId);
  }

  public Zrmverloop verloop(long casusId) {
    return plannen.verloop(huidigeGebruiker.vereist(), casusId);
  }
}
