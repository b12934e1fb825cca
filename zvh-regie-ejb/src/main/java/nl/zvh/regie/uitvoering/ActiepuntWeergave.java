package nl.zvh.regie.uitvoering;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.domain.model.plan.Actiepuntstatus;

/** One established actiepunt with all its reports, newest first, and what the reader may do. */
public record ActiepuntWeergave(
    long id,
    long versie,
    long casusId,
    String casusnummer,
    int nummer,
    String omschrijving,
    String eigenaar,
    String persoon,
    LocalDate deadline,
    Actiepuntstatus status,
    boolean verlopen,
    boolean magTerugkoppelen,
    boolean magHerinneren,
    List<UitvoeringWeergave.Rapport> terugkoppelingen)
    implements Serializable {}
