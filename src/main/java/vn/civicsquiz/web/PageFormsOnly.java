package vn.civicsquiz.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Pages change things through their forms only. quarkus-rest-csrf checks the token of a form body; a request that
 * changes something with any other body (none, text/plain, JSON) would carry no token to check, so it is refused
 * here the same way: a 403 page saying the form must be sent again from the app. The JSON API under /api/ has its
 * own rule (its media type, {@code ApiMediaTypeFilter}).
 */
public class PageFormsOnly {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ErrorPages errorPages;
    private final LanguageResolver languages;

    public PageFormsOnly(ErrorPages errorPages, LanguageResolver languages) {
        this.errorPages = errorPages;
        this.languages = languages;
    }

    @ServerRequestFilter
    public Response onlyForms(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE_METHODS.contains(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/q/")
                || isForm(request.getMediaType())) {
            return null;
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(errorPages.render(403, "error_csrf", languages.locale())).build();
    }

    /**
     * A form body exactly as quarkus-rest-csrf recognises one (it compares type and subtype case-sensitively): a
     * body it would not check, {@code APPLICATION/X-WWW-FORM-URLENCODED} for one, is not a form here either.
     */
    static boolean isForm(MediaType type) {
        return type != null && (same(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || same(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean same(MediaType type, MediaType form) {
        return form.getType().equals(type.getType()) && form.getSubtype().equals(type.getSubtype());
    }
}
