package nl.zvh.regie.aanmelding;

import java.io.Serializable;

/** An organisation a referral can propose to invite. */
public record PartnerKeuze(long id, String naam) implements Serializable {}
