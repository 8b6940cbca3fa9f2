package vn.civicsquiz.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

/**
 * An account that still has the one-time password a class roster gave it reaches only the place that replaces
 * it, however it signs in: a browser (session or HTTP Basic) is sent to the password page, the API answers 403
 * except for the account itself ({@code /api/v1/me} and {@code /api/v1/me/password}, where it is changed). The paper password thus
 * opens nothing but its own replacement; signing out stays reachable.
 */
public class FirstPasswordFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private static final String ACCOUNT_API = "/api/v1/me";

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
        if (path.startsWith(PASSWORD_PAGE) || path.equals(ACCOUNT_API) || path.equals(ACCOUNT_API + "/password")
                || path.equals("/logout")) {
            return Optional.empty();
        }
        if (path.startsWith("/api/")) {
            throw ProblemException.notPermitted(new Say("Mật khẩu một lần của lớp phải được đổi trước: PUT "
                    + ACCOUNT_API + "/password", "The class's one-time password must be changed first: PUT "
                    + ACCOUNT_API + "/password"));
        }
        return Optional.of(Response.seeOther(URI.create(PASSWORD_PAGE + "?first=true"))
                .header("Cache-Control", "no-store").build());
    }
}
