package vn.civicsquiz.platform.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.db.PlainStatements;
import vn.civicsquiz.quiz.AskedQuestions;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.study.StudyFixture;
import vn.civicsquiz.study.StudyQueue;

import java.time.Instant;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot paths bench/run loads run a small, fixed number of SQL statements, whatever the question kind or the
 * learner's history (the question page has its own test in web.PageStatementsTest). Counted are Hibernate's
 * statements and the hot paths' plain ones ({@code PlainStatements}); the learner of the request is looked up
 * before them in one plain JDBC statement ({@code CurrentLearner}), which these budgets leave out.
 */
@QuarkusTest
class HotPathStatementsTest {

    /** The attempt locked with its item, the answer stored, the learner's record (the question is in memory). */
    static final int MAX_ANSWER_STATEMENTS = 3;
    /** The same, and the question with its options and its facts' passages when they are not in memory. */
    static final int MAX_COLD_ANSWER_STATEMENTS = 5;
    // history, mastery by question and by fact group, weakest facts, streak, study card, class assignments…
    static final int MAX_DASHBOARD_STATEMENTS = 8;
    static final int MAX_START_STATEMENTS = 6; // guest, pick, attempt, questions, items, first facts

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
    StudyQueue studyQueue;
    @Inject
    StudyFixture studyLearners;

    @Inject
    AskedQuestions asked;

    long statements(Supplier<Integer> request, int expectedStatus) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long plain = PlainStatements.prepared();
        assertThat(request.get()).isEqualTo(expectedStatus);
        return stats.getPrepareStatementCount() + PlainStatements.prepared() - plain;
    }

    /** The request of a right answer, its key read before the count starts. */
    Supplier<Integer> put(GuestFixture.Guest guest, long attempt, int position) {
        Object body = KeyAnswers.body(KeyAnswers.right(keys.key(attempt, position)));
        return () -> given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/attempts/{id}/answers/{position}", attempt, position).statusCode();
    }

    @Test
    void an_answer_costs_the_same_few_statements_for_every_kind_first_time_and_replayed() {
        String topic = bank.privateTopic(1);
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = attempts.start(guest.ref(), new StartRequest(topic, 8, QuizMode.practice, false, null));
        Set<Long> first = new HashSet<>();
        Set<Long> replayed = new HashSet<>();
        for (int p = 1; p <= 8; p++) {
            int position = p;
            given().cookie("quiz-guest", guest.token()).get("/quiz/{id}/q/{p}", attempt.id, position)
                    .then().statusCode(200); // the page has read the question into memory, as a learner's would
            first.add(statements(put(guest, attempt.id, position), 200));
            replayed.add(statements(put(guest, attempt.id, position), 200));
        }
        assertThat(first).containsExactly((long) MAX_ANSWER_STATEMENTS);
        assertThat(replayed).as("a replay in practice reads the stored answer with the attempt")
                .containsExactly(1L);

        asked.clear();
        QuizAttempt cold = attempts.start(guest.ref(), new StartRequest(topic, 2, QuizMode.practice, false, null));
        assertThat(statements(put(guest, cold.id, 1), 200)).isEqualTo(MAX_COLD_ANSWER_STATEMENTS);
    }

    @Test
    void starting_a_quiz_costs_the_same_statements_for_two_questions_as_for_eight() {
        String topic = bank.privateTopic(1);
        Set<Long> counts = new HashSet<>();
        for (int size : new int[] {2, 8}) {
            counts.add(statements(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("topic", "mixed", "size", size, "mode", "practice"))
                    .post("/api/v1/attempts").statusCode(), 201));
        }
        assertThat(counts).hasSize(1);
        assertThat(counts.iterator().next()).isLessThanOrEqualTo(MAX_START_STATEMENTS);
    }

    @Test
    void the_dashboard_does_not_grow_with_the_learners_history() {
        String topic = bank.privateTopic(2);
        GuestFixture.Guest guest = guests.newGuest();
        Set<Long> counts = new HashSet<>();
        for (int quiz = 1; quiz <= 3; quiz++) {
            QuizAttempt attempt = attempts.start(guest.ref(), new StartRequest(topic, 8, QuizMode.test, false, null));
            for (int p = 1; p <= 8; p++) {
                answers.answer(guest.ref(), attempt.id, p, p % 2 == 0 ? KeyAnswers.right(keys.key(attempt.id, p))
                        : KeyAnswers.wrong(keys.key(attempt.id, p)));
            }
            attempts.finish(guest.ref(), attempt.id);
            counts.add(statements(() -> given().cookie("quiz-guest", guest.token()).get("/dashboard").statusCode(), 200));
        }
        assertThat(counts).hasSize(1);
        assertThat(counts.iterator().next()).isLessThanOrEqualTo(MAX_DASHBOARD_STATEMENTS);
    }

    /**
     * Hibernate keeps one plan per query; a query it fails to find again (as it does with a native query typed
     * with a result class) is planned anew on every request and its entries pile up under one hash, slowing every
     * later lookup. Once warm, the hot requests must find all their plans.
     */
    @Test
    void the_hot_requests_find_every_query_plan_once_warm() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        GuestFixture.Guest guest = guests.newGuest();
        long studier = studyLearners.signUp().accountId();
        long missesWhenWarm = -1;
        for (int round = 1; round <= 3; round++) {
            long before = stats.getQueryPlanCacheMissCount();
            long attempt = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                    .body(Map.of("topic", "mixed", "size", 2, "mode", "practice"))
                    .post("/api/v1/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
            given().cookie("quiz-guest", guest.token()).get("/quiz/{id}/q/1", attempt).then().statusCode(200);
            assertThat(put(guest, attempt, 1).get()).isEqualTo(200);
            given().cookie("quiz-guest", guest.token()).get("/quiz/{id}/q/1", attempt).then().statusCode(200);
            given().cookie("quiz-guest", guest.token()).get("/dashboard").then().statusCode(200);
            studyQueue.due(studier, Instant.now());
            missesWhenWarm = stats.getQueryPlanCacheMissCount() - before;
        }
        assertThat(missesWhenWarm).as("query plans not found in the third round").isZero();
    }
}
