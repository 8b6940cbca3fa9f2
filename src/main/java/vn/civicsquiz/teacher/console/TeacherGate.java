package vn.civicsquiz.teacher.console;

import jakarta.enterprise.context.RequestScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.ReturnPath;

/** Who may use the console: a guest is sent to sign in, a learner is refused, a teacher passes. */
@RequestScoped
public class TeacherGate {

    private final Caller caller;
    private final ApiLanguage language;

    public TeacherGate(Caller caller, ApiLanguage language) {
        this.caller = caller;
        this.language = language;
    }

    /** The page's language, in which refusals are shown on the console's forms. */
    public ApiLanguage language() {
        return language;
    }

    /** Empty for a signed-in teacher; else the way to sign in. */
    public Optional<Response> away(String next) {
        if (caller.isAnonymous()) {
            return Optional.of(Response.seeOther(URI.create(ReturnPath.signInFor(next))).build());
        }
        if (!caller.isTeacher()) {
            throw ProblemException.notPermitted(new Say("Chỉ giáo viên dùng bảng điều khiển",
                    "Only teachers use the console"));
        }
        return Optional.empty();
    }

    public long teacherId() {
        return caller.accountId();
    }
}
