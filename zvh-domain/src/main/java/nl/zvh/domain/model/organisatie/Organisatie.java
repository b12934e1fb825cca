package nl.zvh.domain.model.organisatie;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;
import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A partner organisation. It may take part in cases while it is a member of the convenant: from
 * {@code convenantLidVanaf} up to and including {@code convenantLidTot} (open-ended when empty).
 */
@Entity
@NamedQuery(name = "Organisatie.findAll", query = "select o from Organisatie o order by o.naam")
@NamedQuery(
    name = "Organisatie.findByNaam",
    query = "select o from Organisatie o where lower(o.naam) = lower(:naam)")
public class Organisatie {

  public static final int MAX_NAAM = 200;

  @Id
  @SequenceGenerator(
      name = "organisatie_seq",
      sequenceName = "organisatie_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisatie_seq")
  private Long id;

  @Version private long versie;

  @Column(nullable = false, length = MAX_NAAM)
  private String naam;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private OrganisatieType type;

  @Column(name = "convenant_lid_vanaf", nullable = false)
  private LocalDate convenantLidVanaf;

  @Column(name = "convenant_lid_tot")
  private LocalDate convenantLidTot;

  protected Organisatie() {}

  public Organisatie(
      String naam, OrganisatieType type, LocalDate convenantLidVanaf, LocalDate convenantLidTot) {
    wijzig(naam, type, convenantLidVanaf, convenantLidTot);
  }

  /** Changes all fields at once, so the membership period is checked as a whole. */
  public final void wijzig(
      String naam, OrganisatieType type, LocalDate convenantLidVanaf, LocalDate convenantLidTot) {
    String schoon = verplicht(naam, "De naam van de organisatie is verplicht.");
    vereis(schoon.length() <= MAX_NAAM, "De naam is te lang (ten hoogste 200 tekens).");
    vereis(type != null, "Het type organisatie is verplicht.");
    vereis(convenantLidVanaf != null, "De datum 'convenantlid vanaf' is verplicht.");
    vereis(
        convenantLidTot == null || !convenantLidTot.isBefore(convenantLidVanaf),
        "'Convenantlid tot' ligt vóór 'convenantlid vanaf'.");
    this.naam = schoon;
    this.type = type;
    this.convenantLidVanaf = convenantLidVanaf;
    this.convenantLidTot = convenantLidTot;
  }

  /** Whether the organisation is a member of the convenant on the given day. */
  public boolean isConvenantLidOp(LocalDate dag) {
    Objects.requireNonNull(dag);
    return !dag.isBefore(convenantLidVanaf)
        && (convenantLidTot == null || !dag.isAfter(convenantLidTot));
  }

  public boolean isZvh() {
    return type == OrganisatieType.ZVH;
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

  public OrganisatieType getType() {
    return type;
  }

  public LocalDate getConvenantLidVanaf() {
    return convenantLidVanaf;
  }

  public LocalDate getConvenantLidTot() {
    return convenantLidTot;
  }
}
