package vn.civicsquiz.platform.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Turns a sign-in refused by {@link LoginThrottle} into 429 Too Many Requests. The identity provider can only
 * fail the sign-in; this filter, set up before authentication runs, rewrites the answer it produces (a login
 * redirect or a 401). Browsers are sent back to the sign-in page, which explains the wait.
 */
public class LoginThrottledFilter {

    public static final String THROTTLED = "quiz.login.throttled";

    private final LoginThrottle throttle;

    public LoginThrottledFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rewriteThrottled);
    }

    void rewriteThrottled(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            if (Boolean.TRUE.equals(rc.get(THROTTLED))) {
                boolean form = rc.request().path().endsWith("/j_security_check");
                rc.response().setStatusCode(429);
                rc.response().headers().remove("Location").remove("WWW-Authenticate");
                rc.response().putHeader("Retry-After", Long.toString(throttle.retryAfterSeconds()));
                if (form) {
                    rc.response().putHeader("Refresh", "0; url=/login?error=throttled");
                }
            }
        });
        rc.next();
    }
}
