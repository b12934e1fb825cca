package nl.zvh.web.beveiliging;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a login: a code of the authenticator app or a recovery code. */
public record Tweedefactorcode(String code) implements Credential {}
