/**
 * A partner's work lists: "Mijn actiepunten", the established actiepunten of the organisation or
 * assigned to the user, across the cases the organisation takes part in today; filtered, ordered
 * and paged in the database, read through the Verwerkingspoort ({@code actiepunten.lijst}). The
 * start page counts the same conditions. ("Mijn casussen" is the case list of {@code
 * nl.zvh.regie.casus} with the organisation's part in each case.)
 */
package nl.zvh.regie.werklijst;
