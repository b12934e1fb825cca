package nl.zvh.domain.model.plan;

import java.util.EnumSet;
import java.util.Set;

/** Where an actiepunt stands; the allowed changes are the single source of truth. */
public enum Actiepuntstatus {
  OPEN("open"),
  IN_UITVOERING("in uitvoering"),
  GEREED("gereed"),
  LUKT_NIET("lukt niet"),
  VERVALLEN("vervallen");

  static {
    OPEN.volgende = EnumSet.of(IN_UITVOERING, GEREED, LUKT_NIET, VERVALLEN);
    IN_UITVOERING.volgende = EnumSet.of(GEREED, LUKT_NIET, VERVALLEN);
    // The plan is adjusted: another try, or the point is dropped.
    LUKT_NIET.volgende = EnumSet.of(IN_UITVOERING, VERVALLEN);
    // Marked done by mistake, or it came back.
    GEREED.volgende = EnumSet.of(IN_UITVOERING);
    VERVALLEN.volgende = EnumSet.noneOf(Actiepuntstatus.class);
  }

  private final String omschrijving;
  private Set<Actiepuntstatus> volgende;

  Actiepuntstatus(String omschrijving) {
    this.omschrijving = omschrijving;
  }

  public String omschrijving() {
    return omschrijving;
  }

  /** Whether work on it is still expected, so that its due date counts. */
  public boolean isLopend() {
    return this == OPEN || this == IN_UITVOERING;
  }

  public boolean magOvergaanNaar(Actiepuntstatus naar) {
    return this == naar || volgende.contains(naar);
  }
}
