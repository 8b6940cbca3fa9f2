package vn.civicsquiz.platform.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import vn.civicsquiz.web.LanguageResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer's messages: on the JSON API Vietnamese unless the request prefers English
 * (Accept-Language: en); on pages the page's own language ({@link LanguageResolver}: ?lang=, then the cookie).
 * Refusals carry both texts ({@link Say}) and this picks one.
 */
@RequestScoped
public class ApiLanguage {

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final LanguageResolver pages;

    public ApiLanguage(HttpHeaders headers, UriInfo uri, LanguageResolver pages) {
        this.headers = headers;
        this.uri = uri;
        this.pages = pages;
    }

    public boolean english() {
        try {
            if (!uri.getPath().startsWith("/api/")) {
                return "en".equals(pages.language());
            }
            List<String> languages = new ArrayList<>();
            for (Locale locale : headers.getAcceptableLanguages()) {
                languages.add(locale.getLanguage());
            }
            return prefersEnglish(languages);
        } catch (RuntimeException e) {
            // a malformed header reads as no preference
            return false;
        }
    }

    /** Accept-Language's languages, most wanted first: English only when it comes before any Vietnamese. */
    public static boolean prefersEnglish(Iterable<String> languages) {
        for (String language : languages) {
            String primary = language.toLowerCase(Locale.ROOT);
            int dash = primary.indexOf('-');
            primary = dash < 0 ? primary : primary.substring(0, dash);
            if (primary.equals("vi")) {
                return false;
            }
            if (primary.equals("en")) {
                return true;
            }
        }
        return false;
    }

    /** A refusal's detail in this request's language. */
    public String detail(ProblemException e) {
        return e.detail(english());
    }

    /** A refusal's field errors in this request's language; empty when it names no field. */
    public List<Problem.FieldError> errors(ProblemException e) {
        List<Problem.FieldError> errors = e.errors(english());
        return errors == null ? List.of() : errors;
    }

    /** The Vietnamese text, or the English one when the request prefers English. */
    public String say(String vietnamese, String english) {
        return english() ? english : vietnamese;
    }
}
