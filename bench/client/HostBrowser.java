import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host as the browser drives a game: signed in once through the login page's form (a session cookie, so no password
 * hash is checked per click), each move a POST of the host page's form with its CSRF token, answered by a 303 back
 * to the page (not followed: the push to the phones is what is measured, not the host page's own reload).
 */
final class HostBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final Map<Long, String> tokens = new ConcurrentHashMap<>();

    /** Signs in with the credentials of a Basic Authorization header value ("Basic base64(user:password)"). */
    HostBrowser(String base, String basicAuth, ExecutorService pool) throws Exception {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String[] credentials = new String(Base64.getDecoder().decode(basicAuth.replaceFirst("^Basic ", "")),
                StandardCharsets.UTF_8).split(":", 2);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding()); // the sign-in page's cookie, as a browser has it
        HttpResponse<String> signIn = post("/j_security_check",
                "username=" + encode(credentials[0]) + "&password=" + encode(credentials[1]));
        if (signIn.statusCode() / 100 != 3 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("the host could not sign in: " + signIn.statusCode());
        }
    }

    /** Opens the game's host page once, for its form token. */
    void open(long gameId) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/host/" + gameId))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("host page of game " + gameId + ": " + page.statusCode());
        }
        tokens.put(gameId, token.group(1));
    }

    /** Presses a host button: start, next, pause, resume or end. */
    void press(long gameId, String action) throws Exception {
        HttpResponse<String> response = post("/host/" + gameId + "/" + action, "csrf=" + encode(tokens.get(gameId)));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("host " + action + " of game " + gameId + ": " + response.statusCode());
        }
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
