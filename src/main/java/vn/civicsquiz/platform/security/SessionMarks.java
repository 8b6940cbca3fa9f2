package vn.civicsquiz.platform.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * When a browser signed in: a small signed cookie next to the session cookie, read on every request to tell a
 * session issued before the account's last logout or password change (refused) from a later one. Quarkus'
 * session cookie holds only the username and its expiry, so the moment of sign-in travels here, signed with a
 * key derived from the session key (the same on every instance).
 */
public final class SessionMarks {

    public static final String COOKIE = "quiz-signed-in";

    private SessionMarks() {
    }

    /** Marks the browser's session as signed in now. */
    public static void issue(RoutingContext http, String username, Instant at) {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((username + "\n" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        Cookie cookie = Cookie.cookie(COOKIE, payload + "." + sign(payload)).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(http.request().isSSL()
                        || "https".equalsIgnoreCase(http.request().getHeader("X-Forwarded-Proto")));
        http.response().addCookie(cookie);
    }

    /** When this browser's session was signed in, if its mark is genuine and names this user. */
    public static Optional<Instant> signedInAt(RoutingContext http, String username) {
        Cookie cookie = http == null ? null : http.request().getCookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        String value = cookie.getValue();
        int dot = value.lastIndexOf('.');
        if (dot <= 0 || !MessageDigest.isEqual(sign(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8)
                    .split("\n", 2);
            return parts.length == 2 && parts[0].equals(username)
                    ? Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1]))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static volatile byte[] key;

    private static byte[] key() throws GeneralSecurityException {
        byte[] k = key;
        if (k == null) {
            String sessionKey = ConfigProvider.getConfig()
                    .getOptionalValue(SessionKeyRequired.KEY, String.class).orElse("");
            k = MessageDigest.getInstance("SHA-256")
                    .digest(("session-mark\n" + sessionKey).getBytes(StandardCharsets.UTF_8));
            key = k;
        }
        return k;
    }
}
