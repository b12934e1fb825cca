package nl.zvh.domain.model.procesregie;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * The settings of procesregie that a beheerder keeps: after how many days without recorded contact
 * with the casusregisseur a case needs attention, and after how many days a closed case gets a
 * follow-up check (none when empty). Neither is a national rule; the seeds name none. One row.
 */
@Entity
@Table(name = "procesregie_instellingen")
public class Regieinstellingen {

  /** The id of the one row. */
  public static final int ENIGE = 1;

  public static final int MAX_CONTACTTERMIJN = 365;
  public static final int MAX_NAZORGTERMIJN = 730;

  @Id private int id;

  @Version private long versie;

  @Column(name = "contacttermijn_dagen", nullable = false)
  private int contacttermijnDagen;

  @Column(name = "nazorg_na_dagen")
  private Integer nazorgNaDagen;

  protected Regieinstellingen() {}

  public void wijzig(Integer contacttermijnDagen, Integer nazorgNaDagen) {
    vereis(
        contacttermijnDagen != null,
        "contacttermijnDagen",
        "Vul het aantal dagen zonder contact in.");
    vereis(
        contacttermijnDagen >= 1 && contacttermijnDagen <= MAX_CONTACTTERMIJN,
        "contacttermijnDagen",
        "Kies 1 tot en met " + MAX_CONTACTTERMIJN + " dagen.");
    vereis(
        nazorgNaDagen == null || nazorgNaDagen >= 1 && nazorgNaDagen <= MAX_NAZORGTERMIJN,
        "nazorgNaDagen",
        "Kies 1 tot en met " + MAX_NAZORGTERMIJN + " dagen, of laat het leeg.");
    this.contacttermijnDagen = contacttermijnDagen;
    this.nazorgNaDagen = nazorgNaDagen;
  }

  public long getVersie() {
    return versie;
  }

  public int getContacttermijnDagen() {
    return contacttermijnDagen;
  }

  public Optional<Integer> getNazorgNaDagen() {
    return Optional.ofNullable(nazorgNaDagen);
  }
}
