/** The privacy officer's pages. */
package nl.zvh.web.privacy;
