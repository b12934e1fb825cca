package nl.zvh.web.overleg;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import nl.zvh.domain.model.casus.Leefgebied;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.plan.Actiepuntstatus;
import nl.zvh.privacy.GeenToegang;
import nl.zvh.regie.overleg.OverlegWeergave;
import nl.zvh.regie.overleg.Overleggen;
import nl.zvh.regie.overleg.Persoonkeuze;
import nl.zvh.regie.overleg.PlanWeergave;
import nl.zvh.regie.overleg.Planinvoer;
import nl.zvh.regie.overleg.Scoreinvoer;
import nl.zvh.web.gedeeld.Adres;
import nl.zvh.web.gedeeld.Berichten;

/**
 * "Overleg vastleggen" ({@code ?id=}): the procesregisseur records a held overleg — attendance, the
 * verslag, the ZRM scores and the plan van aanpak — as a concept, and establishes verslag and plan.
 * One form, so every button keeps what was typed elsewhere on the page; the verslag is also saved
 * when the user leaves its field. Every save carries the version the user worked on: when someone
 * else saved meanwhile, the user is told and keeps their input.
 */
@Named
@ViewScoped
public class VerslagVastleggen implements Serializable {

  static final String FORMULIER = "verslag";

  @Inject private Overleggen overleggen;
  @Inject private Berichten berichten;
  @Inject private FacesContext facesContext;
  @Inject private Clock klok;

  private String id;
  private OverlegWeergave overleg;
  private PlanWeergave plan;
  private long overlegVersie;
  private long planVersie;
  private LocalTime bewaardOm;

  private List<Long> aanwezig = new ArrayList<>();
  private boolean betrokkeneAanwezig;
  private String verslag;
  private List<Scorerij> scores = new ArrayList<>();
  private List<Doelrij> doelen = new ArrayList<>();
  private List<Actiepuntrij> actiepunten = new ArrayList<>();
  private Long casusregisseurId;

  /** A line of the ZRM form: one betrokkene, one leefgebied. */
  public static class Scorerij implements Serializable {
    private final long betrokkeneId;
    private final String betrokkene;
    private final Leefgebied leefgebied;
    private Integer score;
    private Integer doelscore;

    Scorerij(long betrokkeneId, String betrokkene, Leefgebied leefgebied) {
      this.betrokkeneId = betrokkeneId;
      this.betrokkene = betrokkene;
      this.leefgebied = leefgebied;
    }

    public String getBetrokkene() {
      return betrokkene;
    }

    public Leefgebied getLeefgebied() {
      return leefgebied;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }

    public Integer getDoelscore() {
      return doelscore;
    }

    public void setDoelscore(Integer doelscore) {
      this.doelscore = doelscore;
    }
  }

  /** A doel of the plan form; no number until it is saved. */
  public static class Doelrij implements Serializable {
    private Integer nummer;
    private String omschrijving;

    public Integer getNummer() {
      return nummer;
    }

    public String getOmschrijving() {
      return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
      this.omschrijving = omschrijving;
    }
  }

  /** An actiepunt of the plan form; no number until it is saved. */
  public static class Actiepuntrij implements Serializable {
    private Integer nummer;
    private String omschrijving;
    private Long eigenaarId;
    private Long persoonId;
    private LocalDate deadline;
    private Actiepuntstatus status = Actiepuntstatus.OPEN;
    private boolean vastgesteld;
    private boolean verlopen;

    public Integer getNummer() {
      return nummer;
    }

    public String getOmschrijving() {
      return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
      this.omschrijving = omschrijving;
    }

    public Long getEigenaarId() {
      return eigenaarId;
    }

    public void setEigenaarId(Long eigenaarId) {
      this.eigenaarId = eigenaarId;
    }

    public Long getPersoonId() {
      return persoonId;
    }

    public void setPersoonId(Long persoonId) {
      this.persoonId = persoonId;
    }

    public LocalDate getDeadline() {
      return deadline;
    }

    public void setDeadline(LocalDate deadline) {
      this.deadline = deadline;
    }

    public Actiepuntstatus getStatus() {
      return status;
    }

    public void setStatus(Actiepuntstatus status) {
      this.status = status;
    }

    public boolean isVastgesteld() {
      return vastgesteld;
    }

    public boolean isVerlopen() {
      return verlopen;
    }
  }

  public void laad() {
    if (facesContext.isPostback()) {
      return;
    }
    try {
      if (!Adres.isId(id)) {
        throw new GeenToegang("");
      }
      OverlegWeergave gelezen = overleggen.lees(Long.parseLong(id));
      if (!gelezen.rechten().vastleggen()) {
        throw new GeenToegang("");
      }
      neemOver(gelezen, overleggen.plan(gelezen.casusId()));
    } catch (GeenToegang e) {
      facesContext.getExternalContext().setResponseStatus(404);
    }
  }

  public void legAanwezigheidVast() {
    berichten.voerUit(
        () ->
            overlegVersie =
                overleggen.legAanwezigheidVast(
                    overleg.id(), overlegVersie, new HashSet<>(aanwezig), betrokkeneAanwezig),
        "verslag.aanwezigheid.bewaard",
        FORMULIER);
    herlees();
  }

  /** Saves the verslag's concept; also when the user leaves the field. */
  public void bewaarVerslag() {
    if (berichten.voerUit(
        () -> overlegVersie = overleggen.bewaarVerslag(overleg.id(), overlegVersie, verslag),
        null,
        FORMULIER)) {
      bewaardOm = LocalTime.now(klok);
    }
  }

  public void bewaarScores() {
    berichten.voerUit(
        () -> overlegVersie = overleggen.bewaarScores(overleg.id(), overlegVersie, scoreinvoer()),
        "verslag.scores.bewaard",
        FORMULIER);
  }

  public void bewaarPlan() {
    if (berichten.voerUit(
        () -> planVersie = overleggen.bewaarPlan(overleg.casusId(), planVersie, planinvoer()),
        "verslag.plan.bewaard",
        FORMULIER)) {
      herleesPlan();
    }
  }

  /**
   * Saves everything on the page, then establishes verslag and plan: the participants read them
   * from now on.
   */
  public String stelVast() {
    boolean gelukt =
        berichten.voerUit(
            () -> {
              overlegVersie = overleggen.bewaarVerslag(overleg.id(), overlegVersie, verslag);
              overlegVersie = overleggen.bewaarScores(overleg.id(), overlegVersie, scoreinvoer());
              planVersie = overleggen.bewaarPlan(overleg.casusId(), planVersie, planinvoer());
              overleggen.stelVast(overleg.id(), overlegVersie, planVersie);
            },
            null,
            FORMULIER);
    if (!gelukt) {
      herleesVersies();
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    berichten.info("verslag.vastgesteld");
    return "/casus/overleg.xhtml?faces-redirect=true&id=" + overleg.id();
  }

  public void voegDoelToe() {
    doelen.add(new Doelrij());
  }

  public void verwijderDoel(Doelrij rij) {
    doelen.remove(rij);
  }

  public void voegActiepuntToe() {
    actiepunten.add(new Actiepuntrij());
  }

  public void verwijderActiepunt(Actiepuntrij rij) {
    actiepunten.remove(rij);
  }

  private List<Scoreinvoer> scoreinvoer() {
    return scores.stream()
        .map(r -> new Scoreinvoer(r.betrokkeneId, r.leefgebied, r.score, r.doelscore))
        .toList();
  }

  private Planinvoer planinvoer() {
    return new Planinvoer(
        doelen.stream().map(d -> new Planinvoer.Doel(d.nummer, d.omschrijving)).toList(),
        actiepunten.stream()
            .map(
                a ->
                    new Planinvoer.Actiepunt(
                        a.nummer, a.omschrijving, a.eigenaarId, a.persoonId, a.deadline, a.status))
            .toList(),
        casusregisseurId);
  }

  private void neemOver(OverlegWeergave gelezen, PlanWeergave gelezenPlan) {
    overleg = gelezen;
    overlegVersie = gelezen.versie();
    aanwezig =
        new ArrayList<>(
            gelezen.genodigden().stream()
                .filter(g -> Boolean.TRUE.equals(g.aanwezig()))
                .map(OverlegWeergave.Uitgenodigde::gebruikerId)
                .toList());
    betrokkeneAanwezig = Boolean.TRUE.equals(gelezen.betrokkeneAanwezig());
    verslag = gelezen.verslagConcept();
    scores = new ArrayList<>();
    for (OverlegWeergave.Persoon persoon : gelezen.betrokkenen()) {
      for (Leefgebied leefgebied : Leefgebied.values()) {
        Scorerij rij = new Scorerij(persoon.id(), persoon.naam(), leefgebied);
        gelezen.scores().stream()
            .filter(s -> s.betrokkeneId() == persoon.id() && s.leefgebied() == leefgebied)
            .findFirst()
            .ifPresent(
                s -> {
                  rij.score = s.score();
                  rij.doelscore = s.doelscore();
                });
        scores.add(rij);
      }
    }
    neemPlanOver(gelezenPlan);
  }

  private void neemPlanOver(PlanWeergave gelezen) {
    plan = gelezen;
    planVersie = gelezen.versie();
    doelen = new ArrayList<>();
    for (PlanWeergave.Doel d : gelezen.doelen()) {
      Doelrij rij = new Doelrij();
      rij.nummer = d.nummer();
      rij.omschrijving = d.omschrijving();
      doelen.add(rij);
    }
    actiepunten = new ArrayList<>();
    for (PlanWeergave.Actiepunt a : gelezen.actiepunten()) {
      Actiepuntrij rij = new Actiepuntrij();
      rij.nummer = a.nummer();
      rij.omschrijving = a.omschrijving();
      rij.eigenaarId = a.eigenaarId();
      rij.persoonId = a.persoonId();
      rij.deadline = a.deadline();
      rij.status = a.status();
      rij.vastgesteld = a.vastgesteld();
      rij.verlopen = a.verlopen();
      actiepunten.add(rij);
    }
    casusregisseurId =
        gelezen.casusregisseur() == null ? null : gelezen.casusregisseur().gebruikerId();
  }

  /** After attendance: the overleg's state changed; the typed plan and verslag stay. */
  private void herlees() {
    overleg = overleggen.lees(overleg.id());
    overlegVersie = overleg.versie();
  }

  /** After saving the plan: the new lines have their numbers now. */
  private void herleesPlan() {
    neemPlanOver(overleggen.plan(overleg.casusId()));
  }

  /** After a refused establishment: what was saved on the way counts, the input stays. */
  private void herleesVersies() {
    overlegVersie = overleggen.lees(overleg.id()).versie();
  }

  public List<Persoonkeuze> getPartners() {
    return plan.partners();
  }

  /** The organisations that take part, as owners of actiepunten. */
  public List<Persoonkeuze> getOrganisaties() {
    return plan.partners().stream()
        .collect(
            Collectors.toMap(Persoonkeuze::organisatieId, p -> p, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  public Actiepuntstatus[] getStatussen() {
    return Actiepuntstatus.values();
  }

  /** A score of the Zelfredzaamheid-Matrix with the key of its meaning. */
  public record Scorekeuze(int waarde, String sleutel) implements Serializable {}

  /** The five values of the Zelfredzaamheid-Matrix with their meaning, for every score form. */
  public static final List<Scorekeuze> SCOREKEUZES =
      List.of(
          new Scorekeuze(1, "zrm.waarde.1"),
          new Scorekeuze(2, "zrm.waarde.2"),
          new Scorekeuze(3, "zrm.waarde.3"),
          new Scorekeuze(4, "zrm.waarde.4"),
          new Scorekeuze(5, "zrm.waarde.5"));

  public List<Scorekeuze> getScorekeuzes() {
    return SCOREKEUZES;
  }

  public List<Integer> getScorewaarden() {
    return List.of(1, 2, 3, 4, 5);
  }

  public boolean isGehouden() {
    return overleg.status() == Overleg.Status.GEHOUDEN;
  }

  public LocalTime getBewaardOm() {
    return bewaardOm;
  }

  public OverlegWeergave getOverleg() {
    return overleg;
  }

  public PlanWeergave getPlan() {
    return plan;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<Long> getAanwezig() {
    return aanwezig;
  }

  public void setAanwezig(List<Long> aanwezig) {
    this.aanwezig = aanwezig;
  }

  public boolean isBetrokkeneAanwezig() {
    return betrokkeneAanwezig;
  }

  public void setBetrokkeneAanwezig(boolean betrokkeneAanwezig) {
    this.betrokkeneAanwezig = betrokkeneAanwezig;
  }

  public String getVerslag() {
    return verslag;
  }

  public void setVerslag(String verslag) {
    this.verslag = verslag;
  }

  public List<Scorerij> getScores() {
    return scores;
  }

  public List<Doelrij> getDoelen() {
    return doelen;
  }

  public List<Actiepuntrij> getActiepunten() {
    return actiepunten;
  }

  public Long getCasusregisseurId() {
    return casusregisseurId;
  }

  public void setCasusregisseurId(Long casusregisseurId) {
    this.casusregisseurId = casusregisseurId;
  }
}
