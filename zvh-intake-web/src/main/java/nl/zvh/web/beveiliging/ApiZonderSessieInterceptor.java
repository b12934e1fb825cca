package nl.zvh.web.beveiliging;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/**
 * Sends the authentication of an API request straight to {@link ApiAuthenticatie}, around
 * everything else on the portal's mechanism. Why: Jakarta Security's {@code @AutoApplySession}
 * (priority 200, for the portal's login) answers a request that carries a session cookie with the
 * session's user before the mechanism runs, and after a successful login asks the container to
 * register an HTTP session (a {@code Set-Cookie}). The API must do neither. This interceptor runs
 * first (priority 100) and does not proceed for {@code /api/}.
 */
@Interceptor
@ApiZonderSessie
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ApiZonderSessieInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApiAuthenticatie api;

  @AroundInvoke
  Object omHeen(InvocationContext aanroep) throws Exception {
    Object[] p = aanroep.getParameters();
    if ("validateRequest".equals(aanroep.getMethod().getName())
        && p != null
        && p.length == 3
        && p[0] instanceof HttpServletRequest request
        && p[1] instanceof HttpServletResponse response
        && p[2] instanceof HttpMessageContext context
        && ApiAuthenticatie.isApi(request)) {
      return api.valideer(request, response, context);
    }
    return aanroep.proceed();
  }
}
