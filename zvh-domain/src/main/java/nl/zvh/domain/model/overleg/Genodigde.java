package nl.zvh.domain.model.overleg;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;

/**
 * A person of a partner organisation invited to an overleg: whether they come, whether their
 * organisation has prepared, and whether they were there.
 */
@Entity
@Table(name = "overleg_genodigde")
public class Genodigde {

  /** What the invitee answered. */
  public enum Reactie {
    GEEN_REACTIE,
    KOMT,
    KOMT_NIET
  }

  @Id
  @SequenceGenerator(
      name = "overleg_genodigde_seq",
      sequenceName = "overleg_genodigde_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overleg_genodigde_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "overleg_id", nullable = false, updatable = false)
  private Overleg overleg;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "gebruiker_id", nullable = false, updatable = false)
  private Gebruiker gebruiker;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisatie_id", nullable = false, updatable = false)
  private Organisatie organisatie;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Reactie reactie = Reactie.GEEN_REACTIE;

  @Column(name = "gereageerd_op")
  private OffsetDateTime gereageerdOp;

  @Column(name = "voorbereid_op")
  private OffsetDateTime voorbereidOp;

  @Column private Boolean aanwezig;

  protected Genodigde() {}

  Genodigde(Overleg overleg, Gebruiker gebruiker) {
    vereis(
        gebruiker != null
            && gebruiker.getRol() == Rol.KETENPARTNER
            && gebruiker.getOrganisatie() != null,
        "genodigden",
        "Alleen medewerkers van partnerorganisaties kunnen worden uitgenodigd.");
    vereis(
        gebruiker.isActief(),
        "genodigden",
        gebruiker.getNaam() + " heeft geen actief account en kan niet worden uitgenodigd.");
    this.overleg = overleg;
    this.gebruiker = gebruiker;
    this.organisatie = gebruiker.getOrganisatie();
  }

  void reageer(Reactie antwoord, OffsetDateTime tijdstip) {
    vereis(antwoord != null && antwoord != Reactie.GEEN_REACTIE, "Kies of u komt.");
    this.reactie = antwoord;
    this.gereageerdOp = tijdstip;
  }

  void meldVoorbereid(OffsetDateTime tijdstip) {
    this.voorbereidOp = tijdstip;
  }

  void legAanwezigheidVast(boolean wasAanwezig) {
    this.aanwezig = wasAanwezig;
  }

  public boolean isVan(long gebruikerId) {
    return gebruiker.getId() == gebruikerId;
  }

  public Long getId() {
    return id;
  }

  public Overleg getOverleg() {
    return overleg;
  }

  public Gebruiker getGebruiker() {
    return gebruiker;
  }

  public Organisatie getOrganisatie() {
    return organisatie;
  }

  public Reactie getReactie() {
    return reactie;
  }

  public Optional<OffsetDateTime> getGereageerdOp() {
    return Optional.ofNullable(gereageerdOp);
  }

  public Optional<OffsetDateTime> getVoorbereidOp() {
    return Optional.ofNullable(voorbereidOp);
  }

  /** Empty until the overleg is recorded. */
  public Optional<Boolean> getAanwezig() {
    return Optional.ofNullable(aanwezig);
  }
}
