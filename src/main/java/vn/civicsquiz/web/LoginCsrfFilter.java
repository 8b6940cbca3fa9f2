package vn.civicsquiz.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Login CSRF: Quarkus reads POST /j_security_check before any JAX-RS filter, so quarkus-rest-csrf never sees it. A sign-in must come from a page of this site: it carries the {@code quiz-csrf} cookie, which is
 * SameSite=Strict and so never sent with a cross-site post, and an Origin header, when present, of this host.
 */
public class LoginCsrfFilter {

    /** quarkus-rest-csrf's cookie ({@code quarkus.rest-csrf.cookie-name}), given to every page the browser opens. */
    static final String CSRF_COOKIE = "quiz-csrf";

    /**
     * On every POST: Quarkus' form sign-in answers any path that ends in {@value #SIGN_IN} ({@code /x/j_security_check}
     * too), so matching the one path the form uses would leave the others unguarded.
     */
    void install(@Observes Router router) {
        router.post().order(Integer.MIN_VALUE).handler(rc -> {
            if (isSignIn(rc.request().path()) || isSignIn(rc.normalizedPath())) {
                verify(rc);
            } else {
                rc.next();
            }
        });
    }

    private static final String SIGN_IN = "/j_security_check";

    private static boolean isSignIn(String path) {
        return path != null && path.endsWith(SIGN_IN);
    }

    void verify(RoutingContext rc) {
        Cookie token = rc.request().getCookie(CSRF_COOKIE);
        String origin = rc.request().getHeader("Origin");
        String host = rc.request().getHeader("Host");
        boolean sameOrigin = origin == null || (host != null && origin.endsWith("://" + host));
        if (token != null && !token.getValue().isBlank() && sameOrigin) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(403).putHeader("Content-Type", "text/html; charset=UTF-8")
                .end("""
                        <!doctype html><html lang="vi"><meta charset="utf-8"><title>403</title>
                        <p>Yêu cầu đăng nhập không đến từ trang của ứng dụng. Hãy mở lại <a href="/login">trang \
                        đăng nhập</a> và thử lại.</p>
                        <p lang="en">The sign-in did not come from this site's page. Open the <a href="/login">sign-in \
                        page</a> again and retry.</p></html>""");
    }
}
