/** The case pages shared by partners and procesregisseurs: the list and one case's dossier. */
package nl.zvh.web.casus;
