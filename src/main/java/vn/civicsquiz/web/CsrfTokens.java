package vn.civicsquiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The double-submit CSRF token of a browser: a random value kept in the {@code quiz-csrf} cookie and repeated
 * as the hidden {@code csrf} field of every form. quarkus-rest-csrf does this for other Quarkus releases.
 */
@RequestScoped
public class CsrfTokens {

    public static final String COOKIE = "quiz-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpHeaders headers;
    private String token;
    private boolean fresh;

    public CsrfTokens(HttpHeaders headers) {
        this.headers = headers;
    }

    /** The browser's token, created on first use when it has none. */
    public String token() {
        if (token == null) {
            token = fromCookie();
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                fresh = true;
            }
        }
        return token;
    }

    public String fromCookie() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** True when a new token was handed out in this request and must be sent as a cookie. */
    public boolean isFresh() {
        return fresh;
    }
}
