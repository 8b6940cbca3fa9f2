package vn.civicsquiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.UriInfo;
import vn.civicsquiz.platform.security.Caller;

/**
 * What every page's layout needs about the current request, available in templates as {@code {inject:page.…}}.
 * Templates read only these prepared values; they never trigger queries.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private final Caller caller;
    private final LanguageResolver languages;
    private final UriInfo uriInfo;
    private final RoutingContext http;

    public PageContext(Caller caller, LanguageResolver languages, UriInfo uriInfo, RoutingContext http) {
        this.caller = caller;
        this.languages = languages;
        this.uriInfo = uriInfo;
        this.http = http;
    }

    /**
     * The browser's CSRF token, which quarkus-rest-csrf hands to the request under {@code csrf_token} once it has
     * made or checked one. A page answering a refused post (an error page) has none; its forms then carry an
     * empty token and the browser gets a fresh one with its next page. ({@code inject:csrf.token} would fail
     * the whole page in that case.)
     */
    public String csrf() {
        Object token = http.get("csrf_token");
        return token == null ? "" : token.toString();
    }

    public String lang() {
        return languages.language();
    }

    public String otherLang() {
        return "vi".equals(lang()) ? "en" : "vi";
    }

    /** The current path with the language switched, for the language link. */
    public String switchLanguageUrl() {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("lang", otherLang()).build().toString()
                .replaceFirst("^https?://[^/]+", "");
    }

    public boolean signedIn() {
        return !caller.isAnonymous();
    }

    public String username() {
        return caller.username();
    }

    public boolean teacher() {
        return caller.isTeacher();
    }
}
