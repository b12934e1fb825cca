/**
 * Privacy under the WGS: who may see what, on whose behalf. Every service that touches personal
 * data asks this module; the rules live here and nowhere else. It starts with {@link
 * nl.zvh.privacy.Actor}, the acting user as every decision and log record names them.
 */
package nl.zvh.privacy;
