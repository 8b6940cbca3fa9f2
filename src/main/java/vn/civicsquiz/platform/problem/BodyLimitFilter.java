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
        rc.response().putHeader("Connection", "close");
        if (path.startsWith("/api/")) {
            EdgeProblem.send(rc, 413, new Say("Nội dung yêu cầu lớn hơn " + limit / 1024 + " KiB",
                    "The request body is larger than " + limit / 1024 + " KiB"));
        } else {
            rc.response().setStatusCode(413);
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
