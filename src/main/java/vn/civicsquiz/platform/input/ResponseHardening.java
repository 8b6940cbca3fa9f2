package vn.civicsquiz.platform.input;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import vn.civicsquiz.platform.problem.EdgeProblem;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.Say;

import java.util.Locale;

/**
 * Every request and response, before the app sees them: a NUL in the path or query is a 400 (no file, id or topic
 * holds one, and further down it would end in a 5xx), and so is a character that was not percent-encoded; a personalised answer (a page, JSON, CSV) that says nothing
 * about caching gets {@code Cache-Control: no-store}, so no shared cache or back button keeps someone's data; a
 * request that came over HTTPS (directly or through the trusted proxy) gets HSTS; a redirect or a created
 * resource's {@code Location} that the framework made absolute from the request's own Host header is sent as a
 * path, so a forged Host never reaches a header (or a cache keyed without it).
 */
public class ResponseHardening {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00"))) {
            refuse(rc, new Say("Địa chỉ chứa ký tự NUL", "The address holds a NUL character"));
            return;
        }
        if (uri != null && !ascii(uri)) {
            // raw UTF-8 bytes arrive read one byte per character ("ôn" as "Ã´n"): a search would quietly find
            // nothing, so say how to send it (browsers always percent-encode; curl does with --data-urlencode)
            refuse(rc, new Say("Địa chỉ chứa ký tự chưa mã hóa phần trăm: tiếng Việt trong URL phải được mã hóa"
                    + " phần trăm theo UTF-8 (ôn thi → %C3%B4n%20thi; curl -G --data-urlencode 'tag=ôn thi')",
                    "The address holds characters that are not percent-encoded: send Vietnamese in a URL"
                    + " percent-encoded as UTF-8 (ôn thi → %C3%B4n%20thi; curl -G --data-urlencode 'tag=ôn thi')"));
            return;
        }
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        String host = rc.request().getHeader("Host");
        String authority = rc.request().authority() == null ? null : rc.request().authority().toString();
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            String location = response.headers().get("Location");
            if (location != null) {
                response.putHeader("Location", relative(location, host, authority));
            }
            if (https) {
                response.putHeader("Strict-Transport-Security", HSTS);
            }
            if (response.headers().get("Cache-Control") == null && personal(response.headers().get("Content-Type"))) {
                response.putHeader("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    /** The location as a path when it points at the host the request named (its Host or forwarded host). */
    static String relative(String location, String host, String authority) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null
                || !(uri.getRawAuthority().equalsIgnoreCase(host == null ? "" : host)
                || uri.getRawAuthority().equalsIgnoreCase(authority == null ? "" : authority))) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = path.replaceFirst("^/+", "/"); // "//elsewhere" would be read as another host
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    /** Pages, JSON and CSV may be someone's own; stylesheets, scripts and images are the same for everyone. */
    static boolean personal(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/json")
                || type.startsWith("application/problem+json") || type.startsWith("text/csv")
                || type.startsWith("text/plain");
    }

    private static boolean ascii(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static void refuse(RoutingContext rc, Say detail) {
        String path = rc.request().path();
        if (path != null && path.startsWith("/api/")) {
            EdgeProblem.send(rc, 400, detail);
        } else {
            rc.response().setStatusCode(400).putHeader("Cache-Control", "no-store");
            rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").end("""
                    <!doctype html><html lang="vi"><meta charset="utf-8"><title>400</title>
                    <h1>400</h1><p>Địa chỉ không hợp lệ.</p><p lang="en">The address is not valid.</p>
                    <p><a href="/">Trang chủ</a></p></html>""");
        }
    }
}
