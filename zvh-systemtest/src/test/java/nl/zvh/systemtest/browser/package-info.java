/** Browser tests: a person using the running portal in headless Chromium, checked by axe-core. */
package nl.zvh.systemtest.browser;
