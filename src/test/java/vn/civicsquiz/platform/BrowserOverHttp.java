package vn.civicsquiz.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A browser's cookie jar over plain HTTP for packaged apps: cookies are kept per host (not per port, as browsers
 * do), so one jar serves two instances on localhost as it would behind a load balancer.
 */
final class BrowserOverHttp {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the browser's CSRF token added. */
    HttpResponse<String> post(String url, String... nameValues) throws IOException, InterruptedException {
        StringJoiner form = new StringJoiner("&");
        String csrf = cookie("quiz-csrf");
        if (csrf != null) {
            form.add("csrf=" + enc(csrf));
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            form.add(enc(nameValues[i]) + "=" + enc(nameValues[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
