package vn.civicsquiz.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import vn.civicsquiz.platform.problem.Problem;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Rejects state-changing page requests whose {@code csrf} form field does not match the browser's cookie. The
 * JSON API under /api/ is exempt unless it is sent as a form: a cross-site page cannot send a JSON body there
 * without a CORS preflight, which this app never grants.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;
    private final ErrorPages errorPages;

    public CsrfFilter(CsrfTokens tokens, ErrorPages errorPages) {
        this.tokens = tokens;
        this.errorPages = errorPages;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        if (SAFE_METHODS.contains(request.getMethod())) {
            if (!api) {
                tokens.token(); // pages render after response filters run, so hand the token out now
            }
            return null;
        }
        if (api && !isForm(request.getMediaType())) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        String submitted = submittedToken(context);
        String cookie = tokens.fromCookie();
        if (cookie != null && submitted != null && equal(submitted, cookie)) {
            return null;
        }
        if (api) {
            return Response.status(Response.Status.FORBIDDEN).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank",
                    "Forbidden", 403, "Send JSON with HTTP Basic; a form post needs the page's CSRF token",
                    request.getUriInfo().getPath(), null)).build();
        }
        return errorPages.page(Response.Status.FORBIDDEN, "error_csrf");
    }

    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        if (tokens.isFresh()) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(CsrfTokens.COOKIE).value(tokens.token())
                    .path("/").httpOnly(true).secure(Https.isHttps(request)).sameSite(NewCookie.SameSite.STRICT)
                    .build());
        }
    }

    private static String submittedToken(ResteasyReactiveRequestContext context) {
        FormData form = context.getFormData();
        if (form != null) {
            FormValue value = form.getFirst(CsrfTokens.FIELD);
            return value == null || value.isFileItem() ? null : value.getValue();
        }
        Object value = context.getFormParameter(CsrfTokens.FIELD, true, false);
        return value instanceof String s ? s : null;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
