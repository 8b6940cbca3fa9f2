package vn.civicsquiz.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.civicsquiz.game.SocketInbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One live game served by two instances of the packaged app on one database: the teacher hosts on the first, the
 * players play on the second and get the host's moves pushed (PostgreSQL LISTEN/NOTIFY between the instances).
 * The players' instance is killed mid-game and started again: the accepted answer and the score are still there,
 * and the game goes on to its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GameTwoInstancesIT {

    private static final String TEACHER = "thầy.Minh";
    private static final String TEACHER_PASSWORD = "Mật-khẩu-Thầy-Minh-5510";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> env = new HashMap<>();
    private ThrowawayDatabase db;
    private PackagedApp hostSide;
    private PackagedApp playerSide;
    private int playerPort;

    @BeforeAll
    void startTwoInstances() throws Exception {
        db = ThrowawayDatabase.create("quiz_game2");
        env.putAll(db.appEnvironment());
        env.put("QUIZ_TEACHER_USERNAME", TEACHER);
        env.put("QUIZ_TEACHER_PASSWORD", TEACHER_PASSWORD);
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "two-instances-it-shared-session-key-0123456789");
        hostSide = PackagedApp.start(env);
        hostSide.awaitHome(Duration.ofSeconds(180)); // the first instance migrates and loads the bank alone
        playerPort = PackagedApp.freePort();
        playerSide = PackagedApp.start(env, playerPort);
        playerSide.awaitHome(Duration.ofSeconds(180));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            for (PackagedApp app : new PackagedApp[] {hostSide, playerSide}) {
                if (app != null) {
                    app.close();
                }
            }
        } finally {
            db.close();
        }
    }

    @Test
    void playersOnAnotherInstanceGetTheGameAndKeepTheirScoreAcrossItsRestart() throws Exception {
        JsonNode game = send(hostSide, "POST", "/api/v1/games",
                Map.of("topic", "three-pillars", "size", 2, "secondsPerQuestion", 60), teacher(), 201);
        long id = game.get("id").asLong();
        String pin = game.get("pin").asText();
        String lan = send(playerSide, "POST", "/api/v1/play/" + pin + "/players", Map.of("nickname", "Lan"), null, 201)
                .get("playerToken").asText();
        String hai = send(playerSide, "POST", "/api/v1/play/" + pin + "/players", Map.of("nickname", "Hải"), null, 201)
                .get("playerToken").asText();

        SocketInbox screen = new SocketInbox();
        WebSocket socket = connect(playerSide, "/ws/play/" + pin + "?token=" + lan, screen);
        assertThat(screen.next("lobby").getString("game.state")).isEqualTo("LOBBY");

        send(hostSide, "POST", "/api/v1/games/" + id + "/start", null, teacher(), 200);
        assertThat(screen.next("opened").getInt("game.index")).as("the host's start, pushed by the other instance")
                .isEqualTo(1);

        JsonNode question = send(playerSide, "GET", "/api/v1/play/" + pin + "/current", null, token(lan), 200)
                .path("question");
        send(playerSide, "PUT", "/api/v1/play/" + pin + "/answers/1", answerTo(question), token(lan), 200);
        socket.abort();

        playerSide.kill();
        playerSide = PackagedApp.start(env, playerPort);
        playerSide.await("/q/health/live", Duration.ofSeconds(180));

        JsonNode me = send(playerSide, "GET", "/api/v1/play/" + pin + "/me", null, token(lan), 200);
        assertThat(me.path("answered").asBoolean()).as("the answer accepted before the crash").isTrue();
        SocketInbox back = new SocketInbox();
        WebSocket again = connect(playerSide, "/ws/play/" + pin + "?token=" + lan, back);
        assertThat(back.next("opened").getInt("game.index")).isEqualTo(1);
        send(hostSide, "POST", "/api/v1/games/" + id + "/next", null, teacher(), 200);
        Integer lanScore = back.next("closed").getInt("game.leaderboard.find { it.nickname == 'Lan' }.score");
        assertThat(lanScore).as("Lan on the leaderboard after the restart").isNotNull();
        JsonNode meAfter = send(playerSide, "GET", "/api/v1/play/" + pin + "/me", null, token(lan), 200);
        assertThat(meAfter.path("score").asInt()).isEqualTo(lanScore);
        assertThat(meAfter.path("last").path("answered").asBoolean()).isTrue();

        send(hostSide, "POST", "/api/v1/games/" + id + "/next", null, teacher(), 200); // question 2
        send(hostSide, "POST", "/api/v1/games/" + id + "/next", null, teacher(), 200); // its answer
        JsonNode ended = send(hostSide, "POST", "/api/v1/games/" + id + "/next", null, teacher(), 200);
        assertThat(ended.path("state").asText()).isEqualTo("ENDED");
        assertThat(back.next("ended").getString("game.state")).isEqualTo("ENDED");
        JsonNode results = send(hostSide, "GET", "/api/v1/games/" + id + "/results", null, teacher(), 200);
        assertThat(results.path("players")).hasSize(2);
        assertThat(hai).isNotBlank();
        again.abort();
    }

    private static Map<String, Object> answerTo(JsonNode question) {
        return switch (question.path("kind").asText()) {
            case "NUMERIC" -> Map.of("value", 1);
            case "SHORT_ANSWER" -> Map.of("text", "Đối ngoại Đảng");
            default -> Map.of("optionIds", List.of(question.path("options").get(0).path("id").asLong()));
        };
    }

    private String[] teacher() {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (TEACHER + ":" + TEACHER_PASSWORD).getBytes(StandardCharsets.UTF_8))};
    }

    private static String[] token(String playerToken) {
        return new String[] {"X-Player-Token", playerToken};
    }

    private JsonNode send(PackagedApp app, String method, String path, Object body, String[] header, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (header != null) {
            request.header(header[0], header[1]);
        }
        if (body != null || !"GET".equals(method)) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        } else {
            request.GET();
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private WebSocket connect(PackagedApp app, String path, SocketInbox inbox) {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + app.port + path), inbox).join();
    }
}
