package vn.civicsquiz.platform.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/**
 * Problem documents written before a resource runs (on the router: shedding, media types, body limits, addresses)
 * speak the API's language too: the status's title and the detail in Vietnamese unless Accept-Language prefers
 * English, as {@link ErrorResponses} answers.
 */
public final class EdgeProblem {

    private static final Map<Integer, Say> TITLES = Map.ofEntries(
            Map.entry(400, new Say("Yêu cầu không hợp lệ", "Bad Request")),
            Map.entry(401, new Say("Chưa đăng nhập", "Unauthorized")),
            Map.entry(403, new Say("Không được phép", "Forbidden")),
            Map.entry(404, new Say("Không tìm thấy", "Not Found")),
            Map.entry(405, new Say("Phương thức không được hỗ trợ", "Method Not Allowed")),
            Map.entry(406, new Say("Không có dạng trả lời được chấp nhận", "Not Acceptable")),
            Map.entry(409, new Say("Xung đột với trạng thái hiện tại", "Conflict")),
            Map.entry(413, new Say("Nội dung quá lớn", "Content Too Large")),
            Map.entry(414, new Say("Địa chỉ quá dài", "URI Too Long")),
            Map.entry(415, new Say("Kiểu nội dung không được hỗ trợ", "Unsupported Media Type")),
            Map.entry(422, new Say("Không xử lý được nội dung", "Unprocessable Content")),
            Map.entry(429, new Say("Quá nhiều yêu cầu", "Too Many Requests")),
            Map.entry(500, new Say("Lỗi máy chủ", "Internal Server Error")),
            Map.entry(503, new Say("Dịch vụ tạm thời không phục vụ được", "Service Unavailable")));

    private EdgeProblem() {
    }

    /** The title of a status, or null for one the app does not answer with. */
    public static Say title(int status) {
        return TITLES.get(status);
    }

    public static boolean english(RoutingContext rc) {
        try {
            return ApiLanguage.prefersEnglish(rc.acceptableLanguages().stream().map(LanguageHeader::tag).toList());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Ends the request with a problem+json answer in its language (headers such as Retry-After set before). */
    public static void send(RoutingContext rc, int status, Say detail) {
        boolean english = english(rc);
        Say title = TITLES.get(status);
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("type", "about:blank").put("title", title.in(english)).put("status", status)
                        .put("detail", detail.in(english)).put("instance", rc.request().path()).encode());
    }
}
