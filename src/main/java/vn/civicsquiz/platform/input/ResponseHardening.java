package vn.civicsquiz.platform.input;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import vn.civicsquiz.platform.problem.Problem;

import java.util.Locale;

/**
 * Every request and response, before the app sees them: a NUL in the path or query is a 400 (no file, id or topic
 * holds one, and further down it would end in a 5xx); a personalised answer (a page, JSON, CSV) that says nothing
 * about caching gets {@code Cache-Control: no-store}, so no shared cache or back button keeps someone's data; a
 * request that came over HTTPS (directly or through the trusted proxy) gets HSTS.
 */
public class ResponseHardening {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00"))) {
            refuseNul(rc);
            return;
        }
        boolean https = "https".equalsIgnoreCase(rc.request().scheme());
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            if (https) {
                response.putHeader("Strict-Transport-Security", HSTS);
            }
            if (response.headers().get("Cache-Control") == null && personal(response.headers().get("Content-Type"))) {
                response.putHeader("Cache-Control", "no-store");
            }
        });
        rc.next();
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

    private static void refuseNul(RoutingContext rc) {
        String path = rc.request().path();
        String detail = "The address holds a NUL character";
        rc.response().setStatusCode(400).putHeader("Cache-Control", "no-store");
        if (path != null && path.startsWith("/api/")) {
            rc.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(new JsonObject().put("type", "about:blank")
                    .put("title", "Bad Request").put("status", 400).put("detail", detail).encode());
        } else {
            rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").end("""
                    <!doctype html><html lang="vi"><meta charset="utf-8"><title>400</title>
                    <h1>400</h1><p>Địa chỉ không hợp lệ.</p><p lang="en">The address is not valid.</p>
                    <p><a href="/">Trang chủ</a></p></html>""");
        }
    }
}
