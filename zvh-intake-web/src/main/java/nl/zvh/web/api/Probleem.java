package nl.zvh.web.api;

/** An RFC 9457 problem detail: what went wrong, for people and for programs. */
public record Probleem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
