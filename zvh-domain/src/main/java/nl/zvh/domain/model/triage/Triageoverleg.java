package nl.zvh.domain.model.triage;

import static nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden.vereis;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.zvh.domain.model.casus.Casus;
import nl.zvh.domain.model.gedeeld.DomeinRegelGeschonden;

/** One weekly triage: its date, who took part, and the referrals on its agenda in order. */
@Entity
@Table(name = "triageoverleg")
@NamedQuery(
    name = "Triageoverleg.metCasus",
    query = "select distinct t from Triageoverleg t join t.agenda p where p.casus.id = :casusId")
@NamedQuery(
    name = "Triageoverleg.nogTeAgenderen",
    query =
        "select c from Casus c join c.aanmelding a where a.triagedatum = :datum"
            + " and c.status in :statussen"
            + " and not exists (select p from Agendapunt p where p.casus = c)"
            + " order by a.ingediendOp, c.id")
@NamedQuery(
    name = "Triageoverleg.findByDatum",
    query = "select t from Triageoverleg t where t.datum = :datum")
public class Triageoverleg {

  public static final int MAX_DEELNEMERS = 30;

  @Id
  @SequenceGenerator(
      name = "triageoverleg_seq",
      sequenceName = "triageoverleg_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triageoverleg_seq")
  private Long id;

  @Version private long versie;

  @Column(nullable = false, unique = true)
  private LocalDate datum;

  @ElementCollection
  @CollectionTable(name = "triage_deelnemer", joinColumns = @JoinColumn(name = "triageoverleg_id"))
  @OrderColumn(name = "volgorde")
  @Column(name = "naam", length = 200, nullable = false)
  private List<String> deelnemers = new ArrayList<>();

  @OneToMany(mappedBy = "overleg", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "volgorde")
  private List<Agendapunt> agenda = new ArrayList<>();

  protected Triageoverleg() {}

  public Triageoverleg(LocalDate datum) {
    vereis(datum != null, "De datum van de triage is verplicht.");
    this.datum = datum;
  }

  /** Puts a referral at the end of the agenda, once. */
  public void zetOpAgenda(Casus casus) {
    vereis(!staatOpAgenda(casus.getId()), "Deze casus staat al op de agenda.");
    agenda.add(new Agendapunt(this, casus));
  }

  public boolean staatOpAgenda(Long casusId) {
    return agenda.stream().anyMatch(p -> p.getCasus().getId().equals(casusId));
  }

  /** Moves a referral one place up (earlier) or down. */
  public void verschuif(long casusId, boolean omhoog) {
    int plek = plek(casusId);
    int nieuw = omhoog ? plek - 1 : plek + 1;
    vereis(nieuw >= 0 && nieuw < agenda.size(), "Deze casus staat al bovenaan of onderaan.");
    Collections.swap(agenda, plek, nieuw);
  }

  /** Takes a referral off this agenda (it moves to another triage). */
  public void haalVanAgenda(long casusId) {
    agenda.remove(plek(casusId));
  }

  /** Who took part: ZVH staff and the partners at the table (politie, Reclassering, OM). */
  public void legDeelnemersVast(List<String> namen) {
    List<String> schoon =
        namen.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    vereis(schoon.size() <= MAX_DEELNEMERS, "Ten hoogste " + MAX_DEELNEMERS + " deelnemers.");
    vereis(
        schoon.stream().allMatch(n -> n.length() <= 200),
        "Een naam is te lang (ten hoogste 200 tekens).");
    deelnemers.clear();
    deelnemers.addAll(schoon);
  }

  private int plek(long casusId) {
    for (int i = 0; i < agenda.size(); i++) {
      if (agenda.get(i).getCasus().getId() == casusId) {
        return i;
      }
    }
    throw new DomeinRegelGeschonden("Deze casus staat niet op de agenda.");
  }

  public Long getId() {
    return id;
  }

  public long getVersie() {
    return versie;
  }

  public LocalDate getDatum() {
    return datum;
  }

  public List<String> getDeelnemers() {
    return Collections.unmodifiableList(deelnemers);
  }

  public List<Agendapunt> getAgenda() {
    return Collections.unmodifiableList(agenda);
  }
}
