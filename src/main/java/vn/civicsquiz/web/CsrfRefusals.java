package vn.civicsquiz.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.EdgeProblem;
import vn.civicsquiz.platform.problem.Problem;

import java.util.Set;

/**
 * quarkus-rest-csrf refuses a form post without a matching token with a bare 400. This turns that refusal into
 * what the rest of the app answers: a 403 page that says what happened in the browser, problem+json under /api/.
 */
public class CsrfRefusals {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Set by quarkus-rest-csrf once a request's token has been checked and found right. */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    private final ErrorPages errorPages;
    private final LanguageResolver languages;

    public CsrfRefusals(ErrorPages errorPages, LanguageResolver languages) {
        this.errorPages = errorPages;
        this.languages = languages;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext http) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())
                || !PageFormsOnly.isForm(request.getMediaType()) || http.get(TOKEN_VERIFIED) != null) {
            return;
        }
        response.setStatus(403);
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            boolean english = ApiLanguage.prefersEnglish(request.getAcceptableLanguages().stream()
                    .map(java.util.Locale::toLanguageTag).toList());
            response.setEntity(new Problem("about:blank", EdgeProblem.title(403).in(english), 403,
                    english ? "Send JSON with HTTP Basic; a form post needs the page's CSRF token"
                            : "Hãy gửi JSON kèm HTTP Basic; biểu mẫu cần mã CSRF của trang",
                    request.getUriInfo().getPath(), null));
        } else {
            response.getHeaders().putSingle("Content-Type", "text/html;charset=UTF-8");
            response.setEntity(errorPages.render(403, "error_csrf", languages.locale()));
        }
    }
}
