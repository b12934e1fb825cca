package nl.zvh.domain.model.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import org.junit.jupiter.api.Test;

class DeelnameEnInformatieTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate VANDAAG = NU.toLocalDate();

  private final Organisatie politie = organisatie(2, OrganisatieType.POLITIE);
  private final Organisatie ggz = organisatie(3, OrganisatieType.GGZ);
  private final Casus casus = new Casus(politie, "agent", NU);

  @Test
  void theReferringOrganisationTakesPartFromTheStart() {
    assertTrue(casus.neemtDeel(politie.getId(), VANDAAG));
    assertFalse(casus.neemtDeel(ggz.getId(), VANDAAG));
  }

  @Test
  void anOrganisationTakesPartOnceAtATimeAndCanLeave() {
    casus.laatDeelnemen(ggz, VANDAAG);
    assertThrows(DomeinRegelGeschonden.class, () -> casus.laatDeelnemen(ggz, VANDAAG));
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.beeindigDeelname(ggz.getId(), VANDAAG.minusDays(1)));
    casus.beeindigDeelname(ggz.getId(), VANDAAG);
    assertFalse(casus.neemtDeel(ggz.getId(), VANDAAG.plusDays(1)));
    casus.laatDeelnemen(ggz, VANDAAG.plusDays(7));
    assertTrue(casus.neemtDeel(ggz.getId(), VANDAAG.plusDays(7)), "and join again later");
  }

  @Test
  void onlyAParticipantRecordsInformationAndOnlyOnceSharedCanItBeWithdrawn() {
    DomeinRegelGeschonden fout =
        assertThrows(
            DomeinRegelGeschonden.class,
            () ->
                casus.legInformatieVast(
                    ggz, null, Informatiecategorie.GEZONDHEID, "x", "arts", NU));
    assertEquals(
        "Alleen een deelnemende organisatie kan informatie in deze casus vastleggen.",
        fout.getMessage());

    InformatieItem item =
        casus.legInformatieVast(
            politie, null, Informatiecategorie.ALGEMEEN, " melding ", "agent", NU);
    assertEquals("melding", item.getInhoud());
    assertFalse(item.isGedeeld());
    assertThrows(DomeinRegelGeschonden.class, item::trekDelenIn);
    item.deelMetDeelnemers("agent", NU);
    assertThrows(DomeinRegelGeschonden.class, () -> item.deelMetDeelnemers("agent", NU));
    item.trekDelenIn();
    assertFalse(item.isGedeeld());
  }

  @Test
  void contentIsRequiredAndBounded() {
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> casus.legInformatieVast(politie, null, Informatiecategorie.ALGEMEEN, " ", "a", NU));
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            casus.legInformatieVast(
                politie, null, Informatiecategorie.ALGEMEEN, "x".repeat(10_001), "a", NU));
  }

  private static Organisatie organisatie(long id, OrganisatieType type) {
    Organisatie organisatie = new Organisatie(type.name(), type, LocalDate.of(2025, 3, 1), null);
    try {
      Field veld = Organisatie.class.getDeclaredField("id");
      veld.setAccessible(true);
      veld.set(organisatie, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return organisatie;
  }
}
