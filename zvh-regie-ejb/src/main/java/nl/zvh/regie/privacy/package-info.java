/**
 * The privacy officer's work: the processing log, its integrity, finding a betrokkene's records.
 */
package nl.zvh.regie.privacy;
