package nl.zvh.regie.beheer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;

/** An organisation as the beheer screens show and edit it, with the version that was read. */
public class OrganisatieGegevens implements Serializable {

  private Long id;
  private long versie;

  @NotBlank(message = "{zvh.organisatie.naam.verplicht}")
  @Size(max = Organisatie.MAX_NAAM, message = "{zvh.tekst.te.lang}")
  private String naam;

  @NotNull(message = "{zvh.organisatie.type.verplicht}")
  private OrganisatieType type;

  @NotNull(message = "{zvh.organisatie.vanaf.verplicht}")
  private LocalDate convenantLidVanaf;

  private LocalDate convenantLidTot;

  public static OrganisatieGegevens van(Organisatie o) {
    OrganisatieGegevens g = new OrganisatieGegevens();
    g.id = o.getId();
    g.versie = o.getVersie();
    g.naam = o.getNaam();
    g.type = o.getType();
    g.convenantLidVanaf = o.getConvenantLidVanaf();
    g.convenantLidTot = o.getConvenantLidTot();
    return g;
  }

  @AssertTrue(message = "{zvh.organisatie.periode.ongeldig}")
  public boolean isPeriodeGeldig() {
    return convenantLidVanaf == null
        || convenantLidTot == null
        || !convenantLidTot.isBefore(convenantLidVanaf);
  }

  public boolean isNieuw() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public OrganisatieType getType() {
    return type;
  }

  public void setType(OrganisatieType type) {
    this.type = type;
  }

  public LocalDate getConvenantLidVanaf() {
    return convenantLidVanaf;
  }

  public void setConvenantLidVanaf(LocalDate convenantLidVanaf) {
    this.convenantLidVanaf = convenantLidVanaf;
  }

  public LocalDate getConvenantLidTot() {
    return convenantLidTot;
  }

  public void setConvenantLidTot(LocalDate convenantLidTot) {
    this.convenantLidTot = convenantLidTot;
  }
}
