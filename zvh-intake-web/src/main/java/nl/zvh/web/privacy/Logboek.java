package nl.zvh.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.logboek.Integriteitsrapport;
import nl.zvh.privacy.logboek.Verwerkingsactiviteit;
import nl.zvh.privacy.logboek.Verwerkingsregel;
import nl.zvh.privacy.logboek.Zoekresultaat;
import nl.zvh.privacy.logboek.Zoekvraag;
import nl.zvh.regie.beheer.OrganisatieGegevens;
import nl.zvh.regie.privacy.Privacytoezicht;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The processing log for the privacy officer: search by betrokkene (BSN), user, organisation,
 * activity and period, a page at a time from the database, and the integrity check.
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
  private int pagina;
  private transient Zoekresultaat resultaat;
  private Integriteitsrapport rapport;
  private List<OrganisatieGegevens> organisaties;
  private List<Verwerkingsactiviteit> register;

  @PostConstruct
  void init() {
    organisaties = toezicht.organisaties();
    register = toezicht.register();
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
      pagina = 0;
      resultaat = null;
    } catch (DomeinRegelGeschonden e) {
      berichten.fout("zoeken:bsn", "logboek.bsn.ongeldig");
    }
  }

  public void controleer() {
    rapport = toezicht.controleerIntegriteit();
  }

  public void volgende() {
    if (isVolgendeMogelijk()) {
      pagina++;
      resultaat = null;
    }
  }

  public void vorige() {
    if (pagina > 0) {
      pagina--;
      resultaat = null;
    }
  }

  private Zoekresultaat resultaat() {
    if (resultaat == null) {
      resultaat = toezicht.zoek(vraag, pagina * PER_PAGINA, PER_PAGINA);
    }
    return resultaat;
  }

  public List<Verwerkingsregel> getRegels() {
    return resultaat().regels();
  }

  public long getTotaal() {
    return resultaat().totaal();
  }

  public int getPaginanummer() {
    return pagina + 1;
  }

  public long getAantalPaginas() {
    return Math.max(1, (getTotaal() + PER_PAGINA - 1) / PER_PAGINA);
  }

  public boolean isVolgendeMogelijk() {
    return getPaginanummer() < getAantalPaginas();
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
