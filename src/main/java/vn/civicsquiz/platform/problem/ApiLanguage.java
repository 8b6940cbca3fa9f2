package vn.civicsquiz.platform.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of a teacher's API answers: Vietnamese unless the request prefers English (Accept-Language: en).
 * Error details of the endpoints that use it are written in both languages, and this picks one.
 */
@RequestScoped
public class ApiLanguage {

    private final HttpHeaders headers;

    public ApiLanguage(HttpHeaders headers) {
        this.headers = headers;
    }

    public boolean english() {
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if (language.equals("vi")) {
                    return false;
                }
                if (language.equals("en")) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            // a malformed header reads as no preference
        }
        return false;
    }

    /** The Vietnamese text, or the English one when the request prefers English. */
    public String say(String vietnamese, String english) {
        return english() ? english : vietnamese;
    }
}
