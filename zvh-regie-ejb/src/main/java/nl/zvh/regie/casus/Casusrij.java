package nl.zvh.regie.casus;

import java.io.Serializable;

/**
 * A row of the case list: the case, and for a partner where it stands for their organisation ("Mijn
 * casussen"); null for the procesregisseur.
 */
public record Casusrij(CasusSamenvatting casus, Deelnamestand deelname) implements Serializable {}
