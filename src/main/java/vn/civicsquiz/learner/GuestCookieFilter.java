package vn.civicsquiz.learner;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import vn.civicsquiz.web.Https;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands a new guest its token: an HttpOnly cookie for the browser and a header for API clients. */
public class GuestCookieFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final CurrentLearner learner;

    public GuestCookieFilter(CurrentLearner learner) {
        this.learner = learner;
    }

    @ServerResponseFilter
    public void handOut(ContainerRequestContext request, ContainerResponseContext response) {
        String token = learner.issuedToken();
        boolean https = Https.isHttps(request);
        if (token != null) {
            response.getHeaders().add(GuestTokens.HEADER, token);
            response.getHeaders().add("Set-Cookie", cookie(token, ONE_YEAR, https));
        } else if (learner.wasGuestClaimed()) {
            response.getHeaders().add("Set-Cookie", cookie("", 0, https));
        }
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(GuestTokens.COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }
}
