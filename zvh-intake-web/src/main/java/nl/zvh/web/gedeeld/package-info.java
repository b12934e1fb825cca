/**
 * Helpers every area of the portal shares: Dutch messages from the resource bundle, and one way to
 * serve a file for download with its headers.
 */
package nl.zvh.web.gedeeld;
