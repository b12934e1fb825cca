package nl.zvh.web.overleg;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.overleg.OverlegWeergave;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.Overlegplanning;
import nl.zvh.regie.overleg.Persoonkeuze;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * "Overleg plannen": a new overleg of a case ({@code ?casus=}), or a planned one changed ({@code
 * ?id=}): when, where, chair, agenda and invitees. Saving sends the invitations or their update.
 */
@Named
@ViewScoped
public class OverlegPlannen implements Serializable {

  private static final String FORMULIER = "planning";

  @Inject private Overleggen overleggen;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;

  private String casus;
  private String id;

  private Long casusId;
  private String casusnummer;
  private Long overlegId;
  private long versie;
  private List<Persoonkeuze> uitTeNodigen = List.of();
  private List<Persoonkeuze> voorzitters = List.of();
  private boolean gevonden;

  private LocalDate datum;
  private LocalTime begin;
  private LocalTime eind;
  private String locatie;
  private String vergaderlink;
  private Long voorzitterId;
  private String agenda;
  private List<Long> genodigden = new ArrayList<>();

  /** For a follow-up overleg of a case in uitvoering: the casusregisseur who must agree. */
  private String vervolgMet;

  private String heragenderingReden;
  private boolean akkoordCasusregisseur;

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    try {
      if (Adres.isId(id)) {
        OverlegWeergave o = overleggen.lees(Long.parseLong(id));
        if (!o.rechten().wijzigen()) {
          throw new GeenToegang("");
        }
        overlegId = o.id();
        versie = o.versie();
        casusId = o.casusId();
        casusnummer = o.casusnummer();
        datum = o.datum();
        begin = o.begin();
        eind = o.eind();
        locatie = o.locatie();
        vergaderlink = o.vergaderlink();
        voorzitterId = o.voorzitterId();
        agenda = o.agenda();
        genodigden = new ArrayList<>(o.genodigden().stream().map(g -> g.gebruikerId()).toList());
      } else if (Adres.isId(casus)
          && facesContext.getExternalContext().isUserInRole("PROCESREGISSEUR")) {
        casusId = Long.parseLong(casus);
        vervolgMet = overleggen.vervolgMet(casusId).orElse(null);
      } else {
        throw new GeenToegang("");
      }
      uitTeNodigen = overleggen.uitTeNodigen(casusId);
      voorzitters = overleggen.voorzitters();
      gevonden = true;
    } catch (GeenToegang e) {
      facesContext.getExternalContext().setResponseStatus(404);
    }
  }

  /** Plans or changes the overleg; on success to the overleg's page. */
  public String bewaar() {
    Overlegplanning planning =
        new Overlegplanning(
            datum,
            begin,
            eind,
            locatie,
            vergaderlink,
            voorzitterId,
            agenda,
            genodigden,
            heragenderingReden,
            akkoordCasusregisseur);
    Long[] nieuw = new Long[1];
    boolean gelukt =
        berichten.voerUit(
            () -> {
              if (overlegId == null) {
                nieuw[0] = overleggen.plan(casusId, planning);
              } else {
                overleggen.wijzig(overlegId, versie, planning);
                nieuw[0] = overlegId;
              }
            },
            null,
            FORMULIER);
    if (!gelukt) {
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    berichten.info(overlegId == null ? "overleg.gepland" : "overleg.gewijzigd");
    return "/casus/overleg.xhtml?faces-redirect=true&id=" + nieuw[0];
  }

  public boolean isNieuw() {
    return overlegId == null;
  }

  public boolean isGevonden() {
    return gevonden;
  }

  public Long getCasusId() {
    return casusId;
  }

  public String getCasusnummer() {
    return casusnummer;
  }

  public List<Persoonkeuze> getUitTeNodigen() {
    return uitTeNodigen;
  }

  public List<Persoonkeuze> getVoorzitters() {
    return voorzitters;
  }

  public String getCasus() {
    return casus;
  }

  public void setCasus(String casus) {
    this.casus = casus;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public void setDatum(LocalDate datum) {
    this.datum = datum;
  }

  public LocalTime getBegin() {
    return begin;
  }

  public void setBegin(LocalTime begin) {
    this.begin = begin;
  }

  public LocalTime getEind() {
    return eind;
  }

  public void setEind(LocalTime eind) {
    this.eind = eind;
  }

  public String getLocatie() {
    return locatie;
  }

  public void setLocatie(String locatie) {
    this.locatie = locatie;
  }

  public String getVergaderlink() {
    return vergaderlink;
  }

  public void setVergaderlink(String vergaderlink) {
    this.vergaderlink = vergaderlink;
  }

  public Long getVoorzitterId() {
    return voorzitterId;
  }

  public void setVoorzitterId(Long voorzitterId) {
    this.voorzitterId = voorzitterId;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  public List<Long> getGenodigden() {
    return genodigden;
  }

  public void setGenodigden(List<Long> genodigden) {
    this.genodigden = genodigden;
  }

  public String getVervolgMet() {
    return vervolgMet;
  }

  public String getHeragenderingReden() {
    return heragenderingReden;
  }

  public void setHeragenderingReden(String heragenderingReden) {
    this.heragenderingReden = heragenderingReden;
  }

  public boolean isAkkoordCasusregisseur() {
    return akkoordCasusregisseur;
  }

  public void setAkkoordCasusregisseur(boolean akkoordCasusregisseur) {
    this.akkoordCasusregisseur = akkoordCasusregisseur;
  }
}
