package vn.civicsquiz.web;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A cookie-keeping HTTP client that behaves like a browser on the server-rendered pages: it keeps cookies and
 * sends the CSRF token of the last page with every form. For tests of page flows without a real browser.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    private BrowserSession() {
    }

    public static BrowserSession open() {
        BrowserSession session = new BrowserSession();
        session.get("/");
        return session;
    }

    public Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).get(path);
        remember(response);
        return response;
    }

    /** Follows a Location header as sent: already percent-encoded, so not encoded again. */
    public Response follow(String location) {
        Response response = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .get(location);
        remember(response);
        return response;
    }

    /** Posts a form as the page would, with the CSRF token. */
    public Response postForm(String path, String... nameValues) {
        if (csrf == null) {
            get("/");
        }
        String[] withToken = new String[nameValues.length + 2];
        withToken[0] = "csrf";
        withToken[1] = csrf;
        System.arraycopy(nameValues, 0, withToken, 2, nameValues.length);
        return postRaw(path, withToken);
    }

    /** Posts a form exactly as given. */
    public Response postRaw(String path, String... nameValues) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put(nameValues[i], nameValues[i + 1]);
        }
        Response response = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(path);
        remember(response);
        return response;
    }

    /**
     * Posts a form and, on 307, posts the same fields again to the new location, as a browser does (sign-up
     * answers 307 to the sign-in). Returns the last answer.
     */
    public Response postFormFollowing307(String path, String... nameValues) {
        Response response = postForm(path, nameValues);
        if (response.statusCode() == 307) {
            String[] withToken = new String[nameValues.length + 2];
            withToken[0] = "csrf";
            withToken[1] = csrf;
            System.arraycopy(nameValues, 0, withToken, 2, nameValues.length);
            return postRaw(java.net.URI.create(response.header("Location")).getRawPath(), withToken);
        }
        return response;
    }

    public void signIn(String username, String password) {
        Response response = postRaw("/j_security_check", "username", username, "password", password);
        if (response.statusCode() != 302 || response.header("Location").contains("error")) {
            throw new AssertionError("sign-in failed for " + username + ": " + response.statusCode());
        }
    }

    public String csrfToken() {
        return csrf;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private void remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        String body = response.contentType() != null && response.contentType().startsWith("text/html")
                ? response.asString() : "";
        Matcher m = CSRF.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        } else if (cookies.containsKey("quiz-csrf")) {
            csrf = cookies.get("quiz-csrf"); // double-submit: the form field repeats the cookie
        }
    }
}
