package vn.civicsquiz.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than quarkus.http.limits.max-body-size gets a readable 413 at once: problem+json under
 * /api/, a short page elsewhere. (Vert.x would answer the same status with an empty body, and only after reading
 * the first megabyte.) Chunked bodies without a length still meet Vert.x's own limit.
 */
public class BodyLimitFilter {

    private final long limit;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length == null || !tooLarge(length)) {
            rc.next();
            return;
        }
        String path = rc.request().path();
        String detail = "The request body is larger than " + limit / 1024 + " KiB";
        rc.response().setStatusCode(413).putHeader("Connection", "close");
        if (path.startsWith("/api/")) {
            rc.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(new JsonObject().put("type", "about:blank")
                    .put("title", "Content Too Large").put("status", 413).put("detail", detail).put("instance", path)
                    .encode());
        } else {
            rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").end("""
                    <!doctype html><html lang="vi"><meta charset="utf-8"><title>413</title>
                    <h1>413</h1><p>Nội dung gửi lên quá lớn.</p><p lang="en">The submitted content is too large.</p>
                    <p><a href="/">Trang chủ</a></p></html>""");
        }
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
