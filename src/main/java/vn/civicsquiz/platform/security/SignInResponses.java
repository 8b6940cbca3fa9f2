package vn.civicsquiz.platform.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a browser is told after a sign-in attempt, in one place. Quarkus answers {@code j_security_check} itself
 * (a redirect to the landing or error page); this filter, set up before authentication runs, rewrites that answer:
 * <ul>
 * <li>signed in: back to the page the learner wanted ({@code next}), when it is a page of this site;</li>
 * <li>wrong password: back to the sign-in page with the username and {@code next} kept;</li>
 * <li>refused by {@link LoginThrottle}: the sign-in page, which answers 429 and says how long to wait; an API
 *     client (HTTP Basic) gets 429 with Retry-After directly. The identity provider can only fail the sign-in,
 *     so it marks the request {@link #THROTTLED}.</li>
 * </ul>
 */
public class SignInResponses {

    public static final String THROTTLED = "quiz.login.throttled";
    static final String FORM_POST = "/j_security_check";

    private final LoginThrottle throttle;

    public SignInResponses(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rewrite);
    }

    void rewrite(RoutingContext rc) {
        boolean form = rc.request().path().equals(FORM_POST);
        rc.addHeadersEndHandler(v -> {
            if (Boolean.TRUE.equals(rc.get(THROTTLED))) {
                if (form) {
                    rc.response().setStatusCode(303).putHeader("Location", "/login?error=throttled" + kept(rc));
                } else {
                    rc.response().setStatusCode(429);
                    rc.response().headers().remove("Location").remove("WWW-Authenticate");
                    rc.response().putHeader("Retry-After", Long.toString(throttle.retryAfterSeconds()));
                }
            } else if (form) {
                rewriteFormOutcome(rc);
            }
        });
        rc.next();
    }

    private void rewriteFormOutcome(RoutingContext rc) {
        String location = rc.response().headers().get("Location");
        if (location == null) {
            return;
        }
        String path = URI.create(location).getRawPath();
        if ("/login".equals(path)) {
            rc.response().putHeader("Location", "/login?error=true" + kept(rc));
        } else {
            ReturnPath.of(rc.request().getFormAttribute("next"))
                    .ifPresent(next -> rc.response().putHeader("Location", next));
        }
    }

    /** The username typed and the page wanted, for the sign-in page to show again. */
    private static String kept(RoutingContext rc) {
        String username = rc.request().getFormAttribute("username");
        String kept = username == null || username.isBlank() || username.length() > 200 ? ""
                : "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        return kept + ReturnPath.query(rc.request().getFormAttribute("next"));
    }
}
