package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.db.PlainStatements;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AskedQuestions;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.util.HashSet;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The quiz pages run a fixed, small number of SQL statements, whatever the question, its options or the quiz size. */
@QuarkusTest
class PageStatementsTest {

    /**
     * Hibernate's statements and the hot paths' plain ones ({@code PlainStatements}); the learner is looked up
     * before them in one plain JDBC statement ({@code CurrentLearner}), left out of these budgets.
     * The attempt with the item, its question's version, its answer and the answered positions: one statement.
     */
    static final int MAX_QUESTION_PAGE_STATEMENTS = 1;
    /** The same, and the question with its options and its facts' passages when they are not in memory. */
    static final int MAX_COLD_QUESTION_PAGE_STATEMENTS = 3;

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;
    @Inject
    EntityManagerFactory emf;
    @Inject
    AskedQuestions asked;

    long statementsFor(String path, String token) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long plain = PlainStatements.prepared();
        given().cookie("quiz-guest", token).redirects().follow(false).get(path).then().statusCode(200);
        return stats.getPrepareStatementCount() + PlainStatements.prepared() - plain;
    }

    @Test
    void every_question_page_costs_the_same_few_statements() {
        String topic = bank.privateTopic(2);
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = attempts.start(guest.ref(), new StartRequest(topic, 16, QuizMode.practice, false, null));
        Set<Long> cold = new HashSet<>();
        Set<Long> unanswered = new HashSet<>();
        Set<Long> answered = new HashSet<>();
        asked.clear();
        for (int p = 1; p <= 16; p++) {
            cold.add(statementsFor("/quiz/" + attempt.id + "/q/" + p, guest.token()));
            unanswered.add(statementsFor("/quiz/" + attempt.id + "/q/" + p, guest.token()));
            answers.answer(guest.ref(), attempt.id, p, KeyAnswers.right(keys.key(attempt.id, p)));
            answered.add(statementsFor("/quiz/" + attempt.id + "/q/" + p, guest.token()));
        }
        assertThat(cold).containsExactly((long) MAX_COLD_QUESTION_PAGE_STATEMENTS);
        assertThat(unanswered).as("the question is in memory once read").containsExactly((long) MAX_QUESTION_PAGE_STATEMENTS);
        assertThat(answered).as("the answer and feedback come with the same statement")
                .containsExactly((long) MAX_QUESTION_PAGE_STATEMENTS);
    }

    @Test
    void the_results_page_does_not_grow_with_the_number_of_questions() {
        String topic = bank.privateTopic(2);
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt small = attempts.start(guest.ref(), new StartRequest(topic, 2, QuizMode.test, false, null));
        QuizAttempt large = attempts.start(guest.ref(), new StartRequest(topic, 16, QuizMode.test, false, null));
        for (QuizAttempt a : new QuizAttempt[] {small, large}) {
            for (int p = 1; p <= a.size; p += 2) {
                answers.answer(guest.ref(), a.id, p, KeyAnswers.right(keys.key(a.id, p)));
            }
            attempts.finish(guest.ref(), a.id);
        }
        long smallCount = statementsFor("/quiz/" + small.id + "/result", guest.token());
        long largeCount = statementsFor("/quiz/" + large.id + "/result", guest.token());
        assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(6);
    }

    @Test
    void the_home_page_counts_topics_with_one_grouped_query() {
        GuestFixture.Guest guest = guests.newGuest();
        long statements = statementsFor("/", guest.token());
        // topic counts, the guest, an open attempt, mistakes, the daily goal with XP and the last four weeks
        assertThat(statements).isLessThanOrEqualTo(5);
    }
}
