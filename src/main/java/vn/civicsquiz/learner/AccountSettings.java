package vn.civicsquiz.learner;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The first teacher: {@code quiz.teacher.username} / {@code quiz.teacher.password} (env QUIZ_TEACHER_*). */
@ConfigMapping(prefix = "quiz.teacher")
public interface AccountSettings {

    Optional<String> username();

    Optional<String> password();
}
