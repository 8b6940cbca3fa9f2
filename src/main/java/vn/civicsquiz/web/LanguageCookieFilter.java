package vn.civicsquiz.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with {@code ?lang=} for the following pages. */
public class LanguageCookieFilter {

    private final LanguageResolver languages;

    public LanguageCookieFilter(LanguageResolver languages) {
        this.languages = languages;
    }

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        String requested = languages.requestedLanguage();
        if (requested != null) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(LanguageResolver.COOKIE)
                    .value(requested).path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
    }
}
