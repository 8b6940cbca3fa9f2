package vn.civicsquiz.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A browser signed in with a one-time password (from a class roster) sees only the page that replaces it, until it
 * is replaced: the password handed out on paper stops working as soon as the learner has used it once. The API and
 * signing out stay reachable.
 */
public class FirstPasswordFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final SecurityIdentity identity;

    public FirstPasswordFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Optional<Response> toThePasswordPage(ContainerRequestContext request) {
        if (identity.isAnonymous() || !Boolean.TRUE.equals(identity.getAttribute(SessionRevocation.PASSWORD_MUST_CHANGE))) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith(PASSWORD_PAGE) || path.startsWith("/api/") || path.equals("/logout")) {
            return Optional.empty();
        }
        return Optional.of(Response.seeOther(URI.create(PASSWORD_PAGE + "?first=true"))
                .header("Cache-Control", "no-store").build());
    }
}
