package vn.civicsquiz.learner;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Account settings: {@code quiz.teacher.username} / {@code quiz.teacher.password} (env QUIZ_TEACHER_*). */
@ConfigMapping(prefix = "quiz")
public interface AccountSettings {

    Teacher teacher();

    interface Teacher {
        Optional<String> username();

        Optional<String> password();
    }
}
