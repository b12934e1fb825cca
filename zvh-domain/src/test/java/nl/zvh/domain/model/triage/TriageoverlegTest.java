package nl.zvh.domain.model.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import org.junit.jupiter.api.Test;

class TriageoverlegTest {

  private final Organisatie politie =
      new Organisatie("Politie", OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null);
  private final Triageoverleg overleg = new Triageoverleg(LocalDate.of(2026, 11, 24));

  @Test
  void theAgendaKeepsTheOrderTheProcesregisseurSets() {
    Casus a = casus(1);
    Casus b = casus(2);
    Casus c = casus(3);
    overleg.zetOpAgenda(a);
    overleg.zetOpAgenda(b);
    overleg.zetOpAgenda(c);
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.zetOpAgenda(b), "once");

    overleg.verschuif(3, true);
    assertEquals(List.of(a, c, b), volgorde());
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.verschuif(1, true), "already first");
    overleg.haalVanAgenda(1);
    assertEquals(List.of(c, b), volgorde());
    assertThrows(DomeinRegelGeschonden.class, () -> overleg.haalVanAgenda(1));
  }

  @Test
  void theParticipantsAreRecordedWithoutBlanks() {
    overleg.legDeelnemersVast(List.of("Rita Regisseur (ZVH)", " ", " Piet (Politie) "));
    assertEquals(List.of("Rita Regisseur (ZVH)", "Piet (Politie)"), overleg.getDeelnemers());
  }

  private List<Casus> volgorde() {
    return overleg.getAgenda().stream().map(Agendapunt::getCasus).toList();
  }

  private Casus casus(long id) {
    Casus casus =
        new Casus(politie, "agent", OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC));
    try {
      Field veld = Casus.class.getDeclaredField("id");
      veld.setAccessible(true);
      veld.set(casus, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return casus;
  }
}
