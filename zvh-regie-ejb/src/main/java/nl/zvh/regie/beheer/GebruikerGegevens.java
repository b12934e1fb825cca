package nl.zvh.regie.beheer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;

/**
 * A user as the beheer screens show and edit it, with the version that was read. The password is
 * never part of it: it is set through its own operation.
 */
public class GebruikerGegevens implements Serializable {

  private Long id;
  private long versie;

  @NotBlank(message = "{zvh.gebruiker.gebruikersnaam.verplicht}")
  @Pattern(
      regexp = Gebruiker.GEBRUIKERSNAAM_PATROON,
      message = "{zvh.gebruiker.gebruikersnaam.ongeldig}")
  private String gebruikersnaam;

  @NotBlank(message = "{zvh.gebruiker.naam.verplicht}")
  @Size(max = Gebruiker.MAX_NAAM, message = "{zvh.tekst.te.lang}")
  private String naam;

  @NotBlank(message = "{zvh.gebruiker.email.verplicht}")
  @Size(max = Gebruiker.MAX_EMAIL, message = "{zvh.tekst.te.lang}")
  @Email(regexp = Gebruiker.EMAIL_PATROON, message = "{zvh.gebruiker.email.ongeldig}")
  private String email;

  @NotNull(message = "{zvh.gebruiker.rol.verplicht}")
  private Rol rol;

  @NotNull(message = "{zvh.gebruiker.organisatie.verplicht}")
  private Long organisatieId;

  private String organisatieNaam;
  private boolean actief = true;

  public static GebruikerGegevens van(Gebruiker g) {
    GebruikerGegevens d = new GebruikerGegevens();
    d.id = g.getId();
    d.versie = g.getVersie();
    d.gebruikersnaam = g.getGebruikersnaam();
    d.naam = g.getNaam();
    d.email = g.getEmail();
    d.rol = g.getRol();
    d.organisatieId = g.getOrganisatie().getId();
    d.organisatieNaam = g.getOrganisatie().getNaam();
    d.actief = g.isActief();
    return d;
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

  public String getGebruikersnaam() {
    return gebruikersnaam;
  }

  public void setGebruikersnaam(String gebruikersnaam) {
    this.gebruikersnaam = gebruikersnaam;
  }

  public String getNaam() {
    return naam;
  }

  public void setNaam(String naam) {
    this.naam = naam;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Rol getRol() {
    return rol;
  }

  public void setRol(Rol rol) {
    this.rol = rol;
  }

  public Long getOrganisatieId() {
    return organisatieId;
  }

  public void setOrganisatieId(Long organisatieId) {
    this.organisatieId = organisatieId;
  }

  public String getOrganisatieNaam() {
    return organisatieNaam;
  }

  public boolean isActief() {
    return actief;
  }
}
