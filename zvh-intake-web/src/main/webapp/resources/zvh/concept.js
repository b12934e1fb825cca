/*
 * Keeps what is typed in the referral form in this tab's sessionStorage until the server has it,
 * so a session that timed out (15 minutes idle) loses nothing: after logging in again, the same
 * concept and step put the unsaved input back and say so. The copy lives only in this tab, and
 * logging out removes it.
 */
(function () {
  'use strict';
  var PREFIX = 'zvh-concept:';

  function sleutel(formulier) {
    return PREFIX + (formulier.dataset.casus || 'nieuw') + ':' + formulier.dataset.stap;
  }

  function velden(formulier) {
    return Array.prototype.filter.call(formulier.elements, function (e) {
      return e.id && /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName)
        && !/^(hidden|submit|button)$/.test(e.type);
    });
  }

  function waarde(e) {
    return e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value;
  }

  function bewaar(formulier) {
    var kopie = {};
    velden(formulier).forEach(function (e) { kopie[e.id] = waarde(e); });
    sessionStorage.setItem(sleutel(formulier), JSON.stringify(kopie));
  }

  function zetTerug(formulier) {
    var kopie = JSON.parse(sessionStorage.getItem(sleutel(formulier)) || 'null');
    if (!kopie) {
      return;
    }
    var teruggezet = 0;
    velden(formulier).forEach(function (e) {
      if (Object.prototype.hasOwnProperty.call(kopie, e.id) && waarde(e) !== kopie[e.id]) {
        if (e.type === 'radio' || e.type === 'checkbox') {
          e.checked = kopie[e.id];
        } else {
          e.value = kopie[e.id];
        }
        teruggezet++;
      }
    });
    var melding = document.getElementById('teruggezet');
    if (teruggezet > 0 && melding) {
      melding.hidden = false;
    } else if (teruggezet === 0) {
      sessionStorage.removeItem(sleutel(formulier));
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var formulier = document.querySelector('form[data-stap]');
    if (formulier) {
      if (formulier.dataset.casus) {
        // A saved concept: the copy made before its first save belongs to it, not to a next one.
        Object.keys(sessionStorage)
          .filter(function (k) { return k.indexOf(PREFIX + 'nieuw:') === 0; })
          .forEach(function (k) { sessionStorage.removeItem(k); });
      }
      zetTerug(formulier);
      formulier.addEventListener('input', function () { bewaar(formulier); });
      formulier.addEventListener('change', function () { bewaar(formulier); });
    }
    var uitloggen = document.getElementById('uitlogformulier:uitloggen');
    if (uitloggen) {
      uitloggen.addEventListener('click', function () {
        Object.keys(sessionStorage)
          .filter(function (k) { return k.indexOf(PREFIX) === 0; })
          .forEach(function (k) { sessionStorage.removeItem(k); });
      });
    }
  });
})();
