/** Login, logout, the role areas and the security headers of every response. */
package nl.zvh.web.beveiliging;
