package vn.civicsquiz.learner;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Creates or updates the first teacher from {@code QUIZ_TEACHER_USERNAME} / {@code QUIZ_TEACHER_PASSWORD}.
 * The password is never logged. That teacher is an administrator.
 */
public class TeacherBootstrap {

    private static final Logger LOG = Logger.getLogger(TeacherBootstrap.class);

    void onStart(@Observes StartupEvent event, AccountSettings settings, AccountService accounts,
                 vn.civicsquiz.platform.access.Permissions permissions) {
        AccountSettings teacher = settings;
        if (teacher.username().isEmpty() || teacher.password().isEmpty()) {
            LOG.info("No first teacher configured (QUIZ_TEACHER_USERNAME / QUIZ_TEACHER_PASSWORD)");
            return;
        }
        try {
            accounts.upsert(teacher.username().get(), teacher.password().get(), Role.TEACHER);
        } catch (AccountException e) {
            throw new IllegalStateException("QUIZ_TEACHER_USERNAME / QUIZ_TEACHER_PASSWORD are not acceptable ("
                    + e.field() + ": " + e.reason() + "): a password needs " + PasswordPolicy.MIN_LENGTH
                    + "+ characters and must not be a common one");
        }
        permissions.makeAdmin(teacher.username().get()); // the first teacher administers the others
        LOG.infof("Teacher account '%s' is ready", teacher.username().get());
    }
}
