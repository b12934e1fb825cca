package nl.zvh.web.beveiliging;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a login with a passkey: the browser's answer to the challenge, as JSON. */
public record Passkeybewijs(String antwoord) implements Credential {}
