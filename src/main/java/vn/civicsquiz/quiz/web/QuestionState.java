package vn.civicsquiz.quiz.web;

import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizTopics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Everything around the question on its page: progress, the list of positions, where "next" goes, the deadline.
 *
 * @param next     the next unanswered position after this one (wrapping), or null when all are answered
 * @param errorKey message key of an answer that could not be accepted, or null
 */
public record QuestionState(long attemptId, int position, int size, int answeredCount, List<NavEntry> nav,
                            Integer next, String topicKey, boolean practice, String deadlineIso, String deadlineClock,
                            String errorKey, List<String> errorArgs) {

    public record NavEntry(int position, boolean answered, boolean current) {
    }

    public static QuestionState of(QuizAttempt attempt, int position, List<Short> answered, ZoneId zone,
                                   String errorKey) {
        return of(attempt, position, answered, zone, errorKey, List.of());
    }

    /** @param errorArgs the arguments of the error's message (the two readings of an ambiguous number) */
    public static QuestionState of(QuizAttempt attempt, int position, List<Short> answered, ZoneId zone,
                                   String errorKey, List<String> errorArgs) {
        List<NavEntry> nav = IntStream.rangeClosed(1, attempt.size)
                .mapToObj(p -> new NavEntry(p, answered.contains((short) p), p == position)).toList();
        Integer next = IntStream.concat(IntStream.rangeClosed(position + 1, attempt.size),
                        IntStream.range(1, position))
                .filter(p -> !answered.contains((short) p)).boxed().findFirst().orElse(null);
        String iso = attempt.deadline() == null ? null : attempt.deadline().toInstant().toString();
        String clock = attempt.deadline() == null ? null
                : attempt.deadline().atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern("HH:mm"));
        return new QuestionState(attempt.id, position, attempt.size, answered.size(), nav, next,
                "topic_" + QuizTopics.key(attempt.topic), attempt.feedbackAfterEachAnswer(), iso, clock, errorKey,
                List.copyOf(errorArgs));
    }

    public boolean ambiguousNumber() {
        return "answer_number_ambiguous".equals(errorKey) && errorArgs.size() == 4;
    }

    public boolean allAnswered() {
        return answeredCount == size;
    }

    public boolean last() {
        return position == size;
    }

    /** Where the "next" link of an answered question goes. */
    public int nextPosition() {
        if (next != null) {
            return next;
        }
        return position < size ? position + 1 : position;
    }
}
