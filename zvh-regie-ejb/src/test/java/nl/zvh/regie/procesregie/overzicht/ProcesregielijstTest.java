package nl.zvh.regie.procesregie.overzicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import nl.zvh.regie.aanmelding.Pagina;
import nl.zvh.regie.gedeeld.GedeeldeTestdatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's queries on each database, with a fixed day: four cases of this test (found by
 * their numbers, the shared database holds others) that each need a different kind of attention, or
 * none; counts, filters, order, paging and the contact limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcesregielijstTest {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2046, 3, 10, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final LocalDate VANDAAG = NU.toLocalDate();
  private static final int TERMIJN = 28;

  @BeforeAll
  void vul() {
    for (TestDatabase.Soort soort : TestDatabase.Soort.values()) {
      GedeeldeTestdatabase.van(soort).<Object>inTransactie("zvh", em -> vul(em, soort));
    }
  }

  /** The numbers of this test's cases on this database share a prefix no other test uses. */
  private static String prefix(TestDatabase.Soort soort) {
    return "ZVH-2046-8" + (soort.ordinal() + 1);
  }

  private static String nummer(TestDatabase.Soort soort, int i) {
    return prefix(soort) + "000" + i;
  }

  private static Object vul(EntityManager em, TestDatabase.Soort soort) {
    String s = soort.name().toLowerCase();
    Organisatie politie = Voorbeeldcasussen.politie("Politie Procesregie " + s);
    em.persist(politie);
    Gebruiker arts =
        gebruiker(em, "arts.procesregie." + s, "Anna Arts " + s, Rol.KETENPARTNER, politie);
    Gebruiker bart =
        gebruiker(em, "bart.procesregie." + s, "Bart Bos " + s, Rol.KETENPARTNER, politie);
    Gebruiker regisseur =
        gebruiker(em, "regie.procesregie." + s, "Rita " + s, Rol.PROCESREGISSEUR, politie);
    Gebruiker manager = gebruiker(em, "manager.procesregie." + s, "Mo " + s, Rol.MANAGER, politie);

    // 1: in uitvoering for 40 days, an actiepunt 3 days overdue, no contact, no overleg.
    Casus a = inUitvoering(em, politie, nummer(soort, 1), 40);
    PlanVanAanpak planA = plan(em, a, politie, arts, VANDAAG.minusDays(3), 40);
    // 2: nothing needs attention: recent contact, a future deadline, an overleg in a week.
    Casus b = inUitvoering(em, politie, nummer(soort, 2), 40);
    plan(em, b, politie, bart, VANDAAG.plusDays(10), 40);
    em.persist(
        new Contactmoment(
            b, bart, VANDAAG.minusDays(5), Contactmoment.Vorm.TELEFOON, null, "rita", NU));
    em.persist(overleg(b, 2, VANDAAG.plusDays(7), regisseur));
    // 3: in uitvoering for 10 days: an open signal, an open escalation, an opschaling past its
    // date.
    Casus c = inUitvoering(em, politie, nummer(soort, 3), 10);
    PlanVanAanpak planC = plan(em, c, politie, arts, VANDAAG.plusDays(10), 10);
    em.persist(Signaal.ontwikkeling(planC, "Er is iets veranderd.", arts, NU.minusDays(2)));
    em.persist(new Escalatie(planC, "Loopt vast.", null, List.of(), arts, NU.minusDays(2)));
    em.persist(
        new Opschaling(
            c,
            null,
            "Besluit?",
            "Vast.",
            "Alles.",
            VANDAAG.minusDays(1),
            manager,
            regisseur,
            NU.minusDays(5)));
    em.persist(overleg(c, 2, VANDAAG.plusDays(3), regisseur));
    // 4: taken on for an ICO, waiting for its first overleg: no plan, no casusregisseur.
    Casus d = Voorbeeldcasussen.ingediend(politie, politie, nummer(soort, 4), NU.minusDays(9));
    Voorbeeldcasussen.opgepaktVoorIco(d, NU.minusDays(2));
    em.persist(d);
    // An old contact with a casusregisseur who is no longer in function does not count.
    em.persist(
        new Contactmoment(
            a, bart, VANDAAG.minusDays(2), Contactmoment.Vorm.E_MAIL, "Oud", "rita", NU));
    em.flush();
    return planA.getId();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void eachCaseShowsWhatNeedsAttention(TestDatabase.Soort soort) {
    List<Procesregieregel> regels =
        pagina(soort, new Procesregievraag(null, prefix(soort), null, true, 0, 10)).rijen();
    assertEquals(
        List.of(nummer(soort, 1), nummer(soort, 2), nummer(soort, 3), nummer(soort, 4)),
        regels.stream().map(Procesregieregel::nummer).toList(),
        "by number by default");

    Procesregieregel a = regels.get(0);
    assertEquals(1, a.teLaat());
    assertEquals(VANDAAG.minusDays(3), a.oudsteDeadline());
    assertEquals("Anna Arts " + soort.name().toLowerCase(), a.casusregisseur());
    assertNull(a.laatsteContact(), "the contact with another casusregisseur does not count");
    assertEquals(40L, a.dagenZonderContact(), "since the case went in uitvoering");
    assertTrue(a.contactTeLang());
    assertNull(a.volgendOverleg());
    assertEquals(VANDAAG.minusDays(40), a.sinds());
    assertTrue(a.aandacht());

    Procesregieregel b = regels.get(1);
    assertEquals(0, b.teLaat());
    assertEquals(VANDAAG.minusDays(5), b.laatsteContact());
    assertEquals(5L, b.dagenZonderContact());
    assertFalse(b.contactTeLang());
    assertEquals(VANDAAG.plusDays(7), b.volgendOverleg());
    assertFalse(b.aandacht(), "nothing needs attention");

    Procesregieregel c = regels.get(2);
    assertEquals(List.of(1L, 1L, 1L), List.of(c.signalen(), c.escalaties(), c.opschalingen()));
    assertTrue(c.opschalingTeLaat());
    assertEquals(10L, c.dagenZonderContact());
    assertFalse(c.contactTeLang());

    Procesregieregel d = regels.get(3);
    assertNull(d.casusregisseur());
    assertNull(d.dagenZonderContact());
    assertFalse(d.contactTeLang());
    assertNull(d.volgendOverleg());
    assertTrue(d.aandacht(), "no overleg planned yet");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void theFiltersCountAndFindTheSameCases(TestDatabase.Soort soort) {
    assertGevonden(soort, Aandachtfilter.AANDACHT, 1, 3, 4);
    assertGevonden(soort, Aandachtfilter.TE_LAAT, 1);
    assertGevonden(soort, Aandachtfilter.SIGNALEN, 3);
    assertGevonden(soort, Aandachtfilter.ESCALATIES, 3);
    assertGevonden(soort, Aandachtfilter.OPSCHALINGEN, 3);
    assertGevonden(soort, Aandachtfilter.GEEN_OVERLEG, 1, 4);
    assertGevonden(soort, Aandachtfilter.CONTACT, 1);
    assertGevonden(soort, null, 1, 2, 3, 4);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void theContactLimitIsASetting(TestDatabase.Soort soort) {
    Function<Integer, List<String>> teLang =
        termijn ->
            GedeeldeTestdatabase.van(soort)
                .inTransactie(
                    "zvh",
                    em ->
                        new Procesregielijst(em, VANDAAG, termijn)
                                .zoek(
                                    new Procesregievraag(
                                        Aandachtfilter.CONTACT, prefix(soort), null, true, 0, 10))
                                .rijen()
                                .stream()
                                .map(Procesregieregel::nummer)
                                .toList());
    assertEquals(List.of(nummer(soort, 1)), teLang.apply(39), "40 days is longer than 39");
    assertEquals(List.of(), teLang.apply(40), "40 days is not longer than 40");
    assertEquals(
        List.of(nummer(soort, 1), nummer(soort, 3)), teLang.apply(9), "and 10 days than 9");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Soort.class)
  void sortsAndPagesInTheDatabase(TestDatabase.Soort soort) {
    Pagina<Procesregieregel> eerste =
        pagina(
            soort,
            new Procesregievraag(
                null, prefix(soort), Procesregievraag.Sortering.CONTACT, true, 0, 2));
    assertEquals(4, eerste.totaal());
    assertEquals(
        List.of(nummer(soort, 1), nummer(soort, 3)),
        eerste.rijen().stream().map(Procesregieregel::nummer).toList(),
        "the longest without contact first: 40 days, then 10 days in uitvoering");
    Pagina<Procesregieregel> tweede =
        pagina(
            soort,
            new Procesregievraag(
                null, prefix(soort), Procesregievraag.Sortering.CONTACT, true, 2, 2));
    assertEquals(
        List.of(nummer(soort, 2), nummer(soort, 4)),
        tweede.rijen().stream().map(Procesregieregel::nummer).toList(),
        "contact 5 days ago; taken on 2 days ago");
    assertEquals(
        List.of(nummer(soort, 3), nummer(soort, 2), nummer(soort, 1), nummer(soort, 4)),
        pagina(
                soort,
                new Procesregievraag(
                    null, prefix(soort), Procesregievraag.Sortering.DEADLINE, false, 0, 10))
            .rijen()
            .stream()
            .map(Procesregieregel::nummer)
            .toList(),
        "latest oldest deadline first, none last");
  }

  private static void assertGevonden(
      TestDatabase.Soort soort, Aandachtfilter filter, int... nummers) {
    List<String> verwacht =
        java.util.Arrays.stream(nummers).mapToObj(i -> nummer(soort, i)).toList();
    Pagina<Procesregieregel> pagina =
        pagina(soort, new Procesregievraag(filter, prefix(soort), null, true, 0, 10));
    assertEquals(
        verwacht, pagina.rijen().stream().map(Procesregieregel::nummer).toList(), "" + filter);
    assertEquals(verwacht.size(), pagina.totaal(), "count of " + filter);
  }

  private static Pagina<Procesregieregel> pagina(TestDatabase.Soort soort, Procesregievraag vraag) {
    return GedeeldeTestdatabase.van(soort)
        .inTransactie("zvh", em -> new Procesregielijst(em, VANDAAG, TERMIJN).zoek(vraag));
  }

  private static Casus inUitvoering(
      EntityManager em, Organisatie politie, String nummer, int dagen) {
    Casus casus = Voorbeeldcasussen.ingediend(politie, politie, nummer, NU.minusDays(dagen + 10));
    Voorbeeldcasussen.opgepaktVoorIco(casus, NU.minusDays(dagen + 2));
    em.persist(casus);
    return casus;
  }

  private static PlanVanAanpak plan(
      EntityManager em,
      Casus casus,
      Organisatie eigenaar,
      Gebruiker casusregisseur,
      LocalDate deadline,
      int dagen) {
    OffsetDateTime vastgesteld = NU.minusDays(dagen);
    PlanVanAanpak plan = new PlanVanAanpak(casus);
    plan.voegDoelToe("Rust");
    plan.voegActiepuntToe(
        "Huisbezoek", eigenaar, null, deadline, vastgesteld.toLocalDate().minusDays(1));
    plan.stelCasusregisseurAan(casusregisseur, "rita", vastgesteld);
    plan.stelVast(1, "rita", vastgesteld).orElseThrow();
    casus.startUitvoering("rita", vastgesteld);
    em.persist(plan);
    return plan;
  }

  private static Overleg overleg(Casus casus, int nummer, LocalDate datum, Gebruiker voorzitter) {
    return new Overleg(
        casus,
        nummer,
        new Overlegmoment(datum, LocalTime.of(10, 0), LocalTime.of(11, 0), "Zaal 1", null),
        voorzitter,
        "Vervolg",
        "rita",
        NU);
  }

  private static Gebruiker gebruiker(
      EntityManager em, String gebruikersnaam, String naam, Rol rol, Organisatie organisatie) {
    Gebruiker g =
        new Gebruiker(gebruikersnaam, naam, gebruikersnaam + "@example.org", rol, organisatie, "x");
    em.persist(g);
    return g;
  }
}
