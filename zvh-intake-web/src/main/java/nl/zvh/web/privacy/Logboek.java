package nl.zvh.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Verwerkingsregel;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.privacy.Privacytoezicht;
import nl.zvh.web.gedeeld.Berichten;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The processing log for the privacy officer: search by betrokkene (BSN), user, organisation,
 * activity and period, a page at a time from the database (a lazy table), and the integrity check.
 * The activities are shown by their name in the register.
 */
@Named
@ViewScoped
public class Logboek implements Serializable {

  static final int PER_PAGINA = 25;

  @Inject private Privacytoezicht toezicht;
  @Inject private Berichten berichten;

  private String bsn;
  private String gebruiker;
  private Long organisatieId;
  private String activiteitId;
  private LocalDate vanaf;
  private LocalDate totEnMet;

  private Zoekvraag vraag;
  private Integriteitsrapport rapport;
  private List<OrganisatieGegevens> organisaties;
  private List<Verwerkingsactiviteit> register;
  private Map<String, String> activiteitnamen;
  private final Regels regels = new Regels();

  // The page last read, so that the count, the table and the heading ask the database once.
  private transient Zoekresultaat laatste;
  private transient Zoekvraag laatsteVraag;
  private transient int laatsteEerste = -1;

  @PostConstruct
  void init() {
    organisaties = toezicht.organisaties();
    register = toezicht.register();
    activiteitnamen =
        register.stream()
            .collect(
                Collectors.toMap(
                    Verwerkingsactiviteit::getId, Verwerkingsactiviteit::getNaam, (a, b) -> a));
    vraag = new Zoekvraag(null, null, null, null, null, null);
  }

  public void zoek() {
    try {
      List<Long> betrokkenen = leeg(bsn) ? null : toezicht.betrokkenenMetBsn(bsn.strip());
      vraag =
          new Zoekvraag(
              betrokkenen,
              leeg(gebruiker) ? null : gebruiker.strip(),
              organisatieId,
              activiteitId,
              vanaf,
              totEnMet);
      laatste = null;
    } catch (DomeinRegelGeschonden e) {
      berichten.fout("zoeken:bsn", "logboek.bsn.ongeldig");
    }
  }

  public void controleer() {
    rapport = toezicht.controleerIntegriteit();
  }

  private Zoekresultaat pagina(int eerste, int aantal) {
    if (laatste == null || !Objects.equals(laatsteVraag, vraag) || laatsteEerste != eerste) {
      laatste = toezicht.zoek(vraag, eerste, aantal);
      laatsteVraag = vraag;
      laatsteEerste = eerste;
    }
    return laatste;
  }

  /** The records of the search, a page at a time from the database. */
  public Regels getRegels() {
    return regels;
  }

  public long getTotaal() {
    return laatste != null && Objects.equals(laatsteVraag, vraag)
        ? laatste.totaal()
        : pagina(0, PER_PAGINA).totaal();
  }

  public int getPerPagina() {
    return PER_PAGINA;
  }

  /** The name of an activity in the register ("Triage"); its id if the register lacks it. */
  public String activiteit(String id) {
    return activiteitnamen.getOrDefault(id, id);
  }

  /** The start of a pseudonym, enough to tell records apart in a row. */
  public String kort(String pseudoniem) {
    return pseudoniem == null || pseudoniem.length() <= 10
        ? pseudoniem
        : pseudoniem.substring(0, 10) + "\u2026";
  }

  /** The lazy model PrimeFaces pages through: each page is one query. */
  public class Regels extends LazyDataModel<Verwerkingsregel> {

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) getTotaal();
    }

    @Override
    public List<Verwerkingsregel> load(
        int eerste, int aantal, Map<String, SortMeta> sortering, Map<String, FilterMeta> filters) {
      Zoekresultaat pagina = pagina(eerste, aantal);
      setRowCount((int) pagina.totaal());
      return pagina.regels();
    }

    @Override
    public String getRowKey(Verwerkingsregel regel) {
      return String.valueOf(regel.getVolgnummer());
    }

    @Override
    public Verwerkingsregel getRowData(String sleutel) {
      Function<Verwerkingsregel, String> sleutelVan = this::getRowKey;
      return laatste == null
          ? null
          : laatste.regels().stream()
              .filter(r -> sleutelVan.apply(r).equals(sleutel))
              .findFirst()
              .orElse(null);
    }
  }

  private static boolean leeg(String tekst) {
    return tekst == null || tekst.isBlank();
  }

  public Integriteitsrapport getRapport() {
    return rapport;
  }

  public List<OrganisatieGegevens> getOrganisaties() {
    return organisaties;
  }

  public List<Verwerkingsactiviteit> getRegister() {
    return register;
  }

  public String getBsn() {
    return bsn;
  }

  public void setBsn(String bsn) {
    this.bsn = bsn;
  }

  public String getGebruiker() {
    return gebruiker;
  }

  public void setGebruiker(String gebruiker) {
    this.gebruiker = gebruiker;
  }

  public Long getOrganisatieId() {
    return organisatieId;
  }

  public void setOrganisatieId(Long organisatieId) {
    this.organisatieId = organisatieId;
  }

  public String getActiviteitId() {
    return activiteitId;
  }

  public void setActiviteitId(String activiteitId) {
    this.activiteitId = activiteitId;
  }

  public LocalDate getVanaf() {
    return vanaf;
  }

  public void setVanaf(LocalDate vanaf) {
    this.vanaf = vanaf;
  }

  public LocalDate getTotEnMet() {
    return totEnMet;
  }

  public void setTotEnMet(LocalDate totEnMet) {
    this.totEnMet = totEnMet;
  }
}
