/**
 * Management figures for the manager (issue 13, item 6): counts and lead times over a period,
 * computed with aggregate queries in the database, without personal data. Every count of 1 to 4,
 * and every figure derived from fewer than 5 cases, is shown as "&lt; 5" ({@link
 * nl.zvh.regie.cijfers.Cel}, the one place of that rule).
 */
package nl.zvh.regie.cijfers;
