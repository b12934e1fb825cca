package nl.zvh.regie.beveiliging;

import java.time.Instant;

/**
 * What a user is told after logging in: when and from where they last logged in, and how many
 * attempts failed or were refused for their name since (a sign that someone is trying).
 */
public record VorigeAanmelding(Instant tijdstip, String adres, long mislukteSindsdien)
    implements java.io.Serializable {}
