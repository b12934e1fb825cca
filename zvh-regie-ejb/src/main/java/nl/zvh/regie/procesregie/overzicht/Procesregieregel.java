package nl.zvh.regie.procesregie.overzicht;

import java.io.Serializable;
import java.time.LocalDate;
import nl.zvh.domain.model.casus.CasusStatus;

/**
 * One running case on the dashboard: numbers, counts, dates and the casusregisseur's name; no
 * personal data of betrokkenen. {@code dagenZonderContact} counts from the last contact moment with
 * the casusregisseur in function, or from the day the case went in uitvoering when there was none
 * ({@code laatsteContact} empty); null when the case has no casusregisseur yet.
 */
public record Procesregieregel(
    long casusId,
    String nummer,
    CasusStatus status,
    LocalDate sinds,
    String casusregisseur,
    LocalDate laatsteContact,
    Long dagenZonderContact,
    boolean contactTeLang,
    long teLaat,
    LocalDate oudsteDeadline,
    long signalen,
    long escalaties,
    long opschalingen,
    boolean opschalingTeLaat,
    LocalDate volgendOverleg)
    implements Serializable {

  /** Whether anything on this line needs attention (the same as the filter AANDACHT). */
  public boolean aandacht() {
    return teLaat > 0
        || signalen > 0
        || escalaties > 0
        || opschalingen > 0
        || volgendOverleg == null
        || contactTeLang;
  }
}
