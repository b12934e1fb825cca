package nl.zvh.domain.persistentie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.zvh.domain.model.casus.Aanmelding;
import nl.zvh.domain.model.casus.Bijlage;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.CasusStatus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumantwoord;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.casus.InformatieItem;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.Nummerreeks;
import nl.zvh.domain.model.casus.RedenNietGeinformeerd;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitTeNodigenPartner;
import nl.zvh.domain.model.casus.Uitvraag;
import nl.zvh.domain.model.casus.UitvraagAdres;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Inlogbeveiliging;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Passkey;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gebruiker.Tweedefactor;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;
import nl.zvh.domain.model.koppeling.Apisleutel;
import nl.zvh.domain.model.koppeling.Koppeling;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.overleg.Veiligheidscheck;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Planregel;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.procesregie.Heragendering;
import nl.zvh.domain.model.procesregie.Nazorgcheck;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.procesregie.Regieinstellingen;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.domain.model.termijn.BesluitFeestdag;
import nl.zvh.domain.model.termijn.Termijninstellingen;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.domain.model.triage.Triageoverleg;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.domain.testdata.Voorbeeldcasussen;
import nl.zvh.domain.testdatabase.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real Flyway migrations and the real JPA mapping (EclipseLink, as on Payara) against one
 * database. Each database the portal supports has a subclass that supplies it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistentieContract {

  private static final OffsetDateTime NU =
      OffsetDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.ofHours(1));

  private TestDatabase database;
  private EntityManagerFactory emf;

  abstract TestDatabase.Soort soort();

  @BeforeAll
  void migrateAndConnect() {
    database = TestDatabase.start(soort());
    emf = database.unit("zvh");
  }

  @AfterAll
  void disconnect() throws Exception {
    database.close();
  }

  @Test
  void aCaseWithBetrokkenenAndHistoryIsStoredAndReadBackWhole() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Casus")));
    Long casusId =
        inTransactie(
            em -> {
              Casus casus = new Casus(em.merge(politie), "agent", NU);
              casus.voegBetrokkeneToe(
                  "Piet",
                  "de Vries",
                  LocalDate.of(1980, 5, 17),
                  new Adres("Dorpsstraat", "1a", "1234 ab", "Alkmaar"),
                  new Bsn("111222333"),
                  NU.toLocalDate());
              casus.voegBetrokkeneToe(
                  "Anna", "de Vries", LocalDate.of(2010, 1, 2), null, null, NU.toLocalDate());
              Voorbeeldcasussen.dienIn(
                  casus, casus.getAanmeldendeOrganisatie(), "ZVH-2026-000001", NU.plusMinutes(5));
              em.persist(casus);
              return casus.getId();
            });

    EntityManager em = emf.createEntityManager();
    try {
      Casus gelezen = em.find(Casus.class, casusId);
      assertEquals("ZVH-2026-000001", gelezen.getNummer());
      assertEquals(CasusStatus.AANGEMELD, gelezen.getStatus());
      assertEquals(2, gelezen.getBetrokkenen().size());
      assertEquals(
          "1234AB", gelezen.getBetrokkenen().get(0).getAdres().orElseThrow().getPostcode());
      assertEquals(new Bsn("111222333"), gelezen.getBetrokkenen().get(0).getBsn().orElseThrow());
      assertTrue(gelezen.getBetrokkenen().get(1).getBsn().isEmpty());
      assertEquals(2, gelezen.getStatusgeschiedenis().size());
      assertEquals(
          NU.plusMinutes(5).toInstant(),
          gelezen.getStatusgeschiedenis().get(1).getTijdstip().toInstant());
    } finally {
      em.close();
    }
  }

  @Test
  void aReferralFormIsStoredWholeAndNumbersRunOnPerYear() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Aanmelding")));
    Organisatie ggz = inTransactie(em -> bewaar(em, organisatie("GGZ Aanmelding")));
    Long casusId =
        inTransactie(
            em -> {
              Casus casus = new Casus(em.merge(politie), "agent", NU);
              casus.voegBetrokkeneToe(
                  "Piet", "Smit", LocalDate.of(1980, 5, 17), null, null, NU.toLocalDate());
              Map<Criterium, Criteriumantwoord> criteria = new EnumMap<>(Criterium.class);
              for (Criterium c : Criterium.values()) {
                criteria.put(c, new Criteriumantwoord(c != Criterium.D, "Omdat " + c));
              }
              casus.beschrijfAanmelding(
                  "Overlast",
                  "Plan",
                  Map.of(Leefgebied.FINANCIEN, "Schulden", Leefgebied.JUSTITIE, "Aangiften"),
                  criteria,
                  List.of(new UitTeNodigenPartner(em.merge(ggz), "Gea", "gea@ggz.nl", null)));
              casus.legInformerenVast(false, RedenNietGeinformeerd.VEILIGHEIDSRISICO, null);
              Nummerreeks reeks = bewaar(em, new Nummerreeks(2031, 41));
              casus.dienIn(
                  reeks.volgende(), "agent", NU, LocalDate.of(2026, 12, 1), NU.toLocalDate());
              em.persist(casus);
              return casus.getId();
            });

    EntityManager em = emf.createEntityManager();
    try {
      Aanmelding gelezen = em.find(Casus.class, casusId).getAanmelding();
      assertEquals("ZVH-2031-000042", gelezen.getCasus().getNummer());
      assertEquals(
          List.of(Leefgebied.FINANCIEN, Leefgebied.JUSTITIE),
          List.copyOf(gelezen.getProblemen().keySet()));
      assertEquals("Omdat B", gelezen.getCriteria().get(Criterium.B).getToelichting());
      assertEquals("GGZ Aanmelding", gelezen.getPartners().get(0).getOrganisatie().getNaam());
      assertEquals(
          RedenNietGeinformeerd.VEILIGHEIDSRISICO,
          gelezen.getRedenNietGeinformeerd().orElseThrow());
      assertEquals(true, gelezen.getVoldoetAanCriteria().orElseThrow());
      assertEquals(LocalDate.of(2026, 12, 1), gelezen.getTriagedatum().orElseThrow());
      assertEquals("agent", gelezen.getAanmelder());
    } finally {
      em.close();
    }
  }

  @Test
  void screeningUitvraagWithAFileTriageAgendaAndDecisionAreStoredWhole() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Triage")));
    Organisatie ggz = inTransactie(em -> bewaar(em, organisatie("GGZ Triage")));
    Long casusId =
        inTransactie(
            em -> {
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      em.merge(politie), em.merge(ggz), "ZVH-2032-000001", NU);
              casus.legContactVast("Gebeld", "regisseur", NU.plusHours(1));
              Uitvraag uitvraag =
                  casus.stuurUitvraag(
                      List.of(em.merge(ggz)),
                      "Bekend?",
                      "Triage",
                      NU.toLocalDate().plusDays(2),
                      "regisseur",
                      NU);
              em.persist(casus);
              em.flush();
              casus.beantwoordUitvraag(
                  uitvraag.getAdressen().get(0),
                  Informatiecategorie.GEZONDHEID,
                  "In behandeling",
                  new Bijlage("brief.pdf", new byte[] {37, 80, 68, 70}),
                  "arts",
                  NU.plusHours(2));
              casus.agendeer("regisseur", NU.plusHours(3));
              casus.besluit(
                  new Triagebesluit(
                      Triagebesluit.Uitkomst.OPGEPAKT,
                      Triagebesluit.Route.ANDERE_OVERLEGTAFEL,
                      "Veiligheidsoverleg Alkmaar",
                      "Past daar beter",
                      casus.getAanmelding().getTriagedatum().orElseThrow()),
                  "regisseur",
                  NU.plusHours(4));
              Triageoverleg overleg = new Triageoverleg(NU.toLocalDate());
              overleg.zetOpAgenda(casus);
              overleg.legDeelnemersVast(List.of("Rita (ZVH)", "Piet (Politie)"));
              em.persist(overleg);
              return casus.getId();
            });

    EntityManager em = emf.createEntityManager();
    try {
      Casus gelezen = em.find(Casus.class, casusId);
      assertEquals(CasusStatus.OPGEPAKT, gelezen.getStatus());
      Triagebesluit besluit = gelezen.getTriagebesluit().orElseThrow();
      assertEquals("Veiligheidsoverleg Alkmaar", besluit.getOverlegtafel().orElseThrow());
      assertEquals(2, gelezen.getGebeurtenissen().size() - 1, "contact, sent, answered");
      InformatieItem antwoord = gelezen.getInformatie().get(0);
      assertEquals("brief.pdf", antwoord.getBijlage().orElseThrow().getNaam());
      assertEquals(4, antwoord.getBijlage().orElseThrow().getInhoud().length);
      assertEquals(
          UitvraagAdres.Antwoord.INFORMATIE_GEDEELD,
          antwoord.getAntwoordOp().orElseThrow().getAntwoord());
      Triageoverleg overleg =
          em.createNamedQuery("Triageoverleg.findByDatum", Triageoverleg.class)
              .setParameter("datum", NU.toLocalDate())
              .getSingleResult();
      assertEquals(List.of("Rita (ZVH)", "Piet (Politie)"), overleg.getDeelnemers());
      assertEquals(casusId, overleg.getAgenda().get(0).getCasus().getId());
    } finally {
      em.close();
    }
  }

  @Test
  void anOverdueUitvraagIsFoundForOneReminderThatLeavesItsVersionAlone() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Herinnering")));
    Organisatie ggz = inTransactie(em -> bewaar(em, organisatie("GGZ Herinnering")));
    Organisatie wijkteam = inTransactie(em -> bewaar(em, organisatie("Wijkteam Herinnering")));
    LocalDate uiterlijk = NU.toLocalDate().plusDays(2);
    List<Long> adressen =
        inTransactie(
            em -> {
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      em.merge(politie), em.merge(ggz), "ZVH-2033-000001", NU);
              Uitvraag uitvraag =
                  casus.stuurUitvraag(
                      List.of(em.merge(ggz), em.merge(wijkteam)),
                      "Bekend?",
                      "Triage",
                      uiterlijk,
                      "regisseur",
                      NU);
              em.persist(casus);
              em.flush();
              uitvraag
                  .getAdressen()
                  .get(1)
                  .beantwoord(UitvraagAdres.Antwoord.GEEN_INFORMATIE, "Onbekend", "wt", NU);
              return uitvraag.getAdressen().stream().map(UitvraagAdres::getId).toList();
            });
    Long adresId = adressen.get(0);
    assertFalse(teHerinneren(uiterlijk.plusDays(1)).contains(adressen.get(1)), "answered");
    assertEquals(0, markeer(adressen.get(1), NU.plusDays(3)), "an answer committed first wins");
    long versie = inTransactie(em -> em.find(UitvraagAdres.class, adresId).getVersie());
    assertFalse(teHerinneren(uiterlijk).contains(adresId), "on the day itself it is not overdue");
    assertTrue(teHerinneren(uiterlijk.plusDays(1)).contains(adresId));

    OffsetDateTime herinnerd = NU.plusDays(3);
    inTransactie(
        em -> {
          em.find(UitvraagAdres.class, adresId)
              .registreerHerinnering(herinnerd.toLocalDate(), "taak", herinnerd);
          return null;
        });
    int gemarkeerd = markeer(adresId, herinnerd);

    assertEquals(1, gemarkeerd);
    assertFalse(teHerinneren(uiterlijk.plusDays(5)).contains(adresId), "reminded once");
    assertEquals(0, markeer(adresId, herinnerd.plusDays(1)), "not marked twice");
    EntityManager em = emf.createEntityManager();
    try {
      UitvraagAdres adres = em.find(UitvraagAdres.class, adresId);
      assertEquals(versie, adres.getVersie(), "a partner answering meanwhile meets no conflict");
      assertTrue(adres.getHerinnerdOp().isPresent());
      assertTrue(
          adres.getUitvraag().getCasus().getGebeurtenissen().stream()
              .anyMatch(g -> g.getSoort() == Gebeurtenis.Soort.UITVRAAG_HERINNERD));
    } finally {
      em.close();
    }
  }

  private int markeer(Long adresId, OffsetDateTime tijdstip) {
    return inTransactie(
        em ->
            em.createNamedQuery("UitvraagAdres.markeerHerinnerd")
                .setParameter("tijdstip", tijdstip)
                .setParameter("id", adresId)
                .executeUpdate());
  }

  private List<Long> teHerinneren(LocalDate vandaag) {
    return inTransactie(
        em ->
            em.createNamedQuery("UitvraagAdres.teHerinneren", UitvraagAdres.class)
                .setParameter("vandaag", vandaag)
                .getResultStream()
                .map(UitvraagAdres::getId)
                .toList());
  }

  @Test
  void aStaleEditOfAUserIsRefusedInsteadOfOverwritingTheNewerOne() {
    Organisatie org = inTransactie(em -> bewaar(em, organisatie("Reclassering Slot")));
    Long id =
        inTransactie(
            em ->
                bewaar(
                        em,
                        new Gebruiker(
                            "r.slot", "R. Slot", "r@slot.nl", Rol.KETENPARTNER, em.merge(org), "h"))
                    .getId());

    EntityManager eerste = emf.createEntityManager();
    EntityManager tweede = emf.createEntityManager();
    try {
      Gebruiker doorEerste = eerste.find(Gebruiker.class, id);
      Gebruiker doorTweede = tweede.find(Gebruiker.class, id);

      eerste.getTransaction().begin();
      doorEerste.wijzig("Eerste", "r@slot.nl", Rol.KETENPARTNER, doorEerste.getOrganisatie());
      eerste.getTransaction().commit();

      tweede.getTransaction().begin();
      doorTweede.wijzig("Tweede", "r@slot.nl", Rol.KETENPARTNER, doorTweede.getOrganisatie());
      RollbackException fout =
          assertThrows(RollbackException.class, () -> tweede.getTransaction().commit());
      assertInstanceOf(OptimisticLockException.class, fout.getCause());
    } finally {
      eerste.close();
      tweede.close();
    }
    inTransactie(
        em -> {
          assertEquals("Eerste", em.find(Gebruiker.class, id).getNaam());
          return null;
        });
  }

  @Test
  void usernamesAndOrganisationNamesAreUniqueInTheSchema() {
    Organisatie org = inTransactie(em -> bewaar(em, organisatie("Gemeente Uniek")));
    inTransactie(
        em ->
            bewaar(
                em, new Gebruiker("dubbel", "A", "a@b.nl", Rol.KETENPARTNER, em.merge(org), "h")));
    assertThrows(
        PersistenceException.class,
        () ->
            inTransactie(
                em ->
                    bewaar(
                        em,
                        new Gebruiker(
                            "dubbel", "B", "b@b.nl", Rol.KETENPARTNER, em.merge(org), "h"))));
    assertThrows(
        PersistenceException.class,
        () -> inTransactie(em -> bewaar(em, organisatie("Gemeente Uniek"))));
  }

  @Test
  void anOverlegAndThePlanWithVersionsScoresAndCasusregisseurAreStoredWhole() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Overleg")));
    Organisatie zvh =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Organisatie(
                        "ZVH Overleg", OrganisatieType.ZVH, LocalDate.of(2025, 3, 1), null)));
    Gebruiker regisseur =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Gebruiker(
                        "o.regie",
                        "O. Regie",
                        "o@zvh.nl",
                        Rol.PROCESREGISSEUR,
                        em.merge(zvh),
                        "h")));
    Gebruiker agent =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Gebruiker(
                        "o.agent",
                        "O. Agent",
                        "a@politie.nl",
                        Rol.KETENPARTNER,
                        em.merge(politie),
                        "h")));
    Long casusId =
        inTransactie(
            em -> {
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      em.merge(politie), em.merge(politie), "ZVH-2035-000001", NU);
              Voorbeeldcasussen.opgepaktVoorIco(casus, NU.plusDays(3));
              em.persist(casus);
              if (!casus.neemtDeel(politie.getId(), NU.toLocalDate())) {
                casus.laatDeelnemen(em.merge(politie), NU.toLocalDate());
              }
              Overleg overleg =
                  new Overleg(
                      casus,
                      1,
                      new Overlegmoment(
                          NU.toLocalDate().plusDays(3),
                          LocalTime.of(13, 0),
                          LocalTime.of(14, 30),
                          "Zaal 2",
                          null),
                      em.merge(regisseur),
                      "Plan van aanpak",
                      "o.regie",
                      NU.plusDays(3));
              overleg.nodigUit(em.merge(agent));
              overleg.legVeiligheidscheckVast(
                  new Veiligheidscheck(
                      "Wijkagent",
                      NU.toLocalDate().plusDays(3),
                      Veiligheidscheck.Uitkomst.VEILIG,
                      null,
                      "o.regie",
                      NU.plusDays(3)));
              overleg.legAanwezigheidVast(
                  Set.of(agent.getId()), false, NU.toLocalDate().plusDays(3));
              overleg.bewaarVerslag("Afspraken");
              overleg.stelVerslagVast("o.regie", NU.plusDays(3));
              overleg.scoor(casus.getBetrokkenen().get(0), Leefgebied.FINANCIEN, 2, 4);
              em.persist(overleg);
              PlanVanAanpak plan = new PlanVanAanpak(casus);
              plan.voegDoelToe("Schulden onder controle");
              plan.voegActiepuntToe(
                  "Schuldhulp",
                  em.merge(politie),
                  em.merge(agent),
                  NU.toLocalDate().plusDays(20),
                  NU.toLocalDate());
              plan.stelCasusregisseurAan(em.merge(agent), "o.regie", NU.plusDays(3));
              plan.stelVast(1, "o.regie", NU.plusDays(3));
              em.persist(plan);
              // Carrying it out: a report that it does not work out, its signal, another
              // development, and the escalation that takes that one up.
              Terugkoppeling luktNiet =
                  plan.koppelTerug(
                      plan.getActiepunten().get(0).getNummer(),
                      Terugkoppeling.Soort.LUKT_NIET,
                      "Geen plek",
                      em.merge(agent),
                      NU.plusDays(4));
              em.persist(luktNiet);
              em.persist(Signaal.luktNiet(luktNiet));
              Signaal ontwikkeling =
                  Signaal.ontwikkeling(plan, "Verhuisd", em.merge(agent), NU.plusDays(5));
              em.persist(ontwikkeling);
              em.persist(
                  new Escalatie(
                      plan,
                      "Afspraken niet nagekomen",
                      null,
                      List.of(ontwikkeling),
                      em.merge(agent),
                      NU.plusDays(6)));
              return casus.getId();
            });

    EntityManager em = emf.createEntityManager();
    try {
      Overleg overleg =
          em.createNamedQuery("Overleg.vanCasus", Overleg.class)
              .setParameter("casusId", casusId)
              .getSingleResult();
      assertEquals(Overleg.Status.GEHOUDEN, overleg.getStatus());
      assertEquals(LocalTime.of(14, 30), overleg.getMoment().eind());
      assertEquals("Wijkagent", overleg.getVeiligheidscheck().orElseThrow().getAfgestemdMet());
      assertTrue(overleg.getGenodigden().get(0).getAanwezig().orElseThrow());
      assertEquals("Afspraken", overleg.laatsteVerslag().orElseThrow().getTekst());
      assertEquals(4, overleg.getScores().get(0).getDoelscore().orElseThrow());
      PlanVanAanpak plan =
          em.createNamedQuery("PlanVanAanpak.vanCasus", PlanVanAanpak.class)
              .setParameter("casusId", casusId)
              .getSingleResult();
      Planversie versie = plan.laatsteVersie().orElseThrow();
      assertEquals(3, versie.getRegels().size(), "doel, actiepunt, casusregisseur");
      assertEquals("Schuldhulp", versie.regels(Planregel.Soort.ACTIEPUNT).get(0).getOmschrijving());
      assertFalse(plan.heeftWijzigingen());
      assertEquals("O. Agent", plan.casusregisseur().orElseThrow().getGebruiker().getNaam());
      assertEquals(Actiepuntstatus.LUKT_NIET, plan.getActiepunten().get(0).getStatus());
      Terugkoppeling terugkoppeling =
          em.createQuery(
                  "select t from Terugkoppeling t where t.casus.id = :casusId",
                  Terugkoppeling.class)
              .setParameter("casusId", casusId)
              .getSingleResult();
      assertEquals("Geen plek", terugkoppeling.getTekst().orElseThrow());
      List<Signaal> signalen =
          em.createQuery(
                  "select s from Signaal s where s.plan.casus.id = :casusId order by s.gemeldOp",
                  Signaal.class)
              .setParameter("casusId", casusId)
              .getResultList();
      assertEquals(terugkoppeling, signalen.get(0).getTerugkoppeling().orElseThrow());
      assertEquals(Signaal.Status.OPGESCHAALD, signalen.get(1).getStatus());
      assertEquals(
          "Afspraken niet nagekomen", signalen.get(1).getEscalatie().orElseThrow().getReden());
    } finally {
      em.close();
    }
  }

  @Test
  void procesregieIsStoredWholeWithItsQueries() {
    Organisatie ggz = inTransactie(em -> bewaar(em, organisatie("GGZ Procesregie")));
    Organisatie zvh =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Organisatie(
                        "ZVH Procesregie", OrganisatieType.ZVH, LocalDate.of(2025, 3, 1), null)));
    Gebruiker arts =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Gebruiker(
                        "p.arts", "P. Arts", "p@ggz.nl", Rol.KETENPARTNER, em.merge(ggz), "h")));
    Gebruiker regisseur =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Gebruiker(
                        "p.regie",
                        "P. Regie",
                        "r@zvh.nl",
                        Rol.PROCESREGISSEUR,
                        em.merge(zvh),
                        "h")));
    Gebruiker manager =
        inTransactie(
            em ->
                bewaar(
                    em,
                    new Gebruiker(
                        "p.manager", "P. Manager", "m@zvh.nl", Rol.MANAGER, em.merge(zvh), "h")));
    OffsetDateTime dan = NU.plusDays(40);
    Long casusId =
        inTransactie(
            em -> {
              Casus casus =
                  Voorbeeldcasussen.ingediend(
                      em.merge(ggz), em.merge(ggz), "ZVH-2035-000002", NU.plusDays(10));
              Voorbeeldcasussen.opgepaktVoorIco(casus, NU.plusDays(20));
              em.persist(casus);
              PlanVanAanpak plan = new PlanVanAanpak(casus);
              plan.voegDoelToe("Rust");
              plan.voegActiepuntToe(
                  "Huisbezoek",
                  em.merge(ggz),
                  em.merge(arts),
                  dan.toLocalDate(),
                  dan.toLocalDate());
              plan.stelCasusregisseurAan(em.merge(arts), "p.regie", NU.plusDays(21));
              plan.stelVast(1, "p.regie", NU.plusDays(21));
              casus.startUitvoering("p.regie", NU.plusDays(21));
              em.persist(plan);
              em.persist(
                  new Contactmoment(
                      casus,
                      em.merge(arts),
                      dan.toLocalDate(),
                      Contactmoment.Vorm.TELEFOON,
                      "Loopt",
                      "p.regie",
                      dan));
              Overleg vervolg =
                  new Overleg(
                      casus,
                      1,
                      new Overlegmoment(
                          dan.toLocalDate().plusDays(7),
                          LocalTime.of(10, 0),
                          LocalTime.of(11, 0),
                          "Zaal 1",
                          null),
                      em.merge(regisseur),
                      "Vervolg",
                      "p.regie",
                      dan);
              em.persist(vervolg);
              em.persist(new Heragendering(vervolg, em.merge(arts), "Terugval", "p.regie", dan));
              Opschaling opschaling =
                  new Opschaling(
                      casus,
                      null,
                      "Doorbraak?",
                      "Vastgelopen",
                      "Twee ICO's",
                      dan.toLocalDate().plusDays(7),
                      em.merge(manager),
                      em.merge(regisseur),
                      dan);
              opschaling.naarBestuur("Bestuurlijk", dan);
              opschaling.legBestuursuitkomstVast("Akkoord", dan.toLocalDate(), dan);
              em.persist(opschaling);
              Afsluiting afsluiting =
                  Afsluiting.sluit(
                      casus,
                      Resultaat.DOEL_BEREIKT,
                      "Klaar",
                      em.merge(arts),
                      true,
                      List.of(
                          new Afsluiting.Score(
                              casus.getBetrokkenen().get(0), Leefgebied.FINANCIEN, 4)),
                      "p.regie",
                      dan.plusDays(1));
              em.persist(afsluiting);
              em.persist(new Nazorgcheck(afsluiting, dan.toLocalDate().plusDays(30)));
              return casus.getId();
            });

    EntityManager em = emf.createEntityManager();
    try {
      Opschaling opschaling =
          em.createNamedQuery("Opschaling.vanManager", Opschaling.class)
              .setParameter("gebruikersnaam", "p.manager")
              .setParameter("besloten", Opschaling.Status.BESLOTEN)
              .getSingleResult();
      assertEquals("Akkoord", opschaling.getBestuurUitkomst().orElseThrow());
      assertEquals(
          1,
          em.createNamedQuery("Opschaling.vanCasus", Opschaling.class)
              .setParameter("casusId", casusId)
              .getResultList()
              .size());
      Afsluiting afsluiting =
          em.createNamedQuery("Afsluiting.vanCasus", Afsluiting.class)
              .setParameter("casusId", casusId)
              .getSingleResult();
      assertEquals(Resultaat.DOEL_BEREIKT, afsluiting.getResultaat());
      assertEquals(4, afsluiting.getEindscores().get(0).getScore());
      assertEquals("P. Arts", afsluiting.getCasusregisseur().orElseThrow().getNaam());
      assertEquals(CasusStatus.AFGESLOTEN, afsluiting.getCasus().getStatus());
      assertEquals(
          1,
          em.createNamedQuery("Nazorgcheck.vanCasus", Nazorgcheck.class)
              .setParameter("casusId", casusId)
              .getResultList()
              .size());
      assertEquals(
          List.of(),
          em
              .createNamedQuery("Nazorgcheck.teHerinneren", Nazorgcheck.class)
              .setParameter("gepland", Nazorgcheck.Status.GEPLAND)
              .setParameter("vandaag", dan.toLocalDate())
              .getResultList()
              .stream()
              .filter(n -> n.getCasus().getId().equals(casusId))
              .toList(),
          "not yet due");
      assertEquals(
          "P. Arts",
          em.createQuery(
                  "select h from Heragendering h where h.casus.id = :casusId", Heragendering.class)
              .setParameter("casusId", casusId)
              .getSingleResult()
              .getAkkoordVan()
              .getNaam());
      assertEquals(
          Contactmoment.Vorm.TELEFOON,
          em.createQuery(
                  "select c from Contactmoment c where c.casus.id = :casusId", Contactmoment.class)
              .setParameter("casusId", casusId)
              .getSingleResult()
              .getVorm());
      Regieinstellingen instellingen = em.find(Regieinstellingen.class, Regieinstellingen.ENIGE);
      assertEquals(28, instellingen.getContacttermijnDagen());
      assertTrue(instellingen.getNazorgNaDagen().isEmpty());
    } finally {
      em.close();
    }
  }

  @Test
  void aSecondFactorWithRecoveryCodesAndTheLoginRecordAreStoredWithTheirQueries() {
    Gebruiker gebruiker = ketenpartner("t.factor", "Reclassering Factor");
    inTransactie(
        em -> {
          em.persist(
              new Tweedefactor(
                  em.find(Gebruiker.class, gebruiker.getId()),
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                  NU.toInstant(),
                  100,
                  Set.of("a".repeat(64), "b".repeat(64))));
          for (int i = 0; i < 3; i++) {
            em.persist(
                new Inloggebeurtenis(
                    NU.toInstant().plusSeconds(i),
                    "t.factor",
                    "192.0.2.1",
                    i < 2
                        ? Inloggebeurtenis.Soort.WACHTWOORD_ONJUIST
                        : Inloggebeurtenis.Soort.GELUKT,
                    null));
          }
          return null;
        });
    inTransactie(
        em -> {
          Tweedefactor factor =
              em.createNamedQuery("Tweedefactor.vanGebruikersnaam", Tweedefactor.class)
                  .setParameter("gebruikersnaam", "t.factor")
                  .getSingleResult();
          assertEquals(2, factor.getResterendeHerstelcodes());
          assertFalse(factor.gebruikTijdstap(100), "a step used before");
          assertTrue(factor.gebruikTijdstap(101));
          assertTrue(factor.gebruikHerstelcode("a".repeat(64)));
          return null;
        });
    inTransactie(
        em -> {
          Tweedefactor factor = em.find(Tweedefactor.class, gebruiker.getId());
          assertEquals(101, factor.getLaatsteTijdstap());
          assertEquals(1, factor.getResterendeHerstelcodes());
          Object[] mislukt =
              em.createNamedQuery("Inloggebeurtenis.mislukteVanAdresSinds", Object[].class)
                  .setParameter("adres", "192.0.2.1")
                  .setParameter("sinds", NU.minusSeconds(60))
                  .setParameter("soorten", Inloggebeurtenis.Soort.MISLUKT)
                  .getSingleResult();
          assertEquals(2L, ((Number) mislukt[0]).longValue());
          assertNotNull(mislukt[1]);
          assertEquals(
              Inloggebeurtenis.Soort.GELUKT,
              em.createNamedQuery("Inloggebeurtenis.vanGebruikersnaam", Inloggebeurtenis.class)
                  .setParameter("gebruikersnaam", "t.factor")
                  .setParameter("soorten", List.of(Inloggebeurtenis.Soort.values()))
                  .setMaxResults(1)
                  .getSingleResult()
                  .getSoort());
          assertTrue(
              em.createNamedQuery("Inloggebeurtenis.verwijderVoor")
                      .setParameter("grens", NU.plusSeconds(1))
                      .executeUpdate()
                  >= 1,
              "the retention removes what is older");
          assertEquals(
              2,
              em.createNamedQuery("Inloggebeurtenis.vanGebruikersnaam", Inloggebeurtenis.class)
                  .setParameter("gebruikersnaam", "t.factor")
                  .setParameter("soorten", List.of(Inloggebeurtenis.Soort.values()))
                  .getResultList()
                  .size(),
              "and keeps what is newer");
          Inlogbeveiliging instellingen = em.find(Inlogbeveiliging.class, Inlogbeveiliging.ENIGE);
          assertEquals(5, instellingen.getPogingenPerAccount());
          assertEquals(50, instellingen.getPogingenPerAdres());
          return null;
        });
  }

  @Test
  void passkeysAreStoredWithTheirKeyAndCounterAndGoWithTheirQueries() {
    Gebruiker gebruiker = ketenpartner("p.key", "Politie Passkey");
    ketenpartner("q.key", "GGZ Passkey");
    byte[] sleutel = new byte[300];
    for (int i = 0; i < sleutel.length; i++) {
      sleutel[i] = (byte) i;
    }
    String credentialId = "A".repeat(Passkey.MAX_CREDENTIAL_ID - 1) + "_";
    inTransactie(
        em -> {
          Gebruiker g = em.find(Gebruiker.class, gebruiker.getId());
          em.persist(
              new Passkey(
                  g, credentialId, "Laptop werk", sleutel, 0, "internal,hybrid", NU.toInstant()));
          em.persist(
              new Passkey(
                  g, "tweede-sleutel", "YubiKey", sleutel, 7, null, NU.plusSeconds(1).toInstant()));
          return null;
        });
    inTransactie(
        em -> {
          List<Passkey> passkeys =
              em.createNamedQuery("Passkey.vanGebruikersnaam", Passkey.class)
                  .setParameter("gebruikersnaam", "p.key")
                  .getResultList();
          assertEquals(
              List.of("Laptop werk", "YubiKey"), passkeys.stream().map(Passkey::getNaam).toList());
          Passkey eerste =
              em.createNamedQuery("Passkey.metCredentialId", Passkey.class)
                  .setParameter("credentialId", credentialId)
                  .getSingleResult();
          assertArrayEquals(sleutel, eerste.getSleutel());
          assertEquals("internal,hybrid", eerste.getTransporten().orElseThrow());
          assertTrue(
              em.createNamedQuery("Passkey.vanGebruikersnaamMetCredentialId", Passkey.class)
                  .setParameter("gebruikersnaam", "q.key")
                  .setParameter("credentialId", credentialId)
                  .getResultList()
                  .isEmpty(),
              "another account's passkey is not found for this one");
          assertEquals(
              eerste,
              em.createNamedQuery("Passkey.vanGebruikersnaamMetCredentialId", Passkey.class)
                  .setParameter("gebruikersnaam", "p.key")
                  .setParameter("credentialId", credentialId)
                  .getSingleResult());
          eerste.gebruik(5, NU.plusSeconds(60).toInstant());
          return null;
        });
    inTransactie(
        em -> {
          Passkey eerste =
              em.createNamedQuery("Passkey.metCredentialId", Passkey.class)
                  .setParameter("credentialId", credentialId)
                  .getSingleResult();
          assertEquals(5, eerste.getTeller());
          assertEquals(NU.plusSeconds(60).toInstant(), eerste.getLaatstGebruiktOp().orElseThrow());
          assertEquals(
              2,
              em.createNamedQuery("Passkey.verwijderVanGebruiker")
                  .setParameter("gebruikerId", gebruiker.getId())
                  .executeUpdate());
          return null;
        });
    assertThrows(
        DomeinRegelGeschonden.class,
        () -> Passkey.geldigeNaam("Laptop\nwerk"),
        "a name on one line");
  }

  /** A user of a new organisation, for the tables that hang off an account. */
  private Gebruiker ketenpartner(String gebruikersnaam, String organisatie) {
    Organisatie org = inTransactie(em -> bewaar(em, organisatie(organisatie)));
    return inTransactie(
        em ->
            bewaar(
                em,
                new Gebruiker(
                    gebruikersnaam,
                    gebruikersnaam.toUpperCase(Locale.ROOT),
                    gebruikersnaam + "@example.nl",
                    Rol.KETENPARTNER,
                    em.merge(org),
                    "h")));
  }

  @Test
  void theNamedQueriesRun() {
    inTransactie(em -> bewaar(em, organisatie("GGZ Query")));
    inTransactie(
        em -> {
          assertTrue(
              em.createNamedQuery("Organisatie.findAll", Organisatie.class).getResultList().size()
                  >= 1);
          em.createNamedQuery("Gebruiker.findAll", Gebruiker.class).getResultList();
          // The queries that serve one screen (case list, work queue, retention, start page)
          // live with that screen in zvh-regie-ejb and are run on each database there.
          em.createNamedQuery("Betrokkene.findByBsn", Object.class)
              .setParameter("bsn", "111222333")
              .getResultList();
          // The agenda's filling and a partner's uitvragen, with what they fetch.
          em.createNamedQuery("Triageoverleg.nogTeAgenderen", Casus.class)
              .setParameter("datum", NU.toLocalDate())
              .setParameter("statussen", List.of(CasusStatus.AANGEMELD))
              .getResultList();
          em.createNamedQuery("UitvraagAdres.findByOrganisatie", UitvraagAdres.class)
              .setParameter("organisatieId", 1L)
              .getResultList();
          em.createNamedQuery("Casus.findByNummer", Casus.class)
              .setParameter("nummer", "ZVH-2026-000001")
              .getResultList();
          // The settings of the triage, with the defaults the migration put in, and decree days.
          em.persist(new BesluitFeestdag(LocalDate.of(2026, 5, 15), "Vrijdag na Hemelvaart"));
          em.flush();
          assertEquals(
              1,
              em.createNamedQuery("BesluitFeestdag.alle", BesluitFeestdag.class)
                  .getResultList()
                  .size());
          assertEquals(
              Triageplanning.STANDAARD,
              em.find(Termijninstellingen.class, Termijninstellingen.ENIGE).planning());
          return null;
        });
  }

  // ---- Koppelingen (issue 14, item 5)
  @Test
  void aKoppelingIsFoundByItsKeyIdUsedAtMostOncePerGraceAndRevoked() {
    Organisatie politie = inTransactie(em -> bewaar(em, organisatie("Politie Koppeling")));
    Apisleutel sleutel = Apisleutel.nieuw();
    long id =
        inTransactie(
            em -> {
              Koppeling k =
                  new Koppeling(
                      "politie-rms",
                      em.find(Organisatie.class, politie.getId()),
                      sleutel,
                      "beheerder",
                      NU);
              em.persist(k);
              em.flush();
              return k.getId();
            });
    inTransactie(
        em -> {
          Koppeling gevonden =
              em.createNamedQuery("Koppeling.findBySleutelId", Koppeling.class)
                  .setParameter("sleutelId", sleutel.sleutelId())
                  .getSingleResult();
          assertEquals(id, gevonden.getId());
          assertEquals(Rol.KETENPARTNER, gevonden.getRol());
          assertTrue(sleutel.past(gevonden.getSleutelHash()));
          assertTrue(gevonden.isGeldigOp(NU.toLocalDate()));
          assertEquals(NU, gevonden.getUitgegevenOp().withOffsetSameInstant(NU.getOffset()));
          return null;
        });
    for (int minuten : new int[] {0, 0, 2}) {
      int keer = minuten;
      inTransactie(
          em ->
              em.createNamedQuery("Koppeling.gebruikt")
                  .setParameter("id", id)
                  .setParameter("nu", NU.plusMinutes(keer))
                  .setParameter("grens", NU.plusMinutes(keer).minusMinutes(1))
                  .executeUpdate());
    }
    inTransactie(
        em -> {
          Koppeling k = em.find(Koppeling.class, id);
          assertEquals(
              NU.plusMinutes(2),
              k.getLaatstGebruiktOp().orElseThrow().withOffsetSameInstant(NU.getOffset()));
          k.trekIn("beheerder", NU.plusHours(1));
          return null;
        });
    inTransactie(
        em -> {
          Koppeling k =
              em.createNamedQuery("Koppeling.findByNaam", Koppeling.class)
                  .setParameter("naam", "politie-rms")
                  .getSingleResult();
          assertFalse(k.isGeldigOp(NU.toLocalDate()));
          assertEquals("beheerder", k.getIngetrokkenDoor().orElseThrow());
          assertEquals(
              1,
              em.createNamedQuery("Koppeling.pagina", Koppeling.class)
                  .setMaxResults(10)
                  .getResultList()
                  .size());
          assertEquals(1L, em.createNamedQuery("Koppeling.aantal", Long.class).getSingleResult());
          return null;
        });
  }

  private static Organisatie organisatie(String naam) {
    return new Organisatie(naam, OrganisatieType.POLITIE, LocalDate.of(2025, 3, 1), null);
  }

  private static <T> T bewaar(EntityManager em, T entiteit) {
    em.persist(entiteit);
    return entiteit;
  }

  private <T> T inTransactie(Function<EntityManager, T> werk) {
    return database.inTransactie("zvh", werk);
  }
}
