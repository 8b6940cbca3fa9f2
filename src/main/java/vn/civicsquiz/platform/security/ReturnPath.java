package vn.civicsquiz.platform.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The page a learner wanted before signing in or up, carried as {@code next}. Only a path of this site is
 * accepted (never another host, never the sign-in pages themselves), so the parameter cannot send anyone away.
 */
public final class ReturnPath {

    static final int MAX_LENGTH = 512;

    private ReturnPath() {
    }

    /** The path if it is a safe page of this site to return to. */
    public static Optional<String> of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")
                || next.startsWith("//") || next.startsWith("/\\")) {
            return Optional.empty();
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        String path = next.split("[?#]", 2)[0];
        if (path.equals("/login") || path.equals("/signup") || path.equals("/logout")
                || path.equals("/j_security_check") || path.startsWith("/api/")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** {@code &next=…} for a safe path, else nothing. */
    public static String query(String next) {
        return of(next).map(p -> "&next=" + URLEncoder.encode(p, StandardCharsets.UTF_8)).orElse("");
    }

    /** Where a page that needs an account sends a visitor: the sign-in page, which explains why and comes back. */
    public static String signInFor(String next) {
        return "/login?reason=account" + query(next);
    }
}
