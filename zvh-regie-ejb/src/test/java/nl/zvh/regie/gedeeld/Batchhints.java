package nl.zvh.regie.gedeeld;

import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;

/** What a query loads along in batches, as EclipseLink took its hints (each one counts). */
public final class Batchhints {

  private Batchhints() {}

  public static int aantal(TypedQuery<?> query) {
    return ((ObjectLevelReadQuery) query.unwrap(JpaQuery.class).getDatabaseQuery())
        .getBatchReadAttributeExpressions()
        .size();
  }
}
