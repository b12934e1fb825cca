package nl.zvh.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}. */
@ApplicationPath("api")
public class ZvhApi extends Application {}
