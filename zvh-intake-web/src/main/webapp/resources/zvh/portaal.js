/*
 * Behaviour every page shares, without inline scripts:
 * - the menu button opens and closes the navigation on a narrow screen;
 * - a button with data-bevestig asks first in the portal's dialog, naming what will be lost;
 * - after a form is sent, the page that comes back scrolls to that form, so the user stays where
 *   they were instead of at the top; or, when it has an error summary, that gets the focus, so a
 *   screen reader reads it first.
 */
(function () {
  'use strict';

  // Content-Security-Policy (issue 14): Faces' own ajax (f:ajax, Mojarra's faces.js) runs the
  // scripts of an update with window.eval, which the policy forbids (no 'unsafe-eval'). It first
  // looks for the old window.execScript; given that, it runs them as a script with the page's
  // nonce, the way PrimeFaces runs its own.
  if (!window.execScript) {
    window.execScript = function (code) {
      if (window.PrimeFaces && PrimeFaces.csp) {
        PrimeFaces.csp.eval(code);
      }
    };
  }

  function menu() {
    var knop = document.getElementById('menuknop');
    var nav = document.getElementById('hoofdmenu');
    if (!knop || !nav) { return; }
    knop.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      knop.setAttribute('aria-expanded', String(open));
    });
  }

  function bevestigen() {
    var dialoog = document.getElementById('bevestiging');
    var wacht = null;
    document.addEventListener('click', function (e) {
      var knop = e.target.closest && e.target.closest('[data-bevestig]');
      if (!knop || knop.dataset.bevestigd === 'ja') { return; }
      if (!dialoog || typeof dialoog.showModal !== 'function') {
        // A browser without the dialog element still asks, in its own words.
        if (!window.confirm(knop.dataset.bevestig)) { e.preventDefault(); }
        return;
      }
      e.preventDefault();
      wacht = knop;
      document.getElementById('bevestiging-tekst').textContent = knop.dataset.bevestig;
      document.getElementById('bevestiging-ja').textContent = knop.dataset.bevestigKnop || knop.value || knop.textContent;
      dialoog.showModal();
      document.getElementById('bevestiging-nee').focus();
    }, true);
    if (!dialoog) { return; }
    document.getElementById('bevestiging-ja').addEventListener('click', function () {
      dialoog.close();
      if (wacht) {
        // Confirmed for this one click only: a download leaves the page in place.
        wacht.dataset.bevestigd = 'ja';
        wacht.click();
        delete wacht.dataset.bevestigd;
        wacht = null;
      }
    });
    document.getElementById('bevestiging-nee').addEventListener('click', function () {
      dialoog.close();
    });
    dialoog.addEventListener('close', function () {
      if (wacht && wacht.dataset.bevestigd !== 'ja') { wacht.focus(); wacht = null; }
    });
  }

  // The form that was sent is remembered for this tab; the page that comes back scrolls to it,
  // unless that page has an error summary, which takes the focus instead (it links to the fields).
  var VERSTUURD = 'zvh-verstuurd';

  function blijfBijHetFormulier() {
    document.addEventListener('submit', function (e) {
      if (e.target.id) {
        sessionStorage.setItem(VERSTUURD, location.pathname + '#' + e.target.id);
      }
    });
  }

  function naHetVersturen() {
    // Only on the page that was sent from: a download leaves its mark without loading a page.
    var verstuurd = sessionStorage.getItem(VERSTUURD) || '';
    sessionStorage.removeItem(VERSTUURD);
    var formulier = verstuurd.indexOf(location.pathname + '#') === 0
      ? verstuurd.substring(location.pathname.length + 1) : null;
    var overzicht = document.querySelector('.foutenoverzicht');
    if (overzicht) {
      overzicht.focus();
    } else if (formulier && document.getElementById(formulier)) {
      document.getElementById(formulier).scrollIntoView({block: 'start'});
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    menu();
    bevestigen();
    blijfBijHetFormulier();
    naHetVersturen();
  });
})();
