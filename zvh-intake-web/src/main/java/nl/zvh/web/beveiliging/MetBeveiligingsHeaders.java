package nl.zvh.web.beveiliging;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the authentication mechanism: every response it answers itself (the redirect to the login
 * page, a 401) gets the security headers. See {@link BeveiligingsHeadersBijAuthenticatie}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MetBeveiligingsHeaders {}
