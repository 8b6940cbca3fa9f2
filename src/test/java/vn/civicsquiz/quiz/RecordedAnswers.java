package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects {@link AnswerRecorded} events, as the study feature would observe them (test helper). */
@ApplicationScoped
public class RecordedAnswers {

    private final List<AnswerRecorded> events = new CopyOnWriteArrayList<>();

    void on(@Observes AnswerRecorded event) {
        events.add(event);
    }

    public List<AnswerRecorded> forQuestion(long questionId) {
        return events.stream().filter(e -> e.questionId() == questionId).toList();
    }
}
