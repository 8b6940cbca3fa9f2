package vn.civicsquiz.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import vn.civicsquiz.platform.security.SignInResponses;

/**
 * Wrong HTTP Basic credentials are refused before any resource runs (proactive authentication), so the JSON
 * API's 401 is written here: problem+json with the Basic challenge, like the 401 of an anonymous request.
 */
public class ApiChallenge {

    static final String BASIC = "Basic realm=\"civics-quiz\", charset=\"UTF-8\"";
    static final Say DETAIL = new Say("Hãy đăng nhập bằng HTTP Basic: tên đăng nhập và mật khẩu của một tài khoản",
            "Sign in with HTTP Basic: the username and password of an account");
    private static final Say TITLE = new Say("Chưa đăng nhập", "Unauthorized");

    private final ObjectMapper json;

    public ApiChallenge(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).failureHandler(this::refuse);
    }

    void refuse(RoutingContext rc) {
        if (!(rc.failure() instanceof AuthenticationFailedException) || rc.response().ended()
                || Boolean.TRUE.equals(rc.get(SignInResponses.THROTTLED))) {
            rc.next();
            return;
        }
        boolean english = ApiLanguage.prefersEnglish(rc.acceptableLanguages().stream()
                .map(io.vertx.ext.web.LanguageHeader::tag).toList());
        Problem problem = new Problem("about:blank", TITLE.in(english), 401, DETAIL.in(english), rc.request().path(),
                null);
        try {
            rc.response().setStatusCode(401).putHeader("WWW-Authenticate", BASIC)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.next();
        }
    }
}
