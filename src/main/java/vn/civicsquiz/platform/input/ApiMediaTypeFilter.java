package vn.civicsquiz.platform.input;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import vn.civicsquiz.platform.problem.EdgeProblem;
import vn.civicsquiz.platform.problem.Say;

import java.util.Set;

/**
 * A request that changes something through the API must say what it sends: a POST, PUT or PATCH under /api/ with
 * no Content-Type or with text/plain is refused with 415 before anything else reads it. Those are the requests any
 * web page can make cross-site without a preflight, carrying the victim's cookies or cached Basic credentials; a
 * JSON body (application/json) or a question file of its own type (text/x-gift, text/x-aiken,
 * application/octet-stream) needs a preflight that the app never grants. The API takes no forms either: a form or
 * multipart body is refused the same way before anything tries to parse it (a broken multipart body would
 * otherwise fail inside the form parser).
 */
public class ApiMediaTypeFilter {

    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext rc) {
        if (!CHANGES.contains(rc.request().method())) {
            rc.next();
            return;
        }
        String type = rc.request().getHeader("Content-Type");
        if (type == null || type.isBlank()) {
            refuse(rc, new Say("Yêu cầu thay đổi dữ liệu phải ghi kiểu nội dung (Content-Type: "
                    + MediaType.APPLICATION_JSON + ")", "A request that changes something must name its media type "
                    + "(Content-Type: " + MediaType.APPLICATION_JSON + ")"));
        } else if (isForm(type)) {
            refuse(rc, new Say("API không nhận biểu mẫu: gửi JSON dạng " + MediaType.APPLICATION_JSON + " và tệp câu hỏi"
                    + " dạng " + FILE_TYPES, "The API takes no forms: send JSON as " + MediaType.APPLICATION_JSON
                    + " and question files as " + FILE_TYPES));
        } else if (isTextPlain(type)) {
            refuse(rc, new Say("Ở đây không nhận text/plain: gửi JSON dạng " + MediaType.APPLICATION_JSON
                    + " và tệp câu hỏi dạng " + FILE_TYPES, "text/plain is not accepted here: send JSON as "
                    + MediaType.APPLICATION_JSON + " and question files as " + FILE_TYPES));
        } else {
            rc.next();
        }
    }

    static boolean isTextPlain(String contentType) {
        return essence(contentType).equalsIgnoreCase(MediaType.TEXT_PLAIN);
    }

    static boolean isForm(String contentType) {
        String essence = essence(contentType);
        return essence.equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED)
                || essence.equalsIgnoreCase(MediaType.MULTIPART_FORM_DATA);
    }

    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    private static final String FILE_TYPES = "text/x-gift, application/xml, text/x-aiken, application/octet-stream";

    private static void refuse(RoutingContext rc, Say detail) {
        EdgeProblem.send(rc, 415, detail);
    }
}
