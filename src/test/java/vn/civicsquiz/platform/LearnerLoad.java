package vn.civicsquiz.platform;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guests taking practice quizzes through the JSON API, one thread each, until stopped: start, answer every
 * question with a random option, finish, start again. Remembers what the app acknowledged.
 */
final class LearnerLoad {

    static final String TOPIC = "three-pillars";
    static final int SIZE = 5;

    /** An acknowledged answer: the id the client sent (a place in the attempt's order) and that option's text. */
    record Ack(long attemptId, int position, long optionId, String optionText) {
    }

    record Known(long attemptId, String guestToken) {
    }

    final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    final Map<Long, Known> attempts = new ConcurrentHashMap<>();
    final Map<Long, Integer> scores = new ConcurrentHashMap<>();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    final PatientClient client;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stop;

    LearnerLoad(PatientClient client) {
        this.client = client;
    }

    /** Starts the learners one after another over the ramp (a cold app is not hit by all of them at once). */
    void start(int learners, java.time.Duration ramp) throws InterruptedException {
        for (int i = 0; i < learners; i++) {
            Thread thread = new Thread(this::learn, "learner-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
            Thread.sleep(ramp.toMillis() / learners);
        }
    }

    /** Lets every learner finish the request in flight, then stop where it is (mid-quiz or not). */
    void stop() throws InterruptedException {
        stop = true;
        for (Thread thread : threads) {
            thread.join(120_000);
            assertThat(thread.isAlive()).as(thread.getName() + " stopped").isFalse();
        }
    }

    String summary() {
        return acks.size() + " answers and " + scores.size() + " finished attempts acknowledged of " + attempts.size()
                + " started; " + client.requests + " requests, " + client.retries + " retries (" + client.timeouts
                + " client timeouts, " + client.lostReplies + " lost replies, " + client.unavailable + " 503)";
    }

    private void learn() {
        String token = null;
        try {
            while (!stop) {
                PatientClient.Reply started = client.send("POST", "/api/v1/attempts",
                        Map.of("topic", TOPIC, "size", SIZE, "mode", "practice"), "X-Guest-Token", token);
                if (started.status() != 201) {
                    unexpected.add("start: " + started.status() + " " + started.raw().body());
                    return;
                }
                token = token == null ? started.header("X-Guest-Token") : token;
                long id = started.body().get("id").asLong();
                attempts.put(id, new Known(id, token));
                for (JsonNode question : started.body().get("questions")) {
                    think();
                    if (stop) {
                        return;
                    }
                    answer(id, token, question);
                }
                if (stop) {
                    return;
                }
                PatientClient.Reply finished = client.send("POST", "/api/v1/attempts/" + id + "/finish", null,
                        "X-Guest-Token", token);
                if (finished.status() == 200) {
                    scores.put(id, finished.body().get("score").asInt());
                } else {
                    unexpected.add("finish " + id + ": " + finished.status() + " " + finished.raw().body());
                }
            }
        } catch (AssertionError | RuntimeException e) {
            unexpected.add(Thread.currentThread().getName() + ": " + e);
        }
    }

    void answer(long attemptId, String token, JsonNode question) {
        int position = question.get("position").asInt();
        JsonNode options = question.get("options");
        JsonNode chosen = options.get(ThreadLocalRandom.current().nextInt(options.size()));
        long option = chosen.get("id").asLong();
        String text = chosen.get("text").asText();
        PatientClient.Reply reply = client.send("PUT", "/api/v1/attempts/" + attemptId + "/answers/" + position,
                Map.of("optionIds", List.of(option)), "X-Guest-Token", token);
        if (reply.status() == 200) {
            acks.add(new Ack(attemptId, position, option, text));
        } else {
            unexpected.add("answer " + attemptId + "/" + position + ": " + reply.status() + " " + reply.raw().body());
        }
    }

    /** A learner reads the question before answering (people take seconds; this load is denser than that). */
    private static void think() {
        try {
            Thread.sleep(300 + ThreadLocalRandom.current().nextInt(700));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every acknowledged answer is stored exactly once with what was sent; every finished score equals its correct
     * answers (and what the client was told); the per-question counters saw each answer once; no attempt is
     * missing questions.
     */
    void assertNothingLost(ThrowawayDatabase db) throws SQLException {
        assertThat(unexpected).as("unexpected replies").isEmpty();
        Map<String, String> stored = new HashMap<>();
        for (Object[] row : db.rows("SELECT attempt_id, position, response FROM attempt_answer")) {
            String key = row[0] + "/" + row[1];
            assertThat(stored.put(key, (String) row[2])).as("one row for " + key).isNull();
        }
        // the client sends an option's place in the attempt's order; the database keeps the option's own id:
        // the stored option must be the one the client saw under that place, i.e. have the text it chose
        java.util.regex.Pattern storedOption = java.util.regex.Pattern.compile("\"optionIds\":\\[(\\d+)]");
        for (Ack ack : acks) {
            String response = stored.get(ack.attemptId() + "/" + ack.position());
            assertThat(response).as("acknowledged answer %s", ack).isNotNull();
            java.util.regex.Matcher m = storedOption.matcher(response);
            assertThat(m.find()).as("stored response %s of %s", response, ack).isTrue();
            assertThat(db.rows("SELECT text FROM question_option WHERE id = ?", Long.parseLong(m.group(1))).get(0)[0])
                    .as("option stored for acknowledged answer %s", ack).isEqualTo(ack.optionText());
        }
        assertThat(db.count("""
                SELECT count(*) FROM quiz_attempt t WHERE t.finished_at IS NOT NULL
                  AND t.score <> (SELECT count(*) FROM attempt_answer a WHERE a.attempt_id = t.id AND a.correct)"""))
                .as("finished attempts whose score is not their correct answers").isZero();
        for (Map.Entry<Long, Integer> score : scores.entrySet()) {
            assertThat(db.count("SELECT score FROM quiz_attempt WHERE id = ?", score.getKey()))
                    .as("score of attempt %d as the client was told", score.getKey())
                    .isEqualTo(score.getValue().longValue());
        }
        assertThat(db.count("""
                SELECT count(*) FROM learner l WHERE
                  (SELECT coalesce(sum(correct_count), 0) FROM learner_question q WHERE q.learner_id = l.id)
                    <> (SELECT count(*) FROM attempt_answer a JOIN quiz_attempt t ON t.id = a.attempt_id
                        WHERE t.learner_id = l.id AND a.correct)
                  OR (SELECT coalesce(sum(wrong_count), 0) FROM learner_question q WHERE q.learner_id = l.id)
                    <> (SELECT count(*) FROM attempt_answer a JOIN quiz_attempt t ON t.id = a.attempt_id
                        WHERE t.learner_id = l.id AND NOT a.correct)"""))
                .as("learners whose question counters differ from their answers").isZero();
        assertThat(db.count("""
                SELECT count(*) FROM quiz_attempt t
                WHERE t.size <> (SELECT count(*) FROM attempt_item i WHERE i.attempt_id = t.id)"""))
                .as("half-written attempts").isZero();
    }
}
