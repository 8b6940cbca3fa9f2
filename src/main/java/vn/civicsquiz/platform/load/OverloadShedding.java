package vn.civicsquiz.platform.load;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.civicsquiz.platform.problem.EdgeProblem;
import vn.civicsquiz.platform.problem.Problem;

import java.nio.charset.StandardCharsets;

/**
 * Sheds load instead of queueing it: past {@code quiz.load.max-in-flight} requests in progress, a new request is
 * answered at once, on the event loop, with 503 and Retry-After — problem+json under /api/, elsewhere a short page
 * that says the app is busy and reloads itself. Queued requests are what ran the heap out under a burst of
 * arrivals; refused ones cost a few hundred bytes and the admitted learners keep their response times. Health
 * checks and WebSocket upgrades (long-lived, they would hold a place for their whole life) are not counted.
 */
@Singleton
public class OverloadShedding {

    private final AdmissionGate gate;
    private final int retryAfterSeconds;
    private final Counter shed;
    private final Buffer page;
    private final Buffer problemVietnamese;
    private final Buffer problemEnglish;

    public OverloadShedding(@ConfigProperty(name = "quiz.load.max-in-flight", defaultValue = "1024") int maxInFlight,
                            @ConfigProperty(name = "quiz.load.retry-after", defaultValue = "2") int retryAfterSeconds,
                            MeterRegistry metrics) {
        this.gate = new AdmissionGate(maxInFlight);
        this.retryAfterSeconds = retryAfterSeconds;
        this.shed = Counter.builder("quiz.load.shed").description("requests refused with 503 while saturated")
                .register(metrics);
        this.page = Buffer.buffer(("""
                <!doctype html><html lang="vi"><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d"><title>Đang bận</title>
                <h1>Ứng dụng đang bận</h1><p>Nhiều người đang làm bài cùng lúc. Trang sẽ tự tải lại sau %d giây.</p>
                <p lang="en">The app is busy right now; this page reloads itself in %d seconds.</p></html>"""
                .formatted(retryAfterSeconds, retryAfterSeconds, retryAfterSeconds)).getBytes(StandardCharsets.UTF_8));
        this.problemVietnamese = problem("Dịch vụ tạm thời không phục vụ được",
                "Ứng dụng đang bận; hãy thử lại sau " + retryAfterSeconds + " giây");
        this.problemEnglish = problem("Service Unavailable", "The app is busy; retry after " + retryAfterSeconds + " s");
    }

    private static Buffer problem(String title, String detail) {
        return Buffer.buffer(new io.vertx.core.json.JsonObject().put("type", "about:blank").put("title", title)
                .put("status", 503).put("detail", detail).encode().getBytes(StandardCharsets.UTF_8));
    }

    void install(@Observes Router router) {
        // before every other route, so a refused request costs no filter, session or body work
        router.route().order(Integer.MIN_VALUE).handler(this::admit);
    }

    void admit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (exempt(request)) {
            rc.next();
            return;
        }
        if (!gate.tryEnter()) {
            shed.increment();
            refuse(rc, request.path());
            return;
        }
        rc.addEndHandler(ended -> gate.leave());
        rc.next();
    }

    private void refuse(RoutingContext rc, String path) {
        boolean api = path.startsWith("/api/");
        rc.response().setStatusCode(503)
                .putHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/html; charset=UTF-8")
                .end(api ? (EdgeProblem.english(rc) ? problemEnglish : problemVietnamese) : page);
    }

    private static boolean exempt(HttpServerRequest request) {
        return request.path().startsWith("/q/health") || request.getHeader("Upgrade") != null;
    }
}
