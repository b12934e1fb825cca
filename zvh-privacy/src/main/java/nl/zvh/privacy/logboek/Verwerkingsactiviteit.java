package nl.zvh.privacy.logboek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * An entry of the register of processing activities (AVG art. 30): what the samenwerkingsverband
 * processes, why and on which legal ground. Log records refer to it by id and version.
 */
@Entity
@Table(name = "verwerkingsactiviteit")
@NamedQuery(
    name = "Verwerkingsactiviteit.findAll",
    query = "select a from Verwerkingsactiviteit a order by a.id")
public class Verwerkingsactiviteit implements Serializable {

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false)
  private int versie;

  @Column(nullable = false, length = 200)
  private String naam;

  @Column(nullable = false, length = 1000)
  private String doel;

  @Column(nullable = false, length = 500)
  private String grondslag;

  protected Verwerkingsactiviteit() {}

  public String getId() {
    return id;
  }

  public int getVersie() {
    return versie;
  }

  public String getNaam() {
    return naam;
  }

  public String getDoel() {
    return doel;
  }

  public String getGrondslag() {
    return grondslag;
  }
}
