package vn.civicsquiz.teacher.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.ReturnPath;

/** Who may use the console: a signed-in teacher; a guest is sent to sign in, a learner refused. */
final class ConsoleAccess {

    private ConsoleAccess() {
    }

    /** Empty for a signed-in teacher; else the way to sign in. @throws ProblemException.NotPermitted for a learner */
    static Optional<Response> away(Caller caller, String next) {
        if (caller.isAnonymous()) {
            return Optional.of(Response.seeOther(URI.create(ReturnPath.signInFor(next))).build());
        }
        if (!caller.isTeacher()) {
            throw ProblemException.notPermitted("The console is for teachers");
        }
        return Optional.empty();
    }

    static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }

    static Response back(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
