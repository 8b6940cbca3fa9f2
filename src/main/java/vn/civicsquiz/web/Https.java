package vn.civicsquiz.web;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Whether the browser reached the app over HTTPS, directly or through a trusted proxy that says so in
 * X-Forwarded-Proto (see quarkus.http.proxy.*): cookies set on such a request are marked Secure.
 */
public final class Https {

    private Https() {
    }

    public static boolean isHttps(ContainerRequestContext request) {
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
    }
}
