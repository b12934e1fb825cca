/**
 * Application services of the ZVH (stateless EJBs): each sub-package is one feature of the process,
 * and every service that touches personal data goes through {@code nl.zvh.privacy}.
 */
package nl.zvh.regie;
