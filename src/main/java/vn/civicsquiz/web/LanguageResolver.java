package vn.civicsquiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.util.Locale;
import java.util.Set;

/**
 * Picks the UI language of a request: {@code ?lang=} (then remembered in the {@code lang} cookie by
 * {@link LanguageCookieFilter}), else the cookie, else Vietnamese. Question content stays Vietnamese.
 */
@RequestScoped
public class LanguageResolver {

    public static final String COOKIE = "lang";
    public static final String DEFAULT = "vi";
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private final HttpHeaders headers;
    private final UriInfo uriInfo;

    public LanguageResolver(HttpHeaders headers, UriInfo uriInfo) {
        this.headers = headers;
        this.uriInfo = uriInfo;
    }

    public String language() {
        String requested = uriInfo.getQueryParameters().getFirst("lang");
        if (requested != null && SUPPORTED.contains(requested)) {
            return requested;
        }
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return DEFAULT;
    }

    /** True when the query asked for a language, so the answer should remember it. */
    public String requestedLanguage() {
        String requested = uriInfo.getQueryParameters().getFirst("lang");
        return requested != null && SUPPORTED.contains(requested) ? requested : null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language());
    }
}
