package vn.civicsquiz.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app as a newcomer runs it: no database configured, so it starts its own PostgreSQL, keeps data in
 * the data directory across a restart and leaves no server behind. With a URL configured it starts none.
 */
class EmbeddedDatabaseIT {

    private static final Map<String, String> TEACHER = Map.of(
            "QUIZ_TEACHER_USERNAME", "cô.giáo.Lan", "QUIZ_TEACHER_PASSWORD", "mật-khẩu-giáo-viên");

    @Test
    void embeddedDatabaseKeepsDataAcrossRestartsAndStopsWithTheApp(@TempDir Path dataDir, @TempDir Path mustStayEmpty)
            throws Exception {
        Map<String, String> env = new java.util.HashMap<>(TEACHER);
        env.put("QUIZ_DB_EMBEDDED_DATA_DIR", dataDir.toString());

        try (PackagedApp first = PackagedApp.start(env)) {
            Duration startup = first.awaitHome(Duration.ofSeconds(120));
            System.out.println("first start (initdb included) served / after " + startup.toMillis() + " ms");
            assertThat(me(first.port, "cô.giáo.Lan", "mật-khẩu-giáo-viên")).isEqualTo(200);
            assertThat(postgresProcessesOn(dataDir)).hasSize(1);
            assertThat(signUp(first.port, "học.viên.Bình", "mật-khẩu-học-viên")).isEqualTo(307);
        }
        assertThat(postgresProcessesOn(dataDir)).as("no postgres left after the app stopped").isEmpty();

        env.remove("QUIZ_TEACHER_USERNAME");
        env.remove("QUIZ_TEACHER_PASSWORD");
        try (PackagedApp second = PackagedApp.start(env)) {
            second.awaitHome(Duration.ofSeconds(120));
            assertThat(me(second.port, "học.viên.Bình", "mật-khẩu-học-viên")).as("learner kept").isEqualTo(200);
            assertThat(me(second.port, "cô.giáo.Lan", "mật-khẩu-giáo-viên")).as("teacher kept").isEqualTo(200);

            int embeddedPort = Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
            Map<String, String> external = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + embeddedPort + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "QUIZ_DB_EMBEDDED_DATA_DIR", mustStayEmpty.toString());
            try (PackagedApp third = PackagedApp.start(external)) {
                third.awaitHome(Duration.ofSeconds(120));
                assertThat(third.descendants()).as("no embedded server with a configured URL")
                        .noneMatch(p -> p.info().command().orElse("").contains("postgres"));
                assertThat(Files.list(Path.of(external.get("QUIZ_DB_EMBEDDED_DATA_DIR")))).isEmpty();
                assertThat(me(third.port, "học.viên.Bình", "mật-khẩu-học-viên")).isEqualTo(200);
            }
        }
        assertThat(postgresProcessesOn(dataDir)).isEmpty();
    }

    private static List<ProcessHandle> postgresProcessesOn(Path dataDir) {
        String dir = dataDir.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dir)).orElse(false))
                .toList();
    }

    private static int me(int port, String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + auth).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int signUp(int port, String user, String password) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String csrf = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.nio.ByteBuffer.allocate(16).putLong(System.nanoTime()).array());
        String form = "csrf=" + csrf + "&username=" + enc(user) + "&password=" + enc(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "quiz-csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
