package nl.zvh.privacy.logboek;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the chain: the last number and hash. Writers lock this one row, so records get
 * consecutive numbers and each links to the one before, also with several portal instances.
 */
@Entity
@Table(name = "verwerkingslog_kop")
public class Logkop {

  static final int ENIGE = 1;

  @Id private int id;

  @Column(name = "laatste_volgnummer", nullable = false)
  private long laatsteVolgnummer;

  @Column(name = "laatste_hash", nullable = false, length = 64)
  private String laatsteHash;

  protected Logkop() {}

  void schuifOp(Verwerkingsregel regel) {
    this.laatsteVolgnummer = regel.getVolgnummer();
    this.laatsteHash = regel.getHash();
  }

  long getLaatsteVolgnummer() {
    return laatsteVolgnummer;
  }

  String getLaatsteHash() {
    return laatsteHash;
  }
}
