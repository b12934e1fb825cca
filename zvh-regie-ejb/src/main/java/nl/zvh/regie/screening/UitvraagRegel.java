package nl.zvh.regie.screening;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.zvh.domain.model.casus.UitvraagAdres;

/** An uitvraag addressed to the user's organisation, as its partners see it. */
public record UitvraagRegel(
    long adresId,
    long versie,
    long casusId,
    String nummer,
    String vraag,
    String doel,
    LocalDate beantwoordenVoor,
    OffsetDateTime gevraagdOp,
    UitvraagAdres.Antwoord antwoord,
    String toelichting,
    boolean verlopen)
    implements Serializable {}
