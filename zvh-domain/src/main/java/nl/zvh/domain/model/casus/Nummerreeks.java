package nl.zvh.domain.model.casus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The registration numbers of one year, without gaps: ZVH-2026-000001, ZVH-2026-000002, … The
 * service reads the row with a write lock, so two submissions never get the same number.
 */
@Entity
public class Nummerreeks {

  @Id private int jaar;

  @Column(name = "laatste", nullable = false)
  private int laatste;

  protected Nummerreeks() {}

  /** A new series that continues after the highest number already given in that year. */
  public Nummerreeks(int jaar, int laatste) {
    this.jaar = jaar;
    this.laatste = laatste;
  }

  public String volgende() {
    laatste++;
    return String.format("ZVH-%04d-%06d", jaar, laatste);
  }

  public int getJaar() {
    return jaar;
  }
}
