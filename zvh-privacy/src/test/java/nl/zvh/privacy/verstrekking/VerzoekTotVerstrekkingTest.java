package nl.zvh.privacy.verstrekking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.privacy.Actor;
import org.junit.jupiter.api.Test;

class VerzoekTotVerstrekkingTest {

  private static final Actor GGZ = new Actor("partner.ggz", Rol.KETENPARTNER, 3, "GGZ");
  private static final OffsetDateTime NU = OffsetDateTime.now();

  @Test
  void aRequestNeedsPurposeGroundAndNecessityAndIsDecidedOnceWithAMotivation() {
    assertThrows(DomeinRegelGeschonden.class, () -> verzoek(" ", "grond", "nodig"));
    assertThrows(DomeinRegelGeschonden.class, () -> verzoek("doel", "", "nodig"));
    assertThrows(DomeinRegelGeschonden.class, () -> verzoek("doel", "grond", null));

    VerzoekTotVerstrekking verzoek = verzoek("doel", "grond", "nodig");
    assertEquals(VerzoekStatus.INGEDIEND, verzoek.getStatus());
    assertThrows(DomeinRegelGeschonden.class, () -> verzoek.beoordeel(true, "privacy", " ", NU));
    assertEquals(VerzoekStatus.INGEDIEND, verzoek.getStatus());
    verzoek.beoordeel(false, "privacy", "Niet noodzakelijk", NU);
    assertEquals(VerzoekStatus.AFGEWEZEN, verzoek.getStatus());
    assertThrows(DomeinRegelGeschonden.class, () -> verzoek.beoordeel(true, "privacy", "toch", NU));
  }

  @Test
  void theSourceItselfNeedsNoRequest() {
    assertThrows(
        DomeinRegelGeschonden.class,
        () ->
            new VerzoekTotVerstrekking(1, 1, "ZVH-2026-000001", 3, "GGZ", GGZ, "d", "g", "n", NU));
  }

  private static VerzoekTotVerstrekking verzoek(String doel, String grondslag, String noodzaak) {
    return new VerzoekTotVerstrekking(
        1, 1, "ZVH-2026-000001", 2, "Politie", GGZ, doel, grondslag, noodzaak, NU);
  }
}
