package nl.zvh.regie.overleg;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.zvh.domain.model.casus.Betrokkene;
import nl.zvh.domain.model.gedeeld.Tijdzone;
import nl.zvh.domain.model.overleg.Genodigde;
import nl.zvh.domain.model.overleg.Overleg;
import nl.zvh.domain.model.overleg.Overlegmoment;
import nl.zvh.domain.model.overleg.Verslagversie;
import nl.zvh.domain.model.overleg.Zrmscore;
import nl.zvh.domain.model.plan.Planregel;
import nl.zvh.domain.model.plan.Planversie;
import nl.zvh.regie.document.Archiefdocument;
import nl.zvh.regie.document.Archiefdocument.Kolom;

/**
 * The archive document of a held ICO as PDF/A-2b: the verslag, who was there, the plan van aanpak
 * with its actiepunten, the ZRM scores, and who laid it down when. The doelbinding statement stands
 * in a box at the top of the first page. The document takes a plain {@link Inhoud}; {@link
 * Inhoud#van} reads one from an overleg and the plan version that goes with it. Times are shown in
 * Dutch time.
 */
public final class Verslagdocument {

  /** The purpose limitation of the overleg, word for word on every verslag. */
  public static final String DOELBINDING =
      "Informatie die gedeeld wordt in het overleg mag níet gebruikt worden zonder dit formeel op"
          + " te vragen bij de verstrekkende organisatie.";

  private static final DateTimeFormatter TIJD =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Tijdzone.NEDERLAND);
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final String GEEN = "Geen.";

  private Verslagdocument() {}

  /**
   * What the verslag holds.
   *
   * @param casusnummer the case number
   * @param tijdstip when the overleg began
   * @param plaats where it was held (a room, or "online")
   * @param voorzitter the chair's name
   * @param aanwezigen the invited, present or absent, in the order to show
   * @param verslag the text of the verslag; line breaks are kept
   * @param doelen the goals of the plan van aanpak
   * @param actiepunten the actions of the plan van aanpak
   * @param casusregisseur the casusregisseur's name
   * @param scores the ZRM scores, grouped by betrokkene in the order of their first score
   * @param versie the version of the verslag (1, 2, …)
   * @param vastgesteldDoor who laid this version down
   * @param vastgesteldOp when
   */
  public record Inhoud(
      String casusnummer,
      OffsetDateTime tijdstip,
      String plaats,
      String voorzitter,
      List<Aanwezige> aanwezigen,
      String verslag,
      List<String> doelen,
      List<Actiepunt> actiepunten,
      String casusregisseur,
      List<Score> scores,
      int versie,
      String vastgesteldDoor,
      OffsetDateTime vastgesteldOp) {

    public Inhoud {
      Objects.requireNonNull(casusnummer, "casusnummer");
      Objects.requireNonNull(tijdstip, "tijdstip");
      Objects.requireNonNull(vastgesteldOp, "vastgesteldOp");
      aanwezigen = List.copyOf(aanwezigen);
      doelen = List.copyOf(doelen);
      actiepunten = List.copyOf(actiepunten);
      scores = List.copyOf(scores);
    }

    /**
     * What the verslag of this overleg holds: its last established version, the invitees with their
     * attendance (and the betrokkene's, when invited), the plan van aanpak as the given established
     * version reads, and the ZRM scores given at this overleg, per betrokkene in the order of the
     * case and per leefgebied in the order of the matrix.
     *
     * @param plan the established version of the plan that goes with this overleg, if any
     * @throws IllegalStateException when the verslag was never established
     */
    static Inhoud van(Overleg overleg, Optional<Planversie> plan) {
      Verslagversie verslag =
          overleg
              .laatsteVerslag()
              .orElseThrow(() -> new IllegalStateException("Het verslag is niet vastgesteld."));
      Overlegmoment moment = overleg.getMoment();
      List<Betrokkene> betrokkenen = overleg.getCasus().getBetrokkenen();
      List<Aanwezige> aanwezigen = new ArrayList<>();
      for (Genodigde g : overleg.getGenodigden()) {
        aanwezigen.add(
            new Aanwezige(
                g.getGebruiker().getNaam(),
                g.getOrganisatie().getNaam(),
                g.getAanwezig().orElse(false)));
      }
      if (overleg.isBetrokkeneUitgenodigd()) {
        aanwezigen.add(
            new Aanwezige("Betrokkene", null, overleg.getBetrokkeneAanwezig().orElse(false)));
      }
      return new Inhoud(
          overleg.getCasus().getNummer(),
          moment.datum().atTime(moment.begin()).atZone(Tijdzone.NEDERLAND).toOffsetDateTime(),
          Overlegmeldingen.plaats(overleg),
          overleg.getVoorzitter().getNaam(),
          aanwezigen,
          verslag.getTekst(),
          plan.map(v -> v.regels(Planregel.Soort.DOEL)).orElse(List.of()).stream()
              .map(Planregel::getOmschrijving)
              .toList(),
          plan.map(v -> v.regels(Planregel.Soort.ACTIEPUNT)).orElse(List.of()).stream()
              .map(
                  r ->
                      new Actiepunt(
                          r.getOmschrijving(),
                          r.getOrganisatie(),
                          r.getPersoon(),
                          r.getDeadline(),
                          r.getStatus() == null ? null : r.getStatus().omschrijving()))
              .toList(),
          plan.flatMap(v -> v.regels(Planregel.Soort.CASUSREGISSEUR).stream().findFirst())
              .map(r -> r.getOmschrijving() + " (" + r.getOrganisatie() + ")")
              .orElse(null),
          overleg.getScores().stream()
              .sorted(
                  Comparator.comparingInt((Zrmscore s) -> betrokkenen.indexOf(s.getBetrokkene()))
                      .thenComparing(Zrmscore::getLeefgebied))
              .map(
                  s ->
                      new Score(
                          Overleglezer.naam(s.getBetrokkene()),
                          Leefgebiednamen.naam(s.getLeefgebied()),
                          s.getScore(),
                          s.getDoelscore().orElse(null)))
              .toList(),
          verslag.getNummer(),
          verslag.getVastgesteldDoor(),
          verslag.getVastgesteldOp());
    }
  }

  /** An invited participant and whether they were there. */
  public record Aanwezige(String naam, String organisatie, boolean aanwezig) {}

  /**
   * An action of the plan van aanpak.
   *
   * @param persoon the person who carries it out, or {@code null}
   * @param uiterlijk the due date, or {@code null}
   */
  public record Actiepunt(
      String omschrijving,
      String organisatie,
      String persoon,
      LocalDate uiterlijk,
      String status) {}

  /**
   * One ZRM score (zelfredzaamheid, 1 to 5) of a betrokkene on a leefgebied.
   *
   * @param doelscore the score aimed for, or {@code null}
   */
  public record Score(String betrokkene, String leefgebied, int score, Integer doelscore) {}

  /** The verslag as PDF/A-2b. */
  public static byte[] pdf(Inhoud inhoud) {
    Archiefdocument document =
        new Archiefdocument("Verslag ICO casus " + inhoud.casusnummer())
            .ondertitel(TIJD.format(inhoud.tijdstip()) + ", " + tekst(inhoud.plaats()))
            .ondertitel(vastgesteld(inhoud))
            .voettekst(
                "Verslag ICO casus "
                    + inhoud.casusnummer()
                    + ", versie "
                    + inhoud.versie()
                    + " – vertrouwelijk")
            .kader(DOELBINDING)
            .kop("Overleg")
            .gegeven("Casus", inhoud.casusnummer())
            .gegeven("Datum en tijd", TIJD.format(inhoud.tijdstip()))
            .gegeven("Plaats", tekst(inhoud.plaats()))
            .gegeven("Voorzitter", tekst(inhoud.voorzitter()))
            .gegeven("Casusregisseur", tekst(inhoud.casusregisseur()))
            .gegeven("Versie", String.valueOf(inhoud.versie()))
            .gegeven(
                "Vastgesteld",
                "door "
                    + tekst(inhoud.vastgesteldDoor())
                    + " op "
                    + TIJD.format(inhoud.vastgesteldOp()));

    document.kop("Aanwezigheid");
    if (inhoud.aanwezigen().isEmpty()) {
      document.alinea(GEEN);
    } else {
      document.tabel(
          List.of(new Kolom("Naam", 3), new Kolom("Organisatie", 3), new Kolom("Aanwezig", 1.3f)),
          inhoud.aanwezigen().stream()
              .map(
                  a ->
                      List.of(
                          tekst(a.naam()),
                          tekst(a.organisatie()),
                          a.aanwezig() ? "aanwezig" : "afwezig"))
              .toList());
    }

    document.kop("Verslag").alinea(tekst(inhoud.verslag()));

    document.kop("Plan van aanpak").tussenkop("Doelen");
    if (inhoud.doelen().isEmpty()) {
      document.alinea(GEEN);
    }
    inhoud.doelen().forEach(document::opsomming);
    document.tussenkop("Actiepunten");
    if (inhoud.actiepunten().isEmpty()) {
      document.alinea(GEEN);
    } else {
      document.tabel(
          List.of(
              new Kolom("Actiepunt", 5),
              new Kolom("Organisatie", 3),
              new Kolom("Persoon", 2.6f),
              new Kolom("Uiterlijk", 1.75f),
              new Kolom("Status", 1.75f)),
          inhoud.actiepunten().stream()
              .map(
                  a ->
                      List.of(
                          tekst(a.omschrijving()),
                          tekst(a.organisatie()),
                          tekst(a.persoon()),
                          a.uiterlijk() == null ? "-" : DATUM.format(a.uiterlijk()),
                          tekst(a.status())))
              .toList());
    }

    document.kop("Zelfredzaamheid (ZRM)");
    if (inhoud.scores().isEmpty()) {
      document.alinea(GEEN);
    }
    for (Map.Entry<String, List<Score>> betrokkene : perBetrokkene(inhoud.scores()).entrySet()) {
      document
          .tussenkop(betrokkene.getKey())
          .tabel(
              List.of(new Kolom("Leefgebied", 4), new Kolom("Score", 1), new Kolom("Doelscore", 1)),
              betrokkene.getValue().stream()
                  .map(
                      s ->
                          List.of(
                              tekst(s.leefgebied()),
                              String.valueOf(s.score()),
                              s.doelscore() == null ? "-" : String.valueOf(s.doelscore())))
                  .toList());
    }
    return document.pdf();
  }

  private static String vastgesteld(Inhoud inhoud) {
    return "Versie "
        + inhoud.versie()
        + ", vastgesteld door "
        + tekst(inhoud.vastgesteldDoor())
        + " op "
        + TIJD.format(inhoud.vastgesteldOp());
  }

  private static Map<String, List<Score>> perBetrokkene(List<Score> scores) {
    Map<String, List<Score>> uit = new LinkedHashMap<>();
    for (Score score : scores) {
      uit.computeIfAbsent(tekst(score.betrokkene()), b -> new ArrayList<>()).add(score);
    }
    return uit;
  }

  private static String tekst(String waarde) {
    return waarde == null || waarde.isBlank() ? "-" : waarde;
  }
}
