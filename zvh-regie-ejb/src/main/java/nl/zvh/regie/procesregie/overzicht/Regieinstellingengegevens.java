package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;
import nl.zvh.domain.model.procesregie.Regieinstellingen;

/**
 * The settings of procesregie as the beheer form edits them, with the version it read (a change in
 * between is a conflict, not a lost update).
 */
public class Regieinstellingengegevens implements Serializable {

  private long versie;
  private Integer contacttermijnDagen;
  private Integer nazorgNaDagen;

  public static Regieinstellingengegevens van(Regieinstellingen instellingen) {
    Regieinstellingengegevens g = new Regieinstellingengegevens();
    g.versie = instellingen.getVersie();
    g.contacttermijnDagen = instellingen.getContacttermijnDagen();
    g.nazorgNaDagen = instellingen.getNazorgNaDagen().orElse(null);
    return g;
  }

  public long getVersie() {
    return versie;
  }

  public void setVersie(long versie) {
    this.versie = versie;
  }

  public Integer getContacttermijnDagen() {
    return contacttermijnDagen;
  }

  public void setContacttermijnDagen(Integer contacttermijnDagen) {
    this.contacttermijnDagen = contacttermijnDagen;
  }

  public Integer getNazorgNaDagen() {
    return nazorgNaDagen;
  }

  public void setNazorgNaDagen(Integer nazorgNaDagen) {
    this.nazorgNaDagen = nazorgNaDagen;
  }
}
