package nl.zvh.web.beveiliging;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link ApiZonderSessieInterceptor} to the portal's authentication mechanism; added by
 * {@link ApiMechanismeExtensie}, so the mechanism's class needs no change for it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiZonderSessie {

  /** The annotation as a value, for the extension. */
  final class Literal extends AnnotationLiteral<ApiZonderSessie> implements ApiZonderSessie {
    private static final long serialVersionUID = 1L;
    static final Literal INSTANCE = new Literal();
  }
}
