/** What each role sees first after login: an overview without personal data. */
package nl.zvh.regie.overzicht;
