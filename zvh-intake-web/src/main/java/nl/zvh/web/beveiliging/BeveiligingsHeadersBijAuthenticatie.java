package nl.zvh.web.beveiliging;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the security headers before the authentication mechanism runs, for every request. What the
 * mechanism answers is sent before any filter of the application runs: a 401 for a wrong API
 * credential, and the redirect to the login page for a protected page, which Jakarta Security's
 * {@code @LoginToContinue} interceptor sends without calling the mechanism at all. So this
 * interceptor comes first (a lower priority than that of {@code @LoginToContinue}).
 */
@MetBeveiligingsHeaders
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BeveiligingsHeadersBijAuthenticatie {

  @AroundInvoke
  public Object zetEerst(InvocationContext aanroep) throws Exception {
    Object[] parameters = aanroep.getParameters();
    // Only before: not in secureResponse, after the page has set its own policy.
    if (aanroep.getMethod().getName().equals("validateRequest")
        && parameters != null
        && parameters.length >= 2
        && parameters[0] instanceof HttpServletRequest request
        && parameters[1] instanceof HttpServletResponse response) {
      BeveiligingsHeaders.zet(request, response);
    }
    return aanroep.proceed();
  }
}
