package nl.zvh.web.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.beheer.GelijktijdigGewijzigd;
import nl.zvh.regie.screening.UitvraagRegel;
import nl.zvh.regie.screening.Uitvraagfilter;
import nl.zvh.regie.screening.Uitvragen;
import nl.zvh.web.gedeeld.Berichten;

/**
 * The uitvragen of the user's organisation, and the form to answer one: information of the own
 * organisation (with its category and optionally a file), or no information, or cannot share.
 */
@Named
@ViewScoped
public class UitvragenBeantwoorden implements Serializable {

  @Inject private Uitvragen uitvragen;
  @Inject private Berichten berichten;

  private Uitvraagfilter filter;
  private List<UitvraagRegel> regels;
  private UitvraagRegel gekozen;
  private UitvraagAdres.Antwoord soort;
  private Informatiecategorie categorie;
  private String inhoud;
  private String reden;
  private Boolean metDeelnemers;
  private transient Part bestand;

  /** Reads the list once the filter of the address is set (all, open, or overdue). */
  public void laad() {
    regels = uitvragen.vanMijnOrganisatie(filter);
  }

  public void kies(UitvraagRegel regel, UitvraagAdres.Antwoord antwoord) {
    gekozen = regel;
    soort = antwoord;
  }

  public void annuleer() {
    gekozen = null;
    soort = null;
    categorie = null;
    inhoud = null;
    reden = null;
    metDeelnemers = null;
  }

  public void verstuur() {
    try {
      if (soort == UitvraagAdres.Antwoord.INFORMATIE_GEDEELD) {
        boolean compleet = true;
        if (categorie == null) {
          berichten.fout("antwoord:categorie", "uitvraag.categorie.verplicht");
          compleet = false;
        }
        if (metDeelnemers == null) {
          berichten.fout("antwoord:delen", "uitvraag.delen.verplicht");
          compleet = false;
        }
        if (!compleet) {
          return;
        }
        if (bestand != null && bestand.getSize() > Bijlage.MAX_BYTES) {
          berichten.fout("antwoord:bestand", "uitvraag.bestand.tegroot");
          return;
        }
        uitvragen.deelInformatie(
            gekozen.adresId(),
            gekozen.versie(),
            categorie,
            inhoud,
            bestandsnaam(),
            inhoud(bestand),
            metDeelnemers);
      } else {
        uitvragen.antwoordZonderInformatie(gekozen.adresId(), gekozen.versie(), soort, reden);
      }
      berichten.info("uitvraag.beantwoord", gekozen.nummer());
      annuleer();
      laad();
    } catch (GelijktijdigGewijzigd e) {
      berichten.weigering(e);
      annuleer();
      laad();
    } catch (DomeinRegelGeschonden | GeenToegang e) {
      berichten.weigering(e);
    } catch (IOException e) {
      berichten.fout("antwoord:bestand", "uitvraag.bestand.onleesbaar");
    }
  }

  private String bestandsnaam() {
    return bestand == null ? null : bestand.getSubmittedFileName();
  }

  private static byte[] inhoud(Part bestand) throws IOException {
    if (bestand == null || bestand.getSize() == 0) {
      return null;
    }
    try (InputStream in = bestand.getInputStream()) {
      return in.readAllBytes();
    }
  }

  public Uitvraagfilter getFilter() {
    return filter;
  }

  public void setFilter(Uitvraagfilter filter) {
    this.filter = filter;
  }

  public Uitvraagfilter[] getFilters() {
    return Uitvraagfilter.values();
  }

  public Boolean getMetDeelnemers() {
    return metDeelnemers;
  }

  public void setMetDeelnemers(Boolean metDeelnemers) {
    this.metDeelnemers = metDeelnemers;
  }

  public List<UitvraagRegel> getRegels() {
    return regels;
  }

  public UitvraagRegel getGekozen() {
    return gekozen;
  }

  public UitvraagAdres.Antwoord getSoort() {
    return soort;
  }

  public Informatiecategorie[] getCategorieen() {
    return Informatiecategorie.values();
  }

  public Informatiecategorie getCategorie() {
    return categorie;
  }

  public void setCategorie(Informatiecategorie categorie) {
    this.categorie = categorie;
  }

  public String getInhoud() {
    return inhoud;
  }

  public void setInhoud(String inhoud) {
    this.inhoud = inhoud;
  }

  public String getReden() {
    return reden;
  }

  public void setReden(String reden) {
    this.reden = reden;
  }

  public Part getBestand() {
    return bestand;
  }

  public void setBestand(Part bestand) {
    this.bestand = bestand;
  }

  public int getMaxBijlage() {
    return Bijlage.MAX_BYTES;
  }

  public int getMaxInhoud() {
    return InformatieItem.MAX_INHOUD;
  }
}
