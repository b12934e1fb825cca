/**
 * Architecture tests: the module boundaries (web → regie → privacy → domain, the domain types the
 * web module may use, the one place that decides access) as rules on the compiled classes.
 */
package nl.zvh.architectuur;
