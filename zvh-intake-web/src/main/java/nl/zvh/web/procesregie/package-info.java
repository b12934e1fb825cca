/**
 * The pages of procesregie: escalating a case to a manager, closing and reopening it, the follow-up
 * check, and the manager's inbox and decisions.
 */
package nl.zvh.web.procesregie;
