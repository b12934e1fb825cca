package nl.zvh.regie.infrastructuur;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.zvh.domain.model.bericht.Bericht;
import nl.zvh.domain.model.bericht.Berichtlezing;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.casus.Criterium;
import nl.zvh.domain.model.casus.Criteriumantwoord;
import nl.zvh.domain.model.casus.Gebeurtenis;
import nl.zvh.domain.model.casus.Informatiecategorie;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.casus.Triagebesluit;
import nl.zvh.domain.model.casus.UitTeNodigenPartner;
import nl.zvh.domain.model.gebruiker.Gebruiker;
import nl.zvh.domain.model.gebruiker.Inloggebeurtenis;
import nl.zvh.domain.model.gebruiker.Rol;
import nl.zvh.domain.model.gebruiker.Tweedefactor;
import nl.zvh.domain.model.gedeeld.Adres;
import nl.zvh.domain.model.gedeeld.Bsn;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.koppeling.Apisleutel;
import nl.zvh.domain.model.koppeling.Koppeling;
import nl.zvh.domain.model.organisatie.Organisatie;
import nl.zvh.domain.model.organisatie.OrganisatieType;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.domain.model.plan.PlanVanAanpak;
import nl.zvh.domain.model.plan.Terugkoppeling;
import nl.zvh.domain.model.procesregie.Afsluiting;
import nl.zvh.domain.model.procesregie.Contactmoment;
import nl.zvh.domain.model.procesregie.Opschaling;
import nl.zvh.domain.model.procesregie.Resultaat;
import nl.zvh.domain.model.termijn.Feestdagen;
import nl.zvh.domain.model.termijn.Triageplanning;
import nl.zvh.domain.model.termijn.Werkdagen;
import nl.zvh.domain.model.uitvoering.Escalatie;
import nl.zvh.domain.model.uitvoering.Signaal;
import nl.zvh.regie.beveiliging.Herstelcodes;
import nl.zvh.regie.beveiliging.Wachtwoorden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode ({@code ZVH_DEMO=true}; off by default): fills an empty database with partner
 * organisations and one user per role, so the portal can be tried at once. It never touches a
 * database that already has organisations.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigratie")
public class DemoGegevens {

  /** The password of every demo account (listed in the README). */
  public static final String DEMO_WACHTWOORD = "ZvhDemo-2026!";

  /**
   * The TOTP secret of every demo account (listed in the README, to add to an authenticator app).
   * Demo mode only: a production database never gets it.
   */
  public static final String DEMO_TOTP_GEHEIM = "ZVHDEMOZVHDEMOZVHDEMOZVHDEMOZVH2";

  /**
   * The API keys of the demo koppelingen (listed in the README): fixed, so the examples and tests
   * work; made only in demo mode, never in production mode (an empty database gets no koppeling).
   */
  public static final String DEMO_SLEUTEL_POLITIE =
      "zvh_demopolitie_Demo-Politie-alleen-in-demomodus-0000000000";

  public static final String DEMO_SLEUTEL_GGZ =
      "zvh_demoggznhn_Demo-GGZ-alleen-in-demomodus-00000000000000";

  public static final String DEMO_SLEUTEL_ZVH =
      "zvh_demozvhregie_Demo-ZVH-alleen-in-demomodus-00000000000000";

  private static final Logger LOG = Logger.getLogger(DemoGegevens.class.getName());
  private static final LocalDate CONVENANT = LocalDate.of(2025, 3, 1);

  @Inject
  @ConfigProperty(name = "zvh.demo", defaultValue = "false")
  private boolean demo;

  @PersistenceContext(unitName = "zvh")
  private EntityManager em;

  @Inject private Wachtwoorden wachtwoorden;
  @Inject private Clock klok;

  @PostConstruct
  void laad() {
    if (!demo) {
      return;
    }
    if (!em.createNamedQuery("Organisatie.findAll", Organisatie.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      LOG.info("Demomodus: de database heeft al gegevens; er wordt niets geladen.");
      return;
    }
    Organisatie zvh =
        organisatie("Zorg- en Veiligheidshuis Noord-Holland Noord", OrganisatieType.ZVH);
    Organisatie politie = organisatie("Politie Eenheid Noord-Holland", OrganisatieType.POLITIE);
    organisatie("Openbaar Ministerie Noord-Holland", OrganisatieType.OPENBAAR_MINISTERIE);
    organisatie("Reclassering Nederland", OrganisatieType.RECLASSERING);
    Organisatie gemeente = organisatie("Gemeente Alkmaar", OrganisatieType.GEMEENTE);
    Organisatie ggz = organisatie("GGZ Noord-Holland-Noord", OrganisatieType.GGZ);
    organisatie("Zorgaanbieder Het Baken", OrganisatieType.ZORGAANBIEDER);
    organisatie("Veilig Thuis Noord-Holland Noord", OrganisatieType.VEILIG_THUIS);

    String hash = wachtwoorden.hash(DEMO_WACHTWOORD);
    for (Gebruiker gebruiker :
        List.of(
            new Gebruiker(
                "partner.politie",
                "Petra de Politie",
                "partner.politie@example.nl",
                Rol.KETENPARTNER,
                politie,
                hash),
            new Gebruiker(
                "partner.ggz",
                "Gijs van de GGZ",
                "partner.ggz@example.nl",
                Rol.KETENPARTNER,
                ggz,
                hash),
            new Gebruiker(
                "regisseur",
                "Rita Regisseur",
                "regisseur@example.nl",
                Rol.PROCESREGISSEUR,
                zvh,
                hash),
            new Gebruiker("manager", "Mark Manager", "manager@example.nl", Rol.MANAGER, zvh, hash),
            new Gebruiker(
                "privacy", "Paula Privacy", "privacy@example.nl", Rol.PRIVACY_OFFICER, zvh, hash),
            new Gebruiker(
                "beheerder", "Bram Beheerder", "beheerder@example.nl", Rol.BEHEERDER, zvh, hash))) {
      em.persist(gebruiker);
      // Recovery codes that nobody knows: a tester makes known ones under Mijn account. The
      // public demo secret goes in as a secret from before encryption: encrypted at its first
      // use or by the nightly task, the way an upgraded installation's are.
      em.persist(
          new Tweedefactor(
              gebruiker,
              DEMO_TOTP_GEHEIM,
              klok.instant(),
              0,
              Herstelcodes.nieuw().stream().map(Herstelcodes::hash).collect(Collectors.toSet())));
    }
    inlogpogingen();
    demoCasussen(politie, ggz, gemeente);
    naHetIco(politie, ggz);
    werklijsten(politie, ggz);
    berichtenNaHetIco();
    opschalingNaarDeManager();
    contactNaHetIco();
    demoKoppelingen(zvh, politie, ggz);
    LOG.info("Demomodus: demo-organisaties, een gebruiker per rol en zes casussen aangemaakt.");
  }

  /** Someone trying names from an outside address two days ago, for the beheerder's overview. */
  private void inlogpogingen() {
    Instant eerder = klok.instant().minus(Duration.ofDays(2));
    for (int i = 0; i < 6; i++) {
      em.persist(
          new Inloggebeurtenis(
              eerder.plusSeconds(i * 7L),
              "admin",
              "198.51.100.23",
              i == 5
                  ? Inloggebeurtenis.Soort.GEBLOKKEERD
                  : Inloggebeurtenis.Soort.WACHTWOORD_ONJUIST,
              null));
    }
  }

  /**
   * Fictitious cases: one in which both demo partners take part (with information of each, shared
   * and not shared), one of the police alone, which the GGZ partner may not see, and two closed
   * ones: three years ago (its retention has passed) and one year ago.
   */
  private void demoCasussen(Organisatie politie, Organisatie ggz, Organisatie gemeente) {
    OffsetDateTime begin = OffsetDateTime.now(klok).minusDays(14);
    LocalDate vandaag = begin.toLocalDate().plusDays(14);

    Casus gezin = new Casus(politie, "partner.politie", begin);
    gezin.voegBetrokkeneToe(
        "Jan",
        "de Vries",
        LocalDate.of(1985, 4, 12),
        new Adres("Lindenlaan", "12", "1811 AB", "Alkmaar"),
        new Bsn("111222333"),
        vandaag);
    gezin.voegBetrokkeneToe(
        "Sanne",
        "de Vries",
        LocalDate.of(2012, 9, 3),
        new Adres("Lindenlaan", "12", "1811 AB", "Alkmaar"),
        null,
        vandaag);
    beschrijf(
        gezin,
        "Herhaalde overlast en bedreiging van buren; schulden en een gestopte behandeling.",
        Map.of(
            Leefgebied.FINANCIEN, "Schulden, schuldhulpverlening loopt.",
            Leefgebied.GEESTELIJKE_GEZONDHEID, "Behandeling eenzijdig gestopt.",
            Leefgebied.JUSTITIE, "Meldingen van overlast en een aangifte wegens bedreiging."),
        ggz);
    dienIn(gezin, 1, begin.plusHours(1));
    gezin.neemInScreening("regisseur", begin.plusDays(1));
    gezin.agendeer("regisseur", begin.plusDays(2));
    besluit(
        gezin,
        Triagebesluit.Uitkomst.OPGEPAKT,
        Triagebesluit.Route.UITVRAAG_EN_BRIEFING,
        "Zorg en veiligheid nodig",
        begin.plusDays(6));
    gezin.laatDeelnemen(ggz, begin.plusDays(6).toLocalDate());
    gezin.laatDeelnemen(gemeente, begin.plusDays(6).toLocalDate());
    gezin
        .legInformatieVast(
            politie,
            null,
            Informatiecategorie.STRAFRECHTELIJK,
            "Drie meldingen van overlast en één aangifte wegens bedreiging van een buurman.",
            "partner.politie",
            begin.plusDays(7))
        .deelMetDeelnemers("partner.politie", begin.plusDays(7));
    gezin.legInformatieVast(
        ggz,
        null,
        Informatiecategorie.GEZONDHEID,
        "Jan was tot vorig jaar in behandeling; de behandeling is eenzijdig gestopt.",
        "partner.ggz",
        begin.plusDays(8));
    gezin
        .legInformatieVast(
            gemeente,
            null,
            Informatiecategorie.ALGEMEEN,
            "Het gezin heeft schulden; een traject schuldhulpverlening loopt sinds maart.",
            "medewerker.gemeente",
            begin.plusDays(8))
        .deelMetDeelnemers("medewerker.gemeente", begin.plusDays(8));
    em.persist(gezin);

    Casus alleenPolitie = new Casus(politie, "partner.politie", begin.plusDays(10));
    alleenPolitie.voegBetrokkeneToe(
        "Kees",
        "Bakker",
        LocalDate.of(1970, 1, 30),
        new Adres("Kanaalkade", "7", "1811 LK", "Alkmaar"),
        null,
        vandaag);
    alleenPolitie.voegBetrokkeneToe(
        "Els",
        "Bakker",
        LocalDate.of(1972, 8, 14),
        new Adres("Kanaalkade", "7", "1811 LK", "Alkmaar"),
        null,
        vandaag);
    beschrijf(
        alleenPolitie,
        "Ernstige burenruzie die dreigt te escaleren.",
        Map.of(
            Leefgebied.HUISELIJKE_RELATIES, "Spanningen in het huishouden.",
            Leefgebied.JUSTITIE, "Meerdere meldingen van geluidsoverlast."),
        gemeente);
    dienIn(alleenPolitie, 2, begin.plusDays(10));
    em.persist(alleenPolitie);

    Casus aanvulling = new Casus(politie, "partner.politie", begin.plusDays(11));
    aanvulling.voegBetrokkeneToe(
        "Fatima", "El Amrani", LocalDate.of(1994, 3, 21), null, null, vandaag);
    beschrijf(
        aanvulling,
        "Zorgen over verwaarlozing en overlast in de wijk.",
        Map.of(Leefgebied.HUISVESTING, "Dreigende huisuitzetting."),
        gemeente);
    dienIn(aanvulling, 5, begin.plusDays(11));
    aanvulling.vraagAanvulling(
        "Vul het adres van de betrokkene aan en noem een contactpersoon bij de gemeente.",
        "regisseur",
        begin.plusDays(12));
    em.persist(aanvulling);

    for (Afsluiting afsluiting :
        List.of(
            afgeslotenCasus(politie, gemeente, 3, begin.minusYears(3), vandaag),
            afgeslotenCasus(politie, gemeente, 4, begin.minusYears(1), vandaag))) {
      em.persist(afsluiting.getCasus());
      em.persist(afsluiting);
    }
  }

  /**
   * A case after its first ICO, so that a new user sees the heart of the work at once: two held
   * overleggen with verslag and ZRM scores, a plan van aanpak in two versions with one actiepunt
   * over its date, a casusregisseur (the GGZ partner), and the next overleg planned.
   */
  private void naHetIco(Organisatie politie, Organisatie ggz) {
    Gebruiker regisseur = gebruiker("regisseur");
    Gebruiker agent = gebruiker("partner.politie");
    Gebruiker behandelaar = gebruiker("partner.ggz");
    OffsetDateTime begin = OffsetDateTime.now(klok).minusDays(70);
    LocalDate ico = begin.toLocalDate().plusDays(14);
    LocalDate vervolg = ico.plusDays(42);

    Casus casus = new Casus(politie, "partner.politie", begin);
    casus.voegBetrokkeneToe(
        "Ahmed",
        "Yilmaz",
        LocalDate.of(1979, 11, 2),
        new Adres("Molenweg", "3", "1812 CD", "Alkmaar"),
        null,
        begin.toLocalDate());
    beschrijf(
        casus,
        "Zorgmijdend gedrag, schulden en herhaalde conflicten met de verhuurder.",
        Map.of(
            Leefgebied.FINANCIEN, "Oplopende huurachterstand.",
            Leefgebied.HUISVESTING, "Dreigende ontruiming.",
            Leefgebied.GEESTELIJKE_GEZONDHEID, "Vermoeden van psychische problemen."),
        ggz);
    dienIn(casus, 6, begin.plusHours(2));
    casus.neemInScreening("regisseur", begin.plusDays(1));
    casus.agendeer("regisseur", begin.plusDays(2));
    besluit(
        casus,
        Triagebesluit.Uitkomst.OPGEPAKT,
        Triagebesluit.Route.UITVRAAG_EN_BRIEFING,
        "Meerdere leefgebieden; partners lopen vast. ICO met politie en GGZ.",
        begin.plusDays(6));
    em.persist(casus);

    PlanVanAanpak plan = new PlanVanAanpak(casus);
    Overleg eerste =
        gehouden(casus, 1, ico, regisseur, List.of(agent, behandelaar), begin.plusDays(7));
    eerste.bewaarVerslag(
        "Doel: huisvesting behouden en zorg op gang brengen. Politie meldt de situatie aan bij"
            + " de wijkagent; GGZ legt contact via de huisarts. GGZ-partner wordt casusregisseur.");
    eerste.stelVerslagVast("regisseur", tijd(ico, 16));
    Betrokkene ahmed = casus.getBetrokkenen().get(0);
    eerste.scoor(ahmed, Leefgebied.FINANCIEN, 1, 3);
    eerste.scoor(ahmed, Leefgebied.HUISVESTING, 2, 4);
    eerste.scoor(ahmed, Leefgebied.GEESTELIJKE_GEZONDHEID, 2, 3);
    plan.voegDoelToe("De betrokkene behoudt zijn woning.");
    plan.voegDoelToe("De betrokkene is in zorg bij de GGZ.");
    plan.voegActiepuntToe(
        "Contact leggen via de huisarts en een eerste gesprek plannen.",
        ggz,
        behandelaar,
        ico.plusDays(14),
        ico);
    plan.voegActiepuntToe(
        "Wijkagent maakt kennis en bespreekt de meldingen.", politie, agent, ico.plusDays(21), ico);
    plan.stelCasusregisseurAan(behandelaar, "regisseur", tijd(ico, 16));
    plan.stelVast(1, "regisseur", tijd(ico, 16));
    casus.startUitvoering("regisseur", tijd(ico, 16));
    em.persist(eerste);
    em.persist(plan);
    em.flush();

    Overleg tweede =
        gehouden(casus, 2, vervolg, regisseur, List.of(agent, behandelaar), tijd(ico, 17));
    tweede.bewaarVerslag(
        "Eerste gesprek bij de GGZ heeft plaatsgevonden. Huurachterstand nog niet opgelost:"
            + " nieuw actiepunt voor een betalingsregeling.");
    tweede.stelVerslagVast("regisseur", tijd(vervolg, 16));
    tweede.scoor(ahmed, Leefgebied.FINANCIEN, 2, 3);
    tweede.scoor(ahmed, Leefgebied.HUISVESTING, 2, 4);
    tweede.scoor(ahmed, Leefgebied.GEESTELIJKE_GEZONDHEID, 3, 3);
    // The owners reported back between the two overleggen.
    int huisarts = plan.getActiepunten().get(0).getNummer();
    em.persist(
        plan.koppelTerug(
            huisarts,
            Terugkoppeling.Soort.GEREED,
            "Eerste gesprek gevoerd; vervolgafspraken bij de GGZ staan.",
            behandelaar,
            tijd(ico.plusDays(12), 11)));
    int wijkagent = plan.getActiepunten().get(1).getNummer();
    plan.wijzigActiepunt(
        wijkagent,
        "Wijkagent maakt kennis en bespreekt de meldingen.",
        politie,
        agent,
        OffsetDateTime.now(klok).toLocalDate().plusDays(10),
        Actiepuntstatus.IN_UITVOERING,
        vervolg);
    // Due between the second ICO and today, and not done: the demo's overdue actiepunt.
    plan.voegActiepuntToe(
        "Betalingsregeling met de verhuurder afspreken.",
        politie,
        null,
        OffsetDateTime.now(klok).toLocalDate().minusDays(3),
        vervolg);
    plan.stelVast(2, "regisseur", tijd(vervolg, 16));
    em.persist(tweede);
    uitvoering(plan, agent, wijkagent);

    LocalDate volgende = OffsetDateTime.now(klok).toLocalDate().plusDays(14);
    Overleg derde =
        new Overleg(
            casus,
            3,
            new Overlegmoment(
                volgende, LocalTime.of(10, 0), LocalTime.of(11, 0), "ZVH Alkmaar, zaal 1", null),
            regisseur,
            "Voortgang van het plan; de betalingsregeling.",
            "regisseur",
            tijd(vervolg, 17));
    derde.nodigUit(agent);
    derde.nodigUit(behandelaar);
    em.persist(derde);
  }

  /**
   * Carrying out the plan since the second ICO: the wijkagent reported progress, and politie
   * signalled a development that the casusregisseur has not yet handled.
   */
  private void uitvoering(PlanVanAanpak plan, Gebruiker agent, int wijkagent) {
    LocalDate vandaag = OffsetDateTime.now(klok).toLocalDate();
    em.persist(
        plan.koppelTerug(
            wijkagent,
            Terugkoppeling.Soort.VOORTGANG,
            "Kennismaking gehad; de meldingen zijn besproken. Vervolggesprek over twee weken.",
            agent,
            tijd(vandaag.minusDays(6), 10)));
    em.persist(
        Signaal.ontwikkeling(
            plan,
            "Nieuwe melding van burenoverlast; de verhuurder overweegt een ontruimingsprocedure.",
            agent,
            tijd(vandaag.minusDays(2), 15)));
  }

  /**
   * The werklijsten part: between the ICOs the procesregisseur adds actiepunten to the plan of case
   * 000006 and establishes it again, so that each demo partner has work of its own in "Mijn
   * actiepunten": open ones, one assigned to the user, one past its date and one that did not work
   * out (the police already has one past its date).
   */
  private void werklijsten(Organisatie politie, Organisatie ggz) {
    Gebruiker agent = gebruiker("partner.politie");
    Gebruiker behandelaar = gebruiker("partner.ggz");
    LocalDate vandaag = OffsetDateTime.now(klok).toLocalDate();
    LocalDate toen = vandaag.minusDays(10);
    PlanVanAanpak plan =
        em.createQuery(
                "select p from PlanVanAanpak p where p.casus.nummer like :nummer",
                PlanVanAanpak.class)
            .setParameter("nummer", "%-000006")
            .getSingleResult();
    plan.voegActiepuntToe(
        "Behandelplan opstellen en met de betrokkene bespreken.",
        ggz,
        behandelaar,
        vandaag.plusDays(7),
        toen);
    plan.voegActiepuntToe(
        "Terugkoppeling aan de huisarts over het eerste gesprek.",
        ggz,
        null,
        vandaag.minusDays(2),
        toen);
    int bewind =
        plan.voegActiepuntToe(
                "Ondersteuning bij het aanvragen van beschermingsbewind.",
                ggz,
                behandelaar,
                vandaag.minusDays(4),
                toen)
            .getNummer();
    plan.voegActiepuntToe(
        "Buurtbewoners informeren over het aanspreekpunt bij overlast.",
        politie,
        agent,
        vandaag.plusDays(21),
        toen);
    plan.stelVast(null, "regisseur", tijd(toen, 11));
    // It did not work out: the report is a signal, which the casusregisseur took up.
    Terugkoppeling luktNiet =
        plan.koppelTerug(
            bewind,
            Terugkoppeling.Soort.LUKT_NIET,
            "De betrokkene wil nog geen bewindvoering; eerst vertrouwen opbouwen.",
            behandelaar,
            tijd(toen.plusDays(3), 14));
    em.persist(luktNiet);
    Signaal signaal = Signaal.luktNiet(luktNiet);
    signaal.handelAf(
        "Besproken met de procesregisseur: op de agenda van het vervolg-ICO.",
        "partner.ggz",
        tijd(toen.plusDays(4), 9));
    em.persist(signaal);
  }

  /**
   * Procesregie (issue 13): the procesregisseur last spoke with the GGZ casusregisseur of case
   * 000006 five weeks ago, longer than the default 28 days, so the dashboard "Lopende casussen"
   * flags the case. Invented, like every demo case.
   */
  // ---- Koppelingen (issue 14, item 5)
  /**
   * One koppeling per demo organisation that uses the API: the police and the GGZ as KETENPARTNER,
   * the ZVH as PROCESREGISSEUR, with the fixed demo keys above.
   */
  private void demoKoppelingen(Organisatie zvh, Organisatie politie, Organisatie ggz) {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    for (Map.Entry<String, Organisatie> demo :
        List.of(
            Map.entry(DEMO_SLEUTEL_POLITIE, politie),
            Map.entry(DEMO_SLEUTEL_GGZ, ggz),
            Map.entry(DEMO_SLEUTEL_ZVH, zvh))) {
      Organisatie organisatie = demo.getValue();
      String naam =
          organisatie == politie ? "politie-demo" : organisatie == ggz ? "ggz-demo" : "zvh-demo";
      em.persist(
          new Koppeling(
              naam, organisatie, Apisleutel.ontleed(demo.getKey()).orElseThrow(), "demo", nu));
    }
  }

  private void contactNaHetIco() {
    Casus casus =
        em.createQuery("select c from Casus c where c.nummer like :nummer", Casus.class)
            .setParameter("nummer", "ZVH-%-000006")
            .getSingleResult();
    OffsetDateTime nu = OffsetDateTime.now(klok);
    LocalDate toen = nu.toLocalDate().minusDays(35);
    em.persist(
        new Contactmoment(
            casus,
            gebruiker("partner.ggz"),
            toen,
            Contactmoment.Vorm.TELEFOON,
            "Afgesproken dat de casusregisseur na het tweede gesprek belt.",
            "regisseur",
            tijd(toen, 15)));
    casus.registreerVoortgang(
        Gebeurtenis.Soort.CONTACT_CASUSREGISSEUR,
        "regisseur",
        "Contact met de casusregisseur (telefoon)",
        tijd(toen, 15));
  }

  /**
   * Berichten (issue 12): a few messages in the thread of case 000006 between the GGZ
   * casusregisseur, the police and the procesregisseur, one a correction; the last three are unread
   * for partner.politie, the last two for the procesregisseur.
   */
  private void berichtenNaHetIco() {
    Casus casus =
        em.createQuery("select c from Casus c where c.nummer like :nummer", Casus.class)
            .setParameter("nummer", "ZVH-%-000006")
            .getSingleResult();
    Gebruiker regisseur = gebruiker("regisseur");
    Gebruiker agent = gebruiker("partner.politie");
    Gebruiker behandelaar = gebruiker("partner.ggz");
    OffsetDateTime nu = OffsetDateTime.now(klok);
    Bericht een =
        new Bericht(
            casus,
            behandelaar,
            "Afgelopen week was het tweede gesprek. Hij staat open voor hulp bij zijn financiën.\n"
                + "Kan de politie nagaan of er sinds het ICO nieuwe meldingen zijn?",
            null,
            nu.minusDays(5));
    Bericht twee =
        new Bericht(
            casus,
            agent,
            "Sinds het laatste ICO geen nieuwe meldingen van overlast. De wijkagent gaat volgende"
                + " week langs.",
            null,
            nu.minusDays(4));
    Bericht drie =
        new Bericht(
            casus,
            regisseur,
            "Dank jullie. Ik zet de betalingsregeling op de agenda van het volgende ICO.\n"
                + "GGZ: lukt het om de verhuurder vooraf te spreken?",
            null,
            nu.minusDays(2));
    Bericht vier =
        new Bericht(
            casus,
            behandelaar,
            "Ja, ik heb donderdag een afspraak met de verhuurder.",
            null,
            nu.minusDays(1));
    List.of(een, twee, drie, vier).forEach(em::persist);
    em.flush();
    em.persist(
        new Bericht(
            casus,
            behandelaar,
            "Correctie: de afspraak met de verhuurder is vrijdag, niet donderdag.",
            vier,
            nu.minusDays(1).plusHours(1)));
    Map.of(agent, twee, regisseur, drie, behandelaar, drie)
        .forEach(
            (gebruiker, tot) -> {
              Berichtlezing lezing = new Berichtlezing(gebruiker, casus, tot.getVerstuurdOp());
              lezing.gelezenTot(tot, tot.getVerstuurdOp());
              em.persist(lezing);
            });
    em.flush();
  }

  /** An overleg planned a week ahead and held on its day with everyone present. */
  private static Overleg gehouden(
      Casus casus,
      int nummer,
      LocalDate datum,
      Gebruiker voorzitter,
      List<Gebruiker> genodigden,
      OffsetDateTime gepland) {
    Overleg overleg =
        new Overleg(
            casus,
            nummer,
            new Overlegmoment(
                datum, LocalTime.of(13, 30), LocalTime.of(15, 0), "ZVH Alkmaar, zaal 2", null),
            voorzitter,
            nummer == 1
                ? "Kennismaking, doel en plan van aanpak, casusregisseur."
                : "Voortgang van het plan.",
            voorzitter.getGebruikersnaam(),
            gepland);
    for (Gebruiker genodigde : genodigden) {
      overleg.nodigUit(genodigde);
      if (!casus.neemtDeel(genodigde.getOrganisatie().getId(), gepland.toLocalDate())) {
        casus.laatDeelnemen(genodigde.getOrganisatie(), gepland.toLocalDate());
      }
    }
    overleg.legAanwezigheidVast(
        genodigden.stream().map(Gebruiker::getId).collect(Collectors.toSet()), false, datum);
    return overleg;
  }

  /**
   * Procesregie (issue 13): the casusregisseur of case 000006 escalated the threatened eviction to
   * the procesregisseur, who took it to the manager three days ago; the manager's answer is due in
   * four days. The manager's inbox has it; the case's tab "Procesregie" shows it.
   */
  private void opschalingNaarDeManager() {
    LocalDate vandaag = OffsetDateTime.now(klok).toLocalDate();
    PlanVanAanpak plan =
        em.createQuery(
                "select p from PlanVanAanpak p where p.casus.nummer like :nummer",
                PlanVanAanpak.class)
            .setParameter("nummer", "%-000006")
            .getSingleResult();
    Gebruiker behandelaar = gebruiker("partner.ggz");
    Escalatie escalatie =
        new Escalatie(
            plan,
            "De verhuurder zet de ontruimingsprocedure door; de partners komen er samen niet uit.",
            "Kan het ZVH de verhuurder en de gemeente samen aan tafel krijgen?",
            List.of(),
            behandelaar,
            tijd(vandaag.minusDays(4), 11));
    em.persist(escalatie);
    plan.getCasus()
        .registreerVoortgang(
            Gebeurtenis.Soort.OPGESCHAALD,
            "partner.ggz",
            "Opgeschaald naar de procesregisseur",
            tijd(vandaag.minusDays(4), 11));
    Opschaling opschaling =
        new Opschaling(
            plan.getCasus(),
            escalatie,
            "Wilt u de directeur van de woningcorporatie vragen de ontruiming op te schorten"
                + " zolang het plan van aanpak loopt?",
            "Een ontruiming maakt het plan onuitvoerbaar: behandeling en schuldhulp vragen een"
                + " vaste woonplek.",
            "De casusregisseur en de wijkagent spraken twee keer met de verhuurder; de gemeente bood"
                + " een betalingsregeling aan. De verhuurder houdt vast aan de procedure.",
            vandaag.plusDays(4),
            gebruiker("manager"),
            gebruiker("regisseur"),
            tijd(vandaag.minusDays(3), 9));
    em.persist(opschaling);
    plan.getCasus()
        .registreerVoortgang(
            Gebeurtenis.Soort.OPGESCHAALD_NAAR_MANAGER,
            "regisseur",
            "Opgeschaald naar Mark Manager, antwoord uiterlijk "
                + vandaag.plusDays(4).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
            tijd(vandaag.minusDays(3), 9));
  }

  private OffsetDateTime tijd(LocalDate dag, int uur) {
    return dag.atTime(uur, 0).atZone(Tijdzone.NEDERLAND).toOffsetDateTime();
  }

  private Gebruiker gebruiker(String gebruikersnaam) {
    return em.createNamedQuery("Gebruiker.findByGebruikersnaam", Gebruiker.class)
        .setParameter("gebruikersnaam", gebruikersnaam)
        .getSingleResult();
  }

  /** Fills in the referral form of a demo case as its referrer would. */
  private static void beschrijf(
      Casus casus, String reden, Map<Leefgebied, String> problemen, Organisatie uitTeNodigen) {
    Map<Criterium, Criteriumantwoord> criteria = new EnumMap<>(Criterium.class);
    for (Criterium criterium : Criterium.values()) {
      criteria.put(
          criterium,
          new Criteriumantwoord(
              criterium != Criterium.D, "Toelichting van de aanmelder bij criterium " + criterium));
    }
    casus.beschrijfAanmelding(
        reden,
        "Een gezamenlijk plan van aanpak van zorg en veiligheid.",
        problemen,
        criteria,
        List.of(
            new UitTeNodigenPartner(
                uitTeNodigen,
                "Contactpersoon " + uitTeNodigen.getNaam(),
                "contact@example.nl",
                null)));
    casus.legInformerenVast(true, null, null);
  }

  /** Submits a demo case with the dates the portal would have given it. */
  private static void dienIn(Casus casus, int volgnummer, OffsetDateTime tijdstip) {
    casus.dienIn(
        "ZVH-" + casus.getAangemaaktOp().getYear() + String.format("-%06d", volgnummer),
        "partner.politie",
        tijdstip,
        Triageplanning.STANDAARD.triagedatum(tijdstip.toInstant()),
        new Werkdagen(Feestdagen.zonderBesluiten()).na(tijdstip.toLocalDate(), 5));
  }

  /** Records the triage's decision on a demo case, on its triage date. */
  private static void besluit(
      Casus casus,
      Triagebesluit.Uitkomst uitkomst,
      Triagebesluit.Route route,
      String motivering,
      OffsetDateTime tijdstip) {
    casus.besluit(
        new Triagebesluit(
            uitkomst,
            route,
            null,
            motivering,
            casus.getAanmelding().getTriagedatum().orElseThrow()),
        "regisseur",
        tijdstip);
  }

  /** A case that was not for the ZVH and was closed on the given day: retention runs from there. */
  private static Afsluiting afgeslotenCasus(
      Organisatie politie,
      Organisatie gemeente,
      int volgnummer,
      OffsetDateTime afgesloten,
      LocalDate vandaag) {
    OffsetDateTime begin = afgesloten.minusDays(10);
    Casus casus = new Casus(politie, "partner.politie", begin);
    casus.voegBetrokkeneToe(
        "Piet", "Jansen" + volgnummer, LocalDate.of(1990, 6, volgnummer), null, null, vandaag);
    beschrijf(
        casus,
        "Overlast in de straat.",
        Map.of(Leefgebied.JUSTITIE, "Meldingen van geluidsoverlast."),
        gemeente);
    dienIn(casus, volgnummer, begin);
    casus.neemInScreening("regisseur", begin.plusDays(1));
    casus.agendeer("regisseur", begin.plusDays(2));
    besluit(casus, Triagebesluit.Uitkomst.NIET_VOOR_ZVH, null, "Advies gegeven", begin.plusDays(5));
    return Afsluiting.sluit(
        casus,
        Resultaat.NIET_VOOR_ZVH,
        "Advies gegeven; het ZVH pakt de casus niet op.",
        null,
        false,
        List.of(),
        "regisseur",
        afgesloten);
  }

  private Organisatie organisatie(String naam, OrganisatieType type) {
    Organisatie organisatie = new Organisatie(naam, type, CONVENANT, null);
    em.persist(organisatie);
    return organisatie;
  }
}
