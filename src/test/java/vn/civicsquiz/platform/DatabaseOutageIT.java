package vn.civicsquiz.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own PostgreSQL stops for ~10 s and comes back on the same port: meanwhile pages answer 503 with a
 * "temporarily unavailable" page, the API 503 problem+json, readiness is DOWN, all within seconds; afterwards
 * the app recovers by itself and no attempt is left half-written.
 */
class DatabaseOutageIT {

    private static final String TEACHER = "cô.giáo.Mai";
    private static final String TEACHER_PASSWORD = "Mật-khẩu-Mai-5120";
    private static final Duration FAST = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String base;

    @Test
    void outageAnswers503QuicklyAndTheAppRecoversByItself(@TempDir Path dataDir) throws Exception {
        int pgPort = PackagedApp.freePort();
        EmbeddedPostgres postgres = database(dataDir, pgPort);
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUIZ_TEACHER_USERNAME", TEACHER, "QUIZ_TEACHER_PASSWORD", TEACHER_PASSWORD);
        try (PackagedApp app = PackagedApp.start(env)) {
            app.awaitHome(Duration.ofSeconds(90));
            base = "http://localhost:" + app.port;
            publishQuestion();
            HttpResponse<String> before = startQuiz(null);
            assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
            String guest = before.headers().firstValue("X-Guest-Token").orElseThrow();
            assertThat(send(get("/q/health/ready")).statusCode()).isEqualTo(200);

            postgres.close();
            long down = System.nanoTime();

            HttpResponse<String> page = timed(get("/?lang=en"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("temporarily unavailable");
            HttpResponse<String> vietnamese = timed(get("/"));
            assertThat(vietnamese.statusCode()).isEqualTo(503);

            HttpResponse<String> api = timed(startRequest(guest));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("\"status\":503");

            HttpResponse<String> ready = timed(get("/q/health/ready"));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("DOWN");
            assertThat(send(get("/q/health/live")).statusCode()).as("the process itself is fine").isEqualTo(200);

            long left = Duration.ofSeconds(10).toNanos() - (System.nanoTime() - down);
            Thread.sleep(Math.max(0, left / 1_000_000));
            postgres = database(dataDir, pgPort);
            long back = System.nanoTime();

            while (send(get("/q/health/ready")).statusCode() != 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - back)).as("readiness UP again").isLessThan(
                        Duration.ofSeconds(30));
                Thread.sleep(250);
            }
            System.out.println("outage: ready again " + (System.nanoTime() - back) / 1_000_000
                    + " ms after the database returned");
            assertThat(send(get("/")).statusCode()).isEqualTo(200);
            HttpResponse<String> after = startQuiz(guest);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);

            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                ResultSet r = c.createStatement().executeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE t.size <> (SELECT count(*) FROM attempt_item i
                                                                          WHERE i.attempt_id = t.id))
                        FROM quiz_attempt t""");
                r.next();
                assertThat(r.getLong(1)).as("attempts: one before, one after, none from the outage").isEqualTo(2);
                assertThat(r.getLong(2)).as("half-written attempts").isZero();
            }
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres database(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private void publishQuestion() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (TEACHER + ":" + TEACHER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = PatientClient.JSON.writeValueAsString(Map.of(
                "kind", "SINGLE", "topic", "three-pillars", "status", "published",
                "stem", "Trụ cột nào thuộc nền ngoại giao toàn diện, hiện đại?",
                "options", List.of(Map.of("text", "Đối ngoại nhân dân", "correct", true),
                        Map.of("text", "Ngoại giao pháo hạm", "correct", false))));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/questions"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> startQuiz(String guest) throws Exception {
        return send(startRequest(guest));
    }

    private HttpRequest.Builder startRequest(String guest) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"three-pillars\",\"size\":1}"));
        if (guest != null) {
            request.header("X-Guest-Token", guest);
        }
        return request;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    /** Sends and checks the answer came within a few seconds, not after a hanging pool or socket. */
    private HttpResponse<String> timed(HttpRequest.Builder request) throws Exception {
        long began = System.nanoTime();
        HttpResponse<String> response = send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.println("outage: " + request.build().uri().getPath() + " -> " + response.statusCode() + " in "
                + took.toMillis() + " ms");
        assertThat(took).as("answer time during the outage").isLessThan(FAST);
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
