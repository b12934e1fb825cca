package nl.zvh.regie.aanmelding;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the number of rows of the whole list. */
public record Pagina<T>(List<T> rijen, long totaal) implements Serializable {}
