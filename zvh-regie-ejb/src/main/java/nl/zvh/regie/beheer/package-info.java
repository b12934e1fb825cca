/**
 * Functional administration (BEHEERDER): partner organisations and users. Every change checks the
 * version the administrator saw, so concurrent edits never silently overwrite each other.
 */
package nl.zvh.regie.beheer;
