/**
 * One's own account, for every role: the recovery codes after enrolment, new recovery codes, and a
 * new password (with the current one and a code of the second factor).
 */
package nl.zvh.web.account;
