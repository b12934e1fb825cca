package nl.zvh.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One line of an established version of the plan, as it read then: a doel, an actiepunt or the
 * casusregisseur. Kept as words, so an old version reads the same after people and organisations
 * changed.
 */
@Embeddable
public class Planregel {

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** What the line is. */
  public enum Soort {
    DOEL,
    ACTIEPUNT,
    CASUSREGISSEUR
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Soort soort;

  /** The id of the doel or actiepunt (or person) the line was made from, to compare versions. */
  @Column(nullable = false)
  private long sleutel;

  @Column(nullable = false, length = Actiepunt.MAX_OMSCHRIJVING)
  private String omschrijving;

  @Column(length = 200)
  private String organisatie;

  @Column(length = 200)
  private String persoon;

  @Column private LocalDate deadline;

  @Column(length = 20)
  @Enumerated(EnumType.STRING)
  private Actiepuntstatus status;

  protected Planregel() {}

  Planregel(
      Soort soort,
      long sleutel,
      String omschrijving,
      String organisatie,
      String persoon,
      LocalDate deadline,
      Actiepuntstatus status) {
    this.soort = soort;
    this.sleutel = sleutel;
    this.omschrijving = omschrijving;
    this.organisatie = organisatie;
    this.persoon = persoon;
    this.deadline = deadline;
    this.status = status;
  }

  /** A copy for another version (an embeddable belongs to one collection). */
  Planregel kopie() {
    return new Planregel(soort, sleutel, omschrijving, organisatie, persoon, deadline, status);
  }

  boolean isZelfde(Planregel ander) {
    return soort == ander.soort && sleutel == ander.sleutel;
  }

  /**
   * Whether the plan says the same: the status of an actiepunt is not part of that. It moves as the
   * plan is carried out (the owner's reports, each recorded with who and when), so a report does
   * not make the plan a concept with changes; a version keeps the status as it was when
   * established.
   */
  boolean isGelijk(Planregel ander) {
    return isZelfde(ander)
        && omschrijving.equals(ander.omschrijving)
        && Objects.equals(organisatie, ander.organisatie)
        && Objects.equals(persoon, ander.persoon)
        && Objects.equals(deadline, ander.deadline);
  }

  /** The line in words, for the list of changes between versions. */
  String inWoorden() {
    return switch (soort) {
      case DOEL -> "doel '" + omschrijving + "'";
      case CASUSREGISSEUR -> "casusregisseur " + omschrijving + " (" + organisatie + ")";
      case ACTIEPUNT ->
          "actiepunt '"
              + omschrijving
              + "' ("
              + organisatie
              + (persoon == null ? "" : ", " + persoon)
              + ", gereed "
              + deadline.format(DATUM)
              + ", "
              + status.omschrijving()
              + ")";
    };
  }

  public Soort getSoort() {
    return soort;
  }

  /** The number of the doel or actiepunt, or the id of the person, the line was made from. */
  public long getSleutel() {
    return sleutel;
  }

  public String getOmschrijving() {
    return omschrijving;
  }

  public String getOrganisatie() {
    return organisatie;
  }

  public String getPersoon() {
    return persoon;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Actiepuntstatus getStatus() {
    return status;
  }
}
