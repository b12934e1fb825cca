/** Helpers every area of the portal shares: Dutch messages from the resource bundle. */
package nl.zvh.web.gedeeld;
