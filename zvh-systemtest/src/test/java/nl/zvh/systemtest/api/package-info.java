/** The REST API as a partner system uses it: plain HTTP against the running portal. */
package nl.zvh.systemtest.api;
