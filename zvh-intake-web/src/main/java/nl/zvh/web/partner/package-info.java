/** The ketenpartner's own pages. */
package nl.zvh.web.partner;
