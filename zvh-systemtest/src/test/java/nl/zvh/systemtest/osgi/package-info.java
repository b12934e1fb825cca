/**
 * The module boundaries as OSGi sees them: the module jars and the WAR are bundles whose manifests
 * (written by bnd) export only what other modules may use; a plain test resolves them in Apache
 * Felix. No container, no portal.
 */
package nl.zvh.systemtest.osgi;
