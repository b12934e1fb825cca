/** Starting the real portal once per test run, and where it can be reached. */
package nl.zvh.systemtest.portaal;
