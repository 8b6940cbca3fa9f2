package vn.civicsquiz.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.web.ErrorPages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into the answer a client can read: problem+json under /api/, a readable page elsewhere.
 * Nothing a user can send ends in a 500; a 500 means a bug and is logged.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    private final ErrorPages pages;
    private final ApiLanguage language;

    public ErrorResponses(ErrorPages pages, ApiLanguage language) {
        this.language = language;
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        int status = statusOf(e);
        boolean english = language.english();
        Response response = respond(uri, status, e.detail(english), e.errors(english));
        if (e instanceof TooManyRequests limited) {
            return Response.fromResponse(response).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        if (e instanceof ProblemException.Unavailable) {
            return Response.fromResponse(response).header("Retry-After", "2").build();
        }
        return response;
    }

    /** The one place where a refusal of the domain becomes an HTTP status. */
    public static int statusOf(ProblemException e) {
        if (e instanceof ProblemException.InvalidRequest) {
            return 400;
        } else if (e instanceof ProblemException.NotSignedIn) {
            return 401;
        } else if (e instanceof ProblemException.NotPermitted) {
            return 403;
        } else if (e instanceof ProblemException.NotFound) {
            return 404;
        } else if (e instanceof ProblemException.Conflict) {
            return 409;
        } else if (e instanceof ProblemException.UnsupportedContent) {
            return 415;
        } else if (e instanceof ProblemException.Unprocessable) {
            return 422;
        } else if (e instanceof TooManyRequests) {
            return 429;
        } else if (e instanceof ProblemException.Unavailable) {
            return 503;
        }
        throw new IllegalStateException("No status for " + e.getClass().getName());
    }

    private String title(int status, String fallback) {
        Say title = EdgeProblem.title(status);
        return title == null ? fallback : title.in(language.english());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, io.vertx.core.http.HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        return respond(uri, status, title(status, type.getReasonPhrase()), frameworkDetail(status, e, request), null);
    }

    /** The framework's own refusals (no route, wrong method or media type) said for people, not in its words. */
    private String frameworkDetail(int status, WebApplicationException e, io.vertx.core.http.HttpServerRequest request) {
        String sent = request.getHeader("Content-Type");
        String method = request.method().name();
        return switch (status) {
            case 400 -> language.say("Yêu cầu không đọc được: kiểm tra tham số và nội dung gửi lên",
                    "The request cannot be read: check its parameters and body");
            case 404 -> language.say("Không có địa chỉ này; các địa chỉ của API có trong /q/openapi",
                    "There is nothing at this address; the API's addresses are listed at /q/openapi");
            case 405 -> language.say("Địa chỉ này không nhận phương thức " + method + "; xem /q/openapi",
                    "This address does not take " + method + "; see /q/openapi");
            case 406 -> language.say("Địa chỉ này không trả lời được theo dạng yêu cầu trong Accept; hãy nhận"
                    + " application/json", "This address cannot answer in the form asked for in Accept; accept"
                    + " application/json");
            case 415 -> language.say("Kiểu nội dung '" + sent + "' không được nhận ở địa chỉ này: gửi JSON dạng"
                    + " application/json (tệp câu hỏi gửi tới /api/v1/questions/import: text/x-gift, application/xml,"
                    + " text/x-aiken hoặc application/octet-stream)", "The media type '" + sent + "' is not accepted at"
                    + " this address: send JSON as application/json (question files, to /api/v1/questions/import:"
                    + " text/x-gift, application/xml, text/x-aiken or application/octet-stream)");
            default -> e.getMessage();
        };
    }

    /** An anonymous request to the API: problem+json with the Basic challenge (pages check sign-in themselves). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, io.vertx.core.http.HttpServerRequest request) {
        if (!uri.getPath().startsWith("/api/")) {
            String next = "GET".equals(request.method().name()) ? request.uri() : null;
            return Response.seeOther(java.net.URI.create(vn.civicsquiz.platform.security.ReturnPath.signInFor(next))).build();
        }
        return Response.fromResponse(respond(uri, 401, ApiChallenge.DETAIL.in(language.english()), null))
                .header("WWW-Authenticate", ApiChallenge.BASIC).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, language.say("Tài khoản này không được làm việc đó",
                "This account may not do that"), null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(uri, 400, language.say("Yêu cầu có trường không hợp lệ", "The request has invalid fields"),
                errors);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        String detail = e instanceof JsonMappingException
                ? language.say("Nội dung JSON không đúng dạng mong đợi", "The JSON body does not match the expected shape")
                : language.say("Nội dung không phải JSON hợp lệ", "The body is not valid JSON");
        List<Problem.FieldError> errors = field == null ? null
                : List.of(new Problem.FieldError(field, JsonFieldMessages.of(e, language)));
        return respond(uri, 400, detail, errors);
    }

    /** Jackson's own mapper for these answers plain JSON; a more specific type than the one above wins. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (FormLimit.exceeded(e)) {
            return respond(uri, 413, language.say("Một biểu mẫu có tối đa " + FormLimit.MAX_FIELDS + " trường",
                    "A form may have at most " + FormLimit.MAX_FIELDS + " fields"), null);
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return Response.fromResponse(respond(uri, 503, language.say(
                    "Cơ sở dữ liệu tạm thời không dùng được; hãy thử lại sau ít phút",
                    "The database is temporarily unavailable; try again shortly"), null))
                    .header("Retry-After", "10").build();
        }
        if (ClientGone.isCause(e)) {
            // the client closed the connection while its body was read: nobody is left to answer
            LOG.debugf("The client of %s went away: %s", loggable(uri.getPath()), e);
            return respond(uri, 400, "The connection closed before the request was read", null);
        }
        LOG.error("Unexpected error on " + loggable(uri.getPath()), e);
        return respond(uri, 500, language.say("Máy chủ gặp lỗi ngoài ý muốn; lỗi đã được ghi lại",
                "Something went wrong on our side"), null);
    }

    private Response respond(UriInfo uri, int status, String detail, List<Problem.FieldError> errors) {
        return respond(uri, status, title(status, "Error"), detail, errors);
    }

    private Response respond(UriInfo uri, int status, String title, String detail, List<Problem.FieldError> errors) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, uri.getPath(), errors)).build();
        }
        return pages.page(status, pageMessage(status));
    }

    private static String pageMessage(int status) {
        return switch (status) {
            case 413 -> "error_too_large";
            case 400, 405, 409, 415, 422 -> "error_bad_request";
            case 401, 403 -> "error_forbidden";
            case 404 -> "error_not_found";
            case 429 -> "error_too_many";
            case 503 -> "error_unavailable";
            default -> status >= 500 ? "error_internal" : "error_bad_request";
        };
    }

    /** A request path as a log line may hold it: control characters (CR, LF: forged lines) escaped, at most 200. */
    static String loggable(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length() && out.length() < 200; i++) {
            char c = path.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** "create.arg0.options[1].text" -> "options[1].text": drop the method and parameter prefix. */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? null : path.substring(path.startsWith(".") ? 1 : 0);
    }
}
