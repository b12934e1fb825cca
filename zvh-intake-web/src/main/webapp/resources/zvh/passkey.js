/*
 * Passkeys (WebAuthn) in the browser. A form with data-passkey-opties holds the options the server
 * made (JSON, binary values in base64url); its button with data-passkey ("registratie" or
 * "aanmelding") starts the ceremony when the form is sent. The browser asks the user for their
 * passkey; its answer goes into the form's hidden field "antwoord" (JSON, as WebAuthn's toJSON()
 * writes it) and the form is sent with it. The server checks everything: this only carries.
 *
 * A form whose text fields are not all filled in is sent as it is, so that the server names what is
 * missing before the user is asked for a passkey. Cancelled, timed out or unsupported: the user is
 * told next to the button, and nothing typed is lost.
 */
(function () {
  'use strict';

  function naarBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var tekst = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(tekst.length);
    for (var i = 0; i < tekst.length; i++) {
      bytes[i] = tekst.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function naarBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var tekst = '';
    for (var i = 0; i < bytes.length; i++) {
      tekst += String.fromCharCode(bytes[i]);
    }
    return btoa(tekst).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function sleutels(lijst) {
    return (lijst || []).map(function (sleutel) {
      return { type: sleutel.type, id: naarBytes(sleutel.id), transports: sleutel.transports };
    });
  }

  function vraag(soort, opties) {
    opties.challenge = naarBytes(opties.challenge);
    if (soort === 'registratie') {
      opties.user.id = naarBytes(opties.user.id);
      opties.excludeCredentials = sleutels(opties.excludeCredentials);
      return navigator.credentials.create({ publicKey: opties });
    }
    opties.allowCredentials = sleutels(opties.allowCredentials);
    return navigator.credentials.get({ publicKey: opties });
  }

  function alsJson(passkey, soort) {
    var antwoord = passkey.response;
    var json = {
      id: passkey.id,
      rawId: naarBase64url(passkey.rawId),
      type: passkey.type,
      authenticatorAttachment: passkey.authenticatorAttachment || undefined,
      clientExtensionResults: passkey.getClientExtensionResults(),
      response: { clientDataJSON: naarBase64url(antwoord.clientDataJSON) }
    };
    if (soort === 'registratie') {
      json.response.attestationObject = naarBase64url(antwoord.attestationObject);
      json.response.transports = antwoord.getTransports ? antwoord.getTransports() : [];
    } else {
      json.response.authenticatorData = naarBase64url(antwoord.authenticatorData);
      json.response.signature = naarBase64url(antwoord.signature);
      json.response.userHandle = antwoord.userHandle ? naarBase64url(antwoord.userHandle) : null;
    }
    return JSON.stringify(json);
  }

  function allesIngevuld(formulier) {
    return Array.prototype.every.call(
      formulier.querySelectorAll('input[type="text"], input:not([type])'),
      function (veld) { return veld.value.trim() !== ''; });
  }

  document.addEventListener('submit', function (gebeurtenis) {
    var formulier = gebeurtenis.target;
    var knop = gebeurtenis.submitter;
    var antwoord = formulier.querySelector('input[type="hidden"][id$=":antwoord"]');
    if (!knop || !knop.dataset.passkey || !antwoord || antwoord.value || !allesIngevuld(formulier)) {
      return;
    }
    gebeurtenis.preventDefault();
    var status = document.getElementById(formulier.id + '-status');
    if (!window.PublicKeyCredential || !navigator.credentials) {
      status.textContent = formulier.dataset.passkeyNietOndersteund;
      return;
    }
    var soort = knop.dataset.passkey;
    knop.disabled = true;
    status.textContent = formulier.dataset.passkeyBezig;
    vraag(soort, JSON.parse(formulier.dataset.passkeyOpties)).then(function (passkey) {
      antwoord.value = alsJson(passkey, soort);
      knop.disabled = false;
      status.textContent = '';
      formulier.requestSubmit(knop);
    }, function (fout) {
      knop.disabled = false;
      status.textContent = fout && fout.name === 'InvalidStateError' && formulier.dataset.passkeyAlBekend
        ? formulier.dataset.passkeyAlBekend
        : formulier.dataset.passkeyAfgebroken;
    });
  });
})();
