package nl.zvh.web.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.regie.cijfers.Cel;
import nl.zvh.regie.cijfers.Cijferdienst;
import nl.zvh.regie.cijfers.Managementcijfers;
import nl.zvh.regie.cijfers.Managementinformatie;
import nl.zvh.web.gedeeld.Berichten;
import nl.zvh.web.gedeeld.Bestandsdownload;

/**
 * The manager's figures over a period (the last twelve months unless chosen): charts of counts with
 * the same figures in tables next to them, and the CSV of the period shown. The figures come with
 * small counts already hidden; this page only puts them into words.
 */
@Named
@ViewScoped
public class Cijfers implements Serializable {

  @Inject private Managementinformatie informatie;
  @Inject private Berichten berichten;
  @Inject private Bestandsdownload download;

  private LocalDate van;
  private LocalDate tot;
  private Managementcijfers cijfers;

  @PostConstruct
  void init() {
    Cijferdienst.Periode periode = informatie.standaardperiode();
    van = periode.van();
    tot = periode.tot();
    cijfers = informatie.cijfers(van, tot);
  }

  /** The figures of the period chosen; a wrong period is said next to its field. */
  public void toon() {
    berichten.voerUit(() -> cijfers = informatie.cijfers(van, tot), null, "periode");
  }

  /** The figures of the period chosen as a CSV file. */
  public void exporteer() throws IOException {
    if (berichten.voerUit(() -> cijfers = informatie.cijfers(van, tot), null, "periode")) {
      download.lever(
          Cijfercsv.bestandsnaam(cijfers),
          "text/csv",
          Cijfercsv.csv(cijfers, berichten::tekst).getBytes(StandardCharsets.UTF_8));
    }
  }

  public Managementcijfers getCijfers() {
    return cijfers;
  }

  public LocalDate getVan() {
    return van;
  }

  public void setVan(LocalDate van) {
    this.van = van;
  }

  public LocalDate getTot() {
    return tot;
  }

  public void setTot(LocalDate tot) {
    this.tot = tot;
  }

  /** "januari 2061". */
  public String maand(Managementcijfers.Maand maand) {
    return Cijferteksten.maand(maand.maand());
  }

  public String grafiekAanmeldingen() {
    return maandgrafiek(cijfers.aanmeldingenPerMaand(), "cijfers.aanmeldingen.maand");
  }

  public String grafiekGestart() {
    return maandgrafiek(cijfers.gestartPerMaand(), "cijfers.uitvoering.gestart");
  }

  public String grafiekRoutes() {
    return rijgrafiek(cijfers.triageroutes(), Cijferteksten.ROUTE, "cijfers.triage.routes");
  }

  public String grafiekAfsluitingen() {
    return rijgrafiek(cijfers.afsluitingen(), Cijferteksten.RESULTAAT, "cijfers.afsluitingen");
  }

  public String route(String sleutel) {
    return berichten.tekst(Cijferteksten.ROUTE + sleutel);
  }

  public String uitkomst(String sleutel) {
    return berichten.tekst(Cijferteksten.UITKOMST + sleutel);
  }

  public String doorloop(Managementcijfers.Doorloop soort) {
    return berichten.tekst(Cijferteksten.DOORLOOP + soort.name());
  }

  public String escalatie(String sleutel) {
    return berichten.tekst(Cijferteksten.ESCALATIE + sleutel);
  }

  public String opschaling(String sleutel) {
    return berichten.tekst(Cijferteksten.OPSCHALING + sleutel);
  }

  public String resultaat(String sleutel) {
    return berichten.tekst(Cijferteksten.RESULTAAT + sleutel);
  }

  /** The name of a chart (its canvas is an image), saying that the table holds its figures. */
  public String grafieklabel(String sleutel) {
    return berichten.tekst("cijfers.grafiek.label", berichten.tekst(sleutel));
  }

  private String maandgrafiek(List<Managementcijfers.Maand> maanden, String reeks) {
    return Cijfergrafiek.staaf(
        maanden.stream().map(m -> Cijferteksten.maand(m.maand())).toList(),
        maanden.stream().map(Managementcijfers.Maand::aantal).toList(),
        berichten.tekst(reeks),
        berichten.tekst("cijfers.aantal"));
  }

  private String rijgrafiek(List<Managementcijfers.Rij> rijen, String voorvoegsel, String reeks) {
    return Cijfergrafiek.staaf(
        rijen.stream().map(r -> berichten.tekst(voorvoegsel + r.sleutel())).toList(),
        rijen.stream().map(Managementcijfers.Rij::aantal).toList(),
        berichten.tekst(reeks),
        berichten.tekst("cijfers.aantal"));
  }

  /** The rule as the page explains it: "&lt; 5" below this many. */
  public int getDrempel() {
    return Cel.DREMPEL;
  }
}
