package vn.civicsquiz.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app on an external PostgreSQL under 100 concurrent learners whose clients time out and retry:
 * nothing acknowledged is lost or doubled, not even across a SIGKILL and restart; two instances on the same
 * database serve one learner's quiz alternately as one instance would; no password ever reaches the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswersSurviveIT {

    private static final String TEACHER = "cô.giáo.Hạnh";
    private static final String TEACHER_PASSWORD = "Mật-khẩu-Giáo-viên-7391";
    private static final String LEARNER_PASSWORD = "Mật-khẩu-Học-viên-2846";
    private static final int LEARNERS = 100;
    /** A first try waits 300 ms (well above a typical answer, below a slow one), retries 6 s, 12 s, 18 s. */
    private static final Duration FIRST_TRY = Duration.ofMillis(300);
    private static final Duration RETRY_UNIT = Duration.ofMillis(1500);
    /** One reply in this many is lost on the way back, however fast the app answers. */
    private static final int LOSE_EVERY = 7;
    private static final Duration RAMP = Duration.ofSeconds(8);

    private ThrowawayDatabase db;
    private final Map<String, String> env = new HashMap<>();
    private final List<Path> logs = new ArrayList<>();
    private PackagedApp app;
    private int port;

    @BeforeAll
    void startAppWithQuestions() throws Exception {
        db = ThrowawayDatabase.create("quiz_survive");
        env.putAll(db.appEnvironment());
        env.put("QUIZ_TEACHER_USERNAME", TEACHER);
        env.put("QUIZ_TEACHER_PASSWORD", TEACHER_PASSWORD);
        env.put("QUIZ_LIMITS_GUESTS_MAX", "100000"); // every simulated learner comes from 127.0.0.1
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "reliability-it-shared-session-key-0123456789");
        env.put("QUARKUS_LOG_CATEGORY__IO_QUARKUS_SECURITY__LEVEL", "DEBUG");
        env.put("QUARKUS_LOG_CATEGORY__IO_QUARKUS_VERTX_HTTP_RUNTIME_SECURITY__LEVEL", "DEBUG");
        port = PackagedApp.freePort();
        app = started(port);
        PatientClient teacher = new PatientClient(this::base, Duration.ofSeconds(30), Duration.ofSeconds(30));
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (TEACHER + ":" + TEACHER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 12; i++) {
            PatientClient.Reply created = teacher.send("POST", "/api/v1/questions", Map.of(
                    "kind", "SINGLE", "topic", LearnerLoad.TOPIC, "status", "published",
                    "stem", "Câu " + i + ": trụ cột nào thuộc nền ngoại giao toàn diện, hiện đại?",
                    "options", List.of(Map.of("text", "Đối ngoại Đảng", "correct", true),
                            Map.of("text", "Ngoại giao pháo hạm", "correct", false),
                            Map.of("text", "Ngoại giao đồng đô-la", "correct", false)),
                    "explanation", "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân."),
                    "Authorization", auth);
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        }
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            db.close();
        }
    }

    @Test
    @Order(1)
    void concurrentLearnersWithRetriesLoseAndDoubleNothing() throws Exception {
        LearnerLoad load = new LearnerLoad(new PatientClient(this::base, FIRST_TRY, RETRY_UNIT)
                .losingEveryNthReply(LOSE_EVERY));
        load.start(LEARNERS, RAMP);
        Thread.sleep(17_000);
        load.stop();
        System.out.println("load: " + load.summary());
        load.assertNothingLost(db);
        assertThat(load.client.lostReplies.get() + load.client.timeouts.get())
                .as("lost replies and client timeouts, so retries of answers already stored really happened")
                .isPositive();
        int finishedLater = resumeAll(load); // the learners come back and finish what they started
        System.out.println("load: " + finishedLater + " open attempts finished after the load");
        load.assertNothingLost(db);
        assertThat(load.scores).as("every started attempt finished").hasSameSizeAs(load.attempts)
                .hasSizeGreaterThanOrEqualTo(LEARNERS);
    }

    @Test
    @Order(2)
    void killedUnderLoadAndRestartedKeepsEveryAcknowledgedAnswerAndResumesEveryAttempt() throws Exception {
        LearnerLoad load = new LearnerLoad(new PatientClient(this::base, FIRST_TRY, RETRY_UNIT));
        load.start(LEARNERS, RAMP);
        awaitAcks(load, 200); // kill mid-load, once answers are really being acknowledged
        int before = load.acks.size();
        app.kill();
        System.out.println("crash: SIGKILL after " + before + " acknowledged answers");
        app = started(port, "/q/health/live"); // its learners are back at once: the home page may well be slow
        awaitAcks(load, before + 100); // the load goes on against the restarted app
        load.stop();
        System.out.println("crash: " + load.summary());
        assertThat(load.acks.size()).as("answers acknowledged after the restart").isGreaterThan(before);
        load.assertNothingLost(db);

        int resumed = resumeAll(load);
        System.out.println("crash: " + resumed + " unfinished attempts resumed and finished");
        assertThat(resumed).as("attempts left unfinished by the stop").isPositive();
        load.assertNothingLost(db);
        String ids = load.attempts.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(db.count("SELECT count(*) FROM quiz_attempt WHERE finished_at IS NULL"
                + " AND id = ANY (string_to_array(?, ',')::bigint[])", ids)).as("known attempts left open").isZero();
    }

    @Test
    @Order(3)
    void aQuizAlternatingBetweenTwoInstancesEndsAsOnOne() throws Exception {
        try (PackagedApp second = started(PackagedApp.freePort())) {
            String a = "http://localhost:" + port;
            String b = "http://localhost:" + second.port;
            Map<String, Object> alternating = takeQuiz("học.viên.Hai", List.of(a, b));
            Map<String, Object> single = takeQuiz("học.viên.Một", List.of(a));
            System.out.println("two instances: " + alternating + ", one instance: " + single);
            assertThat(alternating).isEqualTo(single)
                    .containsEntry("answers", 5L).containsEntry("score", 3L).containsEntry("finished", 1L);
        }
    }

    @Test
    @Order(4)
    void noPasswordReachesTheLog() throws Exception {
        assertThat(logs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Files.readString(logs.get(0))).as("the log is captured").contains("Teacher account '" + TEACHER + "'");
        for (Path log : logs) {
            String text = Files.readString(log);
            assertThat(text).as(log.toString()).contains("civics-quiz")
                    .doesNotContain(TEACHER_PASSWORD).doesNotContain(LEARNER_PASSWORD)
                    .doesNotContain(Base64.getEncoder().encodeToString(
                            (TEACHER + ":" + TEACHER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Resumes and finishes every attempt of the load its learner left open, 16 at a time; returns how many. */
    private static int resumeAll(LearnerLoad load) throws Exception {
        List<LearnerLoad.Known> open = load.attempts.values().stream()
                .filter(known -> !load.scores.containsKey(known.attemptId())).toList();
        ExecutorService resumers = Executors.newFixedThreadPool(16);
        try {
            for (Future<?> done : resumers.invokeAll(open.stream().map(known -> (Callable<Void>) () -> {
                resume(load, known);
                return null;
            }).toList())) {
                done.get();
            }
        } finally {
            resumers.shutdownNow();
        }
        return open.size();
    }

    /** The attempt is still in progress, shows what was acknowledged, takes the remaining answers and finishes. */
    private static void resume(LearnerLoad load, LearnerLoad.Known known) {
        PatientClient.Reply state = load.client.send("GET", "/api/v1/attempts/" + known.attemptId(), null,
                "X-Guest-Token", known.guestToken());
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.body().get("finished").asBoolean()).as("attempt %d in progress", known.attemptId())
                .isFalse();
        for (JsonNode question : state.body().get("questions")) {
            boolean acknowledged = load.acks.stream().anyMatch(a -> a.attemptId() == known.attemptId()
                    && a.position() == question.get("position").asInt());
            assertThat(question.get("answered").asBoolean()).as("answered state").isEqualTo(acknowledged);
            if (!acknowledged) {
                load.answer(known.attemptId(), known.guestToken(), question);
            }
        }
        PatientClient.Reply finished = load.client.send("POST", "/api/v1/attempts/" + known.attemptId()
                + "/finish", null, "X-Guest-Token", known.guestToken());
        assertThat(finished.status()).isEqualTo(200);
        load.scores.put(known.attemptId(), finished.body().get("score").asInt());
    }

    /**
     * Signs up on the first instance, signs in on the last, then takes a 5-question practice quiz moving to the
     * next instance on every request: right answers at odd positions, wrong ones at even. Returns its SQL state.
     */
    private Map<String, Object> takeQuiz(String username, List<String> instances) throws Exception {
        BrowserOverHttp browser = new BrowserOverHttp();
        int[] turn = {0};
        java.util.function.Supplier<String> next = () -> instances.get(turn[0]++ % instances.size());
        assertThat(browser.get(next.get() + "/").statusCode()).isEqualTo(200);
        assertThat(browser.post(next.get() + "/signup", "username", username, "password", LEARNER_PASSWORD)
                .statusCode()).isEqualTo(307);
        HttpResponse<String> signedIn = browser.post(next.get() + "/j_security_check",
                "username", username, "password", LEARNER_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> started = browser.post(next.get() + "/quiz/start",
                "topic", LearnerLoad.TOPIC, "size", "5", "mode", "practice");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/quiz/(\\d+)/q/1").matcher(started.headers().firstValue("Location").orElse(""));
        assertThat(id.find()).isTrue();
        long attempt = Long.parseLong(id.group(1));
        for (int position = 1; position <= 5; position++) {
            HttpResponse<String> page = browser.get(next.get() + "/quiz/" + attempt + "/q/" + position);
            assertThat(page.statusCode()).isEqualTo(200);
            List<Long> options = pick(page.body(), attempt, position, position % 2 == 1);
            String[] form = new String[options.size() * 2];
            for (int i = 0; i < options.size(); i++) {
                form[2 * i] = "option";
                form[2 * i + 1] = Long.toString(options.get(i));
            }
            HttpResponse<String> answered = browser.post(next.get() + "/quiz/" + attempt + "/q/" + position, form);
            assertThat(answered.statusCode()).as("answer %d", position).isEqualTo(303);
        }
        assertThat(browser.post(next.get() + "/quiz/" + attempt + "/finish").statusCode()).isEqualTo(303);
        assertThat(browser.get(next.get() + "/quiz/" + attempt + "/result").statusCode()).isEqualTo(200);
        return Map.of(
                "answers", db.count("SELECT count(*) FROM attempt_answer WHERE attempt_id = ?", attempt),
                "correct", db.count("SELECT count(*) FROM attempt_answer WHERE attempt_id = ? AND correct", attempt),
                "score", db.count("SELECT coalesce(score, -1) FROM quiz_attempt WHERE id = ?", attempt),
                "finished", db.count("SELECT count(*) FROM quiz_attempt WHERE id = ? AND finished_at IS NOT NULL",
                        attempt),
                "counted", db.count("""
                        SELECT coalesce(sum(correct_count + wrong_count), 0) FROM learner_question q
                        JOIN quiz_attempt t ON t.learner_id = q.learner_id WHERE t.id = ?""", attempt));
    }

    /**
     * The client ids of a right answer (every right option: a question may have several) or of a wrong one (one
     * wrong option), among those the page offers. The page's ids are places in a random order, so by their text.
     */
    private List<Long> pick(String page, long attempt, int position, boolean right) throws Exception {
        Matcher m = Pattern.compile("name=\"option\"[^>]*value=\"(\\d+)\"[^>]*>\\s*<span class=\"option-text\""
                + " lang=\"vi\">([^<]*)</span>").matcher(page);
        List<Long> picked = new java.util.ArrayList<>();
        while (m.find()) {
            long option = Long.parseLong(m.group(1));
            String text = m.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&");
            if (db.count("""
                    SELECT count(*) FROM question_option o JOIN attempt_item i ON i.question_id = o.question_id
                    WHERE i.attempt_id = ? AND i.position = ? AND o.text = ? AND o.correct = ?""",
                    attempt, (short) position, text, right) >= 1) {
                picked.add(option);
                if (!right) {
                    break;
                }
            }
        }
        if (picked.isEmpty()) {
            throw new AssertionError("no " + (right ? "right" : "wrong") + " option on the page:\n" + page);
        }
        return picked;
    }

    private PackagedApp started(int onPort) throws Exception {
        return started(onPort, "/");
    }

    private PackagedApp started(int onPort, String path) throws Exception {
        PackagedApp started = PackagedApp.start(env, onPort);
        logs.add(started.log);
        Duration took = started.await(path, Duration.ofSeconds(180));
        System.out.println("app on port " + onPort + " served " + path + " after " + took.toMillis() + " ms");
        return started;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void awaitAcks(LearnerLoad load, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (load.acks.size() < count) {
            assertThat(System.nanoTime()).as("waiting for " + count + " acknowledged answers").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
