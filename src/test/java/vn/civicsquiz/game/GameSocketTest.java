package vn.civicsquiz.game;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.TestBank;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Screens connected over WebSocket get the game's state when they connect and whenever it changes. */
@QuarkusTest
class GameSocketTest {

    @TestHTTPResource("/")
    URI root;
    @Inject
    TestBank bank;
    @Inject
    GameKeys keys;
    @Inject
    io.vertx.core.Vertx vertx;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    private WebSocket connect(String path, SocketInbox inbox, String authorization) {
        URI uri = URI.create("ws://" + root.getHost() + ":" + root.getPort() + path);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(uri, inbox).join();
    }

    @Test
    void a_burst_of_joins_reaches_the_host_in_a_few_pushes_the_last_with_everyone() throws Exception {
        JsonPath game = GameApiTest.create(1, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        SocketInbox host = new SocketInbox();
        WebSocket screen = connect("/ws/host/" + id, host, GameApiTest.TEACHER);
        assertThat(host.next().getList("game.playerList")).isEmpty();

        String run = UUID.randomUUID().toString().substring(0, 4);
        int players = 15;
        long start = System.nanoTime();
        for (int p = 0; p < players; p++) {
            GameApiTest.join(pin, "Vy " + run + " " + p);
        }
        int pushes = 0;
        int seen = 0;
        while (seen < players) {
            seen = host.next().getList("game.playerList").size();
            pushes++;
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        // one push at once, then at most one per interval (without the interval: about one push per join)
        assertThat(pushes).as("pushes in %d ms", elapsedMs)
                .isLessThanOrEqualTo(2 + (int) (elapsedMs / GameListener.HOSTS_ONLY_INTERVAL_MS));
        screen.abort();
    }

    @Test
    void players_and_host_get_the_opened_question_and_then_its_answer_pushed() throws Exception {
        JsonPath game = GameApiTest.create(1, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String run = UUID.randomUUID().toString().substring(0, 4);
        String byQuery = GameApiTest.join(pin, "Quang " + run).getString("playerToken");
        String byMessage = GameApiTest.join(pin, "Thu " + run).getString("playerToken");

        SocketInbox first = new SocketInbox();
        WebSocket one = connect("/ws/play/" + pin + "?token=" + byQuery, first, null);
        assertThat(first.next().getString("game.state")).isEqualTo("LOBBY");
        SocketInbox second = new SocketInbox();
        WebSocket two = connect("/ws/play/" + pin, second, null);
        two.sendText("{\"token\":\"" + byMessage + "\"}", true).join();
        assertThat(second.next().getString("game.state")).isEqualTo("LOBBY");
        SocketInbox host = new SocketInbox();
        WebSocket screen = connect("/ws/host/" + id, host, GameApiTest.TEACHER);
        assertThat(host.next().getList("game.playerList")).hasSize(2);

        GameApiTest.host(id, "start");
        for (SocketInbox inbox : new SocketInbox[]{first, second, host}) {
            JsonPath opened = inbox.next("opened");
            assertThat(opened.getInt("game.index")).isEqualTo(1);
            assertThat(opened.getString("game.question.stem")).isNotBlank();
            assertThat(opened.prettify()).doesNotContain("correct").doesNotContain("rightAnswer");
        }
        GameApiTest.host(id, "next");
        JsonPath closed = first.next("closed");
        assertThat(closed.getList("game.reveal.rightAnswer")).isNotEmpty();
        assertThat(closed.getInt("game.reveal.answered")).isZero();
        assertThat(closed.getList("game.leaderboard")).hasSize(2);
        assertThat(closed.getString("game.playerList")).isNull(); // the player list is the host's
        GameApiTest.host(id, "next");
        assertThat(second.next("ended").getString("game.state")).isEqualTo("ENDED");
        assertThat(host.next("ended").getString("game.state")).isEqualTo("ENDED");
        one.abort();
        two.abort();
        screen.abort();
    }

    @Test
    void an_answer_moves_the_count_on_the_host_screen_and_sends_the_phones_nothing() throws Exception {
        JsonPath game = GameApiTest.create(1, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String run = UUID.randomUUID().toString().substring(0, 4);
        String first = GameApiTest.join(pin, "Nga " + run).getString("playerToken");
        GameApiTest.join(pin, "Phúc " + run);
        SocketInbox phone = new SocketInbox();
        WebSocket phoneSocket = connect("/ws/play/" + pin + "?token=" + first, phone, null);
        phone.next("lobby");
        SocketInbox host = new SocketInbox();
        WebSocket screen = connect("/ws/host/" + id, host, GameApiTest.TEACHER);
        host.next("lobby");
        GameApiTest.host(id, "start");
        phone.next("opened");
        host.next("opened");
        GameApiTest.answer(pin, first, 1, vn.civicsquiz.quiz.KeyAnswers.body(
                vn.civicsquiz.quiz.KeyAnswers.right(keys.key(id, 1)))).then().statusCode(200);
        JsonPath counted = host.next("opened");
        assertThat(counted.getInt("game.answers")).isEqualTo(1);
        assertThat(phone.poll(1500)).as("news for the phones").isNull();
        GameApiTest.host(id, "end");
        assertThat(phone.next("ended").getString("game.state")).isEqualTo("ENDED");
        phoneSocket.abort();
        screen.abort();
    }

    @Test
    void each_phone_gets_its_own_screen_pushed_in_its_language_with_its_own_result() throws Exception {
        JsonPath game = GameApiTest.create(1, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String run = UUID.randomUUID().toString().substring(0, 4);
        String lan = GameApiTest.join(pin, "Lan " + run).getString("playerToken");
        String minh = GameApiTest.join(pin, "Minh " + run).getString("playerToken");
        SocketInbox vietnamese = new SocketInbox();
        WebSocket one = connect("/ws/play/" + pin + "?token=" + lan, vietnamese, null);
        SocketInbox english = new SocketInbox();
        URI uri = URI.create("ws://" + root.getHost() + ":" + root.getPort() + "/ws/play/" + pin + "?token=" + minh);
        WebSocket two = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", "lang=en")
                .buildAsync(uri, english).join();

        String lobby = vietnamese.next("lobby").getString("screen");
        assertThat(lobby).contains("Lan " + run).contains("id=\"waiting\"").doesNotContain("<section");
        assertThat(english.next("lobby").getString("screen")).contains("Minh " + run).contains("Waiting");

        GameApiTest.host(id, "start");
        JsonPath opened = vietnamese.next("opened");
        assertThat(opened.getString("screen")).contains("id=\"answer-form\"")
                .contains(opened.getString("game.question.stem").substring(0, 10))
                .contains("name=\"csrf\" value=\"\"");
        english.next("opened");
        GameApiTest.answer(pin, lan, 1, vn.civicsquiz.quiz.KeyAnswers.body(
                vn.civicsquiz.quiz.KeyAnswers.right(keys.key(id, 1)))).then().statusCode(200);
        GameApiTest.host(id, "next");
        String lanSees = vietnamese.next("closed").getString("screen");
        String minhSees = english.next("closed").getString("screen");
        assertThat(lanSees).contains("class=\"game-result is-right\"").contains("Đúng");
        assertThat(minhSees).contains("class=\"game-result is-wrong\"").contains("answer");
        GameApiTest.host(id, "end");
        one.abort();
        two.abort();
    }

    @Test
    void a_socket_that_never_names_its_player_is_closed() throws Exception {
        String pin = GameApiTest.create(1, 60).getString("pin");
        SocketInbox silent = new SocketInbox();
        WebSocket socket = connect("/ws/play/" + pin, silent, null);
        assertThat(silent.closed.get(PlaySocket.TOKEN_WAIT_MS + 10_000, java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(4401);
        assertThat(silent.messages).isEmpty();
        socket.abort();
    }

    @Test
    void an_oversized_frame_closes_its_socket_without_an_error_in_the_log() throws Exception {
        String pin = GameApiTest.create(1, 60).getString("pin");
        java.util.List<java.util.logging.LogRecord> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler watch = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("");
        log.addHandler(watch);
        try {
            // one frame past the server's 64 KB limit (a browser's client would split it; a hostile one does not)
            java.util.concurrent.CompletableFuture<Short> closed = new java.util.concurrent.CompletableFuture<>();
            io.vertx.core.http.WebSocketClient client = vertx.createWebSocketClient(
                    new io.vertx.core.http.WebSocketClientOptions().setMaxFrameSize(1_000_000));
            io.vertx.core.http.WebSocket socket = client.connect(root.getPort(), root.getHost(), "/ws/play/" + pin)
                    .toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            socket.exceptionHandler(e -> { }); // the client's side of the abrupt close is not the server's log
            socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
            socket.writeFrame(io.vertx.core.http.WebSocketFrame.textFrame("x".repeat(100_000), true));
            closed.get(10, java.util.concurrent.TimeUnit.SECONDS); // closed, with or without a closing frame
            // a message past the size limit in frames each small enough
            java.util.concurrent.CompletableFuture<Short> closedToo = new java.util.concurrent.CompletableFuture<>();
            io.vertx.core.http.WebSocket fragmented = client.connect(root.getPort(), root.getHost(), "/ws/play/" + pin)
                    .toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            fragmented.exceptionHandler(e -> { });
            fragmented.closeHandler(v -> closedToo.complete(fragmented.closeStatusCode()));
            fragmented.writeFrame(io.vertx.core.http.WebSocketFrame.textFrame("y".repeat(3_000), false));
            for (int i = 0; i < 20; i++) {
                fragmented.writeFrame(io.vertx.core.http.WebSocketFrame.continuationFrame(
                        io.vertx.core.buffer.Buffer.buffer("y".repeat(3_000)), i == 19));
            }
            assertThat(closedToo.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo((short) 1009);
            assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
            client.close();
        } finally {
            log.removeHandler(watch);
        }
        given().get("/api/v1/play/" + pin + "/current").then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void a_host_screen_closes_once_its_teacher_changes_password_and_a_foreign_page_cannot_open_one()
            throws Exception {
        String name = "giáo.viên.màn.hình." + System.nanoTime();
        given().header("Authorization", GameApiTest.TEACHER).contentType(ContentType.JSON)
                .body(java.util.Map.of("username", name, "password", "mật khẩu màn hình 2024", "role", "teacher"))
                .post("/api/v1/accounts").then().statusCode(201);
        String auth = vn.civicsquiz.learner.BasicAuth.header(name, "mật khẩu màn hình 2024");
        long id = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(java.util.Map.of("topic", "three-pillars", "size", 1, "secondsPerQuestion", 30))
                .post("/api/v1/games").then().statusCode(201).extract().jsonPath().getLong("id");

        // a page of another site cannot open the teacher's screen with the teacher's credentials
        URI uri = URI.create("ws://" + root.getHost() + ":" + root.getPort() + "/ws/host/" + id);
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", auth)
                .header("Origin", "https://evil.example").buildAsync(uri, new SocketInbox()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        SocketInbox sameSite = new SocketInbox();
        WebSocket own = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", auth)
                .header("Origin", "http://" + root.getHost() + ":" + root.getPort()).buildAsync(uri, sameSite).join();
        assertThat(sameSite.next().getString("event")).isEqualTo("lobby");

        long seen = System.currentTimeMillis();
        while (System.currentTimeMillis() <= seen) {
            Thread.onSpinWait(); // the change must fall after the opening, at the millisecond the marks keep
        }
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(java.util.Map.of("currentPassword", "mật khẩu màn hình 2024", "newPassword", "một mật khẩu khác hẳn 2025"))
                .put("/api/v1/me/password").then().statusCode(204);
        assertThat(sameSite.closed.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4401);
        own.abort();
    }

    @Test
    void a_host_screen_needs_the_teacher_and_a_player_screen_a_valid_token() throws Exception {
        JsonPath game = GameApiTest.create(1, 60);
        assertThatThrownBy(() -> connect("/ws/host/" + game.getLong("id"), new SocketInbox(), null))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        SocketInbox stranger = new SocketInbox();
        WebSocket socket = connect("/ws/play/" + game.getString("pin") + "?token=forged", stranger, null);
        // refused: closed without a single message about the game
        assertThat(stranger.poll(2000)).isNull();
        socket.abort();
        given().header("Authorization", GameApiTest.TEACHER).contentType(ContentType.JSON)
                .post("/api/v1/games/" + game.getLong("id") + "/end").then().statusCode(200);
    }
}
