package nl.zvh.web.beheer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.termijn.BesluitFeestdag;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.beheer.OngeldigeInvoer;
import nl.zvh.regie.termijn.TermijnBeheer;
import nl.zvh.regie.termijn.TermijnGegevens;
import nl.zvh.web.gedeeld.Berichten;

/** The triage settings and the list of decree holidays. */
@Named
@ViewScoped
public class TermijnenBeheren implements Serializable {

  private static final DateTimeFormatter DAG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

  @Inject private TermijnBeheer beheer;
  @Inject private Berichten berichten;

  private TermijnGegevens instellingen;
  private List<TermijnBeheer.Feestdag> feestdagen;

  @NotNull(message = "{zvh.feestdag.datum.verplicht}")
  private LocalDate datum;

  @NotBlank(message = "{zvh.feestdag.omschrijving.verplicht}")
  @Size(max = BesluitFeestdag.MAX_OMSCHRIJVING, message = "{zvh.tekst.te.lang}")
  private String omschrijving;

  @PostConstruct
  void laad() {
    instellingen = beheer.lees();
    feestdagen = beheer.feestdagen();
  }

  public void bewaar() {
    try {
      instellingen = beheer.bewaar(instellingen);
      berichten.info("termijnen.bewaard");
    } catch (GelijktijdigGewijzigd e) {
      berichten.weigering(e);
      instellingen = beheer.lees();
    } catch (DomeinRegelGeschonden | OngeldigeInvoer e) {
      berichten.weigering(e);
    }
  }

  public void voegToe() {
    try {
      beheer.voegFeestdagToe(datum, omschrijving);
      berichten.info("termijnen.feestdag.toegevoegd");
      datum = null;
      omschrijving = null;
      feestdagen = beheer.feestdagen();
    } catch (DomeinRegelGeschonden e) {
      berichten.weigering(e);
    }
  }

  public void verwijder(LocalDate dag) {
    beheer.verwijderFeestdag(dag);
    berichten.info("termijnen.feestdag.verwijderd", DAG.format(dag));
    feestdagen = beheer.feestdagen();
  }

  /** What removing this day means, naming it: asked before it is removed. */
  public String verwijderingsvraag(TermijnBeheer.Feestdag feestdag) {
    return berichten.tekst(
        "termijnen.verwijderen.vraag", DAG.format(feestdag.datum()), feestdag.omschrijving());
  }

  public DayOfWeek[] getDagen() {
    return DayOfWeek.values();
  }

  public TermijnGegevens getInstellingen() {
    return instellingen;
  }

  public List<TermijnBeheer.Feestdag> getFeestdagen() {
    return feestdagen;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public void setDatum(LocalDate datum) {
    this.datum = datum;
  }

  public String getOmschrijving() {
    return omschrijving;
  }

  public void setOmschrijving(String omschrijving) {
    this.omschrijving = omschrijving;
  }
}
