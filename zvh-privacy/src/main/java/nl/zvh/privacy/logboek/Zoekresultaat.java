package nl.zvh.privacy.logboek;

import java.util.List;

/** One page of log records and how many records match in all. */
public record Zoekresultaat(List<Verwerkingsregel> regels, long totaal) {}
