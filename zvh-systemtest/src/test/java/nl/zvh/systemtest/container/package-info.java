/**
 * Arquillian tests inside the running application on Payara Micro: the real WAR, with the EJB,
 * security and persistence path as the portal uses them. One class, so one Micro JVM.
 */
package nl.zvh.systemtest.container;
