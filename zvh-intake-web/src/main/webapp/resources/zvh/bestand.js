/*
 * Refuses a file above the portal's limit in the browser, before it is sent. The user hears at
 * once why, keeps everything typed, and can choose a smaller file or send without one. The server
 * checks the limit again; this only spares the upload and the round trip.
 */
(function () {
  'use strict';

  document.addEventListener('change', function (gebeurtenis) {
    var veld = gebeurtenis.target;
    if (!(veld instanceof HTMLInputElement) || veld.type !== 'file' || !veld.dataset.maxBytes) {
      return;
    }
    var bestand = veld.files && veld.files[0];
    var teGroot = Boolean(bestand) && bestand.size > Number(veld.dataset.maxBytes);
    if (teGroot) {
      veld.value = '';
    }
    veld.setAttribute('aria-invalid', String(teGroot));
    var melding = document.getElementById(veld.id + '-melding');
    if (melding) {
      melding.textContent = teGroot ? veld.dataset.teGroot : '';
    }
  });
})();
