package vn.civicsquiz.quiz;

import java.util.Arrays;
import java.util.Optional;

/** Practice shows feedback after each answer; test shows it at the end and may have a time limit. */
public enum QuizMode {
    practice, test;

    public static Optional<QuizMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst();
    }
}
