package nl.zvh.domain.model.casus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A partner organisation the referrer proposes to invite, with the contact person there. In a
 * concept any part may still be missing; a submitted referral has all of them.
 */
@Embeddable
public class UitTeNodigenPartner {

  @ManyToOne
  @JoinColumn(name = "organisatie_id")
  private Organisatie organisatie;

  @Column(name = "contactpersoon", length = Aanmelding.MAX_KORT)
  private String contactpersoon;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "telefoon", length = 20)
  private String telefoon;

  protected UitTeNodigenPartner() {}

  public UitTeNodigenPartner(
      Organisatie organisatie, String contactpersoon, String email, String telefoon) {
    this.organisatie = organisatie;
    this.contactpersoon = Aanmelding.tekstOfNull(contactpersoon, Aanmelding.MAX_KORT);
    this.email = Aanmelding.tekstOfNull(email, 254);
    this.telefoon = Aanmelding.tekstOfNull(telefoon, 20);
  }

  boolean isVolledig() {
    return organisatie != null && contactpersoon != null && (email != null || telefoon != null);
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public String getContactpersoon() {
    return contactpersoon;
  }

  public String getEmail() {
    return email;
  }

  public String getTelefoon() {
    return telefoon;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UitTeNodigenPartner p
        && Objects.equals(organisatie, p.organisatie)
        && Objects.equals(contactpersoon, p.contactpersoon)
        && Objects.equals(email, p.email)
        && Objects.equals(telefoon, p.telefoon);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactpersoon, email, telefoon);
  }
}
