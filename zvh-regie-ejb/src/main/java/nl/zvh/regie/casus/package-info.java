/**
 * Reading and adding case information. Every call asks the privacy policy first and reports each
 * processing of a betrokkene's data to the processing log.
 */
package nl.zvh.regie.casus;
