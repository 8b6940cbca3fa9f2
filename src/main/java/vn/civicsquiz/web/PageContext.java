package vn.civicsquiz.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriInfo;
import vn.civicsquiz.learner.Role;

/**
 * What every page's layout needs about the current request, available in templates as {@code {inject:page.…}}.
 * Templates read only these prepared values; they never trigger queries.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private final SecurityIdentity identity;
    private final LanguageResolver languages;
    private final CsrfTokens csrf;
    private final UriInfo uriInfo;

    public PageContext(SecurityIdentity identity, LanguageResolver languages, CsrfTokens csrf, UriInfo uriInfo) {
        this.identity = identity;
        this.languages = languages;
        this.csrf = csrf;
        this.uriInfo = uriInfo;
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
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean teacher() {
        return identity.hasRole(Role.TEACHER);
    }

    public String csrf() {
        return csrf.token();
    }
}
