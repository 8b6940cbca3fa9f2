package vn.civicsquiz.game;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.platform.time.TestClock;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.quiz.grading.GradingKey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A whole live game over the JSON API, scored by the server's clock, and what it refuses. */
@QuarkusTest
class GameApiTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    @Inject
    TestBank bank;
    @Inject
    GameKeys keys;
    @Inject
    TestClock clock;
    @Inject
    jakarta.persistence.EntityManager em;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    static JsonPath create(int size, int seconds) {
        return given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", size, "secondsPerQuestion", seconds))
                .post("/api/v1/games").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath join(String pin, String nickname) {
        return given().contentType(ContentType.JSON).body(Map.of("nickname", nickname))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath host(long id, String action) {
        return given().header("Authorization", TEACHER).contentType(ContentType.JSON).post("/api/v1/games/" + id + "/" + action)
                .then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.Response answer(String pin, String token, int index, Map<String, Object> body) {
        return given().header("X-Player-Token", token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/play/" + pin + "/answers/" + index);
    }

    @Test
    void a_full_game_scores_right_answers_by_the_server_clock_and_ranks_the_players() {
        clock.freeze();
        JsonPath game = create(2, 20);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        assertThat(pin).matches("[0-9]{6}");
        String run = UUID.randomUUID().toString().substring(0, 4);
        String lan = join(pin, "Lan " + run).getString("playerToken");
        String minh = join(pin, "Minh " + run).getString("playerToken");
        given().header("Authorization", TEACHER).get("/api/v1/games/" + id).then().statusCode(200)
                .body("state", equalTo("LOBBY")).body("players", equalTo(2));

        JsonPath opened = host(id, "start");
        assertThat(opened.getString("state")).isEqualTo("QUESTION");
        assertThat(opened.getInt("index")).isEqualTo(1);
        JsonPath current = given().header("X-Player-Token", lan).get("/api/v1/play/" + pin + "/current")
                .then().statusCode(200).extract().jsonPath();
        String seen = current.prettify();
        assertThat(seen).doesNotContain("correct").doesNotContain("rightAnswer").doesNotContain("\"right\"");
        assertThat(current.getString("question.stem")).isNotBlank();

        GradingKey key1 = keys.key(id, 1);
        clock.advance(Duration.ofSeconds(5)); // 5 s of 20: 1000 × (1 − 0.25 / 2) = 875
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.right(key1))).then().statusCode(200)
                .body("accepted", equalTo(true)).body("correct", nullValue()).body("points", nullValue());
        // the same answer again: the same reply; another one: refused
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.right(key1))).then().statusCode(200)
                .body("replayed", equalTo(true)).body("correct", nullValue());
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.wrong(key1))).then().statusCode(409)
                .contentType("application/problem+json");
        // the future question is not open
        answer(pin, lan, 2, KeyAnswers.body(KeyAnswers.right(keys.key(id, 2)))).then().statusCode(409);
        clock.advance(Duration.ofMillis(7_300)); // 12.3 s of 20: round(1000 × (1 − 0.615 / 2)) = 693
        answer(pin, minh, 1, KeyAnswers.body(KeyAnswers.right(key1))).then().statusCode(200)
                .body("replayed", equalTo(false));

        // both answered: the question closed by itself
        JsonPath revealed = given().header("Authorization", TEACHER).get("/api/v1/games/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(revealed.getString("state")).isEqualTo("REVEAL");
        assertThat(revealed.getInt("reveal.answered")).isEqualTo(2);
        assertThat(revealed.getInt("reveal.correct")).isEqualTo(2);
        assertThat(revealed.getList("leaderboard.score", Integer.class)).containsExactly(875, 693);
        given().header("X-Player-Token", minh).get("/api/v1/play/" + pin + "/me").then().statusCode(200)
                .body("score", equalTo(693)).body("rank", equalTo(2)).body("last.correct", equalTo(true))
                .body("last.points", equalTo(693));
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.right(key1))).then().statusCode(200)
                .body("correct", equalTo(true)).body("points", equalTo(875));

        JsonPath second = host(id, "next");
        assertThat(second.getInt("index")).isEqualTo(2);
        GradingKey key2 = keys.key(id, 2);
        clock.advance(Duration.ofSeconds(2));
        answer(pin, lan, 2, KeyAnswers.body(KeyAnswers.wrong(key2))).then().statusCode(200);
        // Minh is too late: the time is up by the server's clock, with no timer needed
        clock.advance(Duration.ofSeconds(19));
        answer(pin, minh, 2, KeyAnswers.body(KeyAnswers.right(key2))).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("X-Player-Token", minh).get("/api/v1/play/" + pin + "/current").then().statusCode(200)
                .body("state", equalTo("REVEAL")).body("reveal.answered", equalTo(1))
                .body("you.last.answered", equalTo(false));
        given().header("X-Player-Token", lan).get("/api/v1/play/" + pin + "/me").then().statusCode(200)
                .body("score", equalTo(875)).body("rank", equalTo(1)).body("last.correct", equalTo(false))
                .body("last.points", equalTo(0));

        assertThat(host(id, "next").getString("state")).isEqualTo("ENDED");
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).post("/api/v1/games/" + id + "/next").then().statusCode(409);
        JsonPath results = given().header("Authorization", TEACHER).get("/api/v1/games/" + id + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertThat(results.getList("players.nickname", String.class)).containsExactly("Lan " + run, "Minh " + run);
        assertThat(results.getList("players[0].points", Integer.class)).containsExactly(875, 0);
        byte[] csv = given().header("Authorization", TEACHER).accept("text/csv")
                .get("/api/v1/games/" + id + "/results").then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrank,nickname,score,correct,answered,q1,q2\r\n")
                .contains("1,Lan " + run + ",875,1,2,875,0\r\n").contains("2,Minh " + run + ",693,1,1,693,0\r\n");
        // an ended game's PIN no longer admits anyone
        given().contentType(ContentType.JSON).body(Map.of("nickname", "Late " + run))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(404);
    }

    @Test
    void a_paused_question_stops_its_clock_takes_no_answer_and_counts_speed_only_while_open() {
        clock.freeze();
        JsonPath game = create(1, 20);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String run = UUID.randomUUID().toString().substring(0, 4);
        String lan = join(pin, "Lan " + run).getString("playerToken");
        join(pin, "Minh " + run);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).post("/api/v1/games/" + id + "/pause")
                .then().statusCode(409); // nothing open in the lobby
        host(id, "start");
        GradingKey key = keys.key(id, 1);

        clock.advance(Duration.ofSeconds(5));
        JsonPath paused = host(id, "pause");
        assertThat(paused.getBoolean("paused")).isTrue();
        assertThat(paused.getLong("remainingMs")).isEqualTo(15_000);
        clock.advance(Duration.ofMinutes(3)); // far past the 20 s: a paused question stays open
        given().header("X-Player-Token", lan).get("/api/v1/play/" + pin + "/current").then().statusCode(200)
                .body("state", equalTo("QUESTION")).body("paused", equalTo(true)).body("remainingMs", equalTo(15_000));
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.right(key))).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(host(id, "pause").getBoolean("paused")).isTrue(); // again: no change

        JsonPath resumed = host(id, "resume");
        assertThat(resumed.getBoolean("paused")).isFalse();
        assertThat(resumed.getLong("remainingMs")).isBetween(14_999L, 15_000L); // the clock read in whole microseconds
        clock.advance(Duration.ofSeconds(5)); // open 10 s of 20 in all: 1000 × (1 − 0.5 / 2) = 750
        answer(pin, lan, 1, KeyAnswers.body(KeyAnswers.right(key))).then().statusCode(200);
        clock.advance(Duration.ofSeconds(11)); // 21 s open: closed
        JsonPath revealed = given().header("Authorization", TEACHER).get("/api/v1/games/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertThat(revealed.getString("state")).isEqualTo("REVEAL");
        assertThat(revealed.getList("leaderboard.score", Integer.class)).startsWith(750);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).post("/api/v1/games/" + id + "/pause")
                .then().statusCode(409);
    }

    @Test
    void hostile_players_get_clear_refusals() {
        JsonPath game = create(1, 30);
        String pin = game.getString("pin");
        given().contentType(ContentType.JSON).body(Map.of("nickname", "Ai đó"))
                .post("/api/v1/play/" + (pin.equals("000000") ? "000001" : "000000") + "/players")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("nickname", "ab"))
                .post("/api/v1/play/12ab56/players").then().statusCode(404);
        for (String bad : List.of("", "   ", "x".repeat(21), "Lan\u202Egnaoh", "Tab\tName", "Zero\u200Bwidth")) {
            given().contentType(ContentType.JSON).body(Map.of("nickname", bad))
                    .post("/api/v1/play/" + pin + "/players").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("nickname"));
        }
        String run = UUID.randomUUID().toString().substring(0, 4);
        JsonPath hoa = join(pin, "Hoa " + run);
        assertThat(join(pin, "x".repeat(20)).getString("nickname")).hasSize(20);
        given().contentType(ContentType.JSON).body(Map.of("nickname", "HOA " + run.toUpperCase()))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(409);
        String token = hoa.getString("playerToken");
        // nothing is open in the lobby
        answer(pin, token, 1, Map.of("optionIds", List.of(1))).then().statusCode(409);
        answer(pin, token, 5, Map.of("optionIds", List.of(1))).then().statusCode(404);
        answer(pin, "not-a-token", 1, Map.of("optionIds", List.of(1))).then().statusCode(401);
        given().get("/api/v1/play/" + pin + "/current").then().statusCode(401);
        // another teacher's or nobody's game
        long id = game.getLong("id");
        given().contentType(ContentType.JSON).post("/api/v1/games/" + id + "/start").then().statusCode(401);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).post("/api/v1/games/" + (id + 100000) + "/start").then().statusCode(404);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", 31, "secondsPerQuestion", 4))
                .post("/api/v1/games").then().statusCode(400).body("errors.size()", equalTo(2));
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "no-such-topic")).post("/api/v1/games").then().statusCode(400);
        // a removed player's token stops working
        given().header("Authorization", TEACHER).delete("/api/v1/games/" + id + "/players/" + hoa.getLong("playerId"))
                .then().statusCode(204);
        given().header("X-Player-Token", token).get("/api/v1/play/" + pin + "/me").then().statusCode(401);
        host(id, "end");
    }

    @Test
    void answers_count_in_the_question_statistics_and_in_a_signed_in_learners_history() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String username = "game" + run;
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "trò chơi " + run, "role", "learner"))
                .post("/api/v1/accounts").then().statusCode(201);
        JsonPath game = create(1, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String learner = given().header("Authorization", BasicAuth.header(username, "trò chơi " + run))
                .contentType(ContentType.JSON).body(Map.of("nickname", "Học " + run))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(201).extract().path("playerToken");
        String guest = join(pin, "Khách " + run).getString("playerToken");
        host(id, "start");
        GradingKey key = keys.key(id, 1);
        long questionId = questionOf(id);
        long[] before = stats(questionId);
        answer(pin, learner, 1, KeyAnswers.body(KeyAnswers.right(key))).then().statusCode(200);
        answer(pin, guest, 1, KeyAnswers.body(KeyAnswers.wrong(key))).then().statusCode(200);
        long[] after = stats(questionId);
        assertThat(after[0] - before[0]).as("answers counted").isEqualTo(2);
        assertThat(after[1] - before[1]).as("right answers counted").isEqualTo(1);
        assertThat(factResults(username)).as("the learner's facts remember the right answer").isNotEmpty()
                .allMatch(results -> results.startsWith("1"));
        host(id, "end");
    }

    @Test
    void a_game_hosted_from_an_assignment_shows_in_the_class_results_member_by_member() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String player = "choi" + run;
        String absent = "vang" + run;
        for (String name : List.of(player, absent)) {
            given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                    .body(Map.of("username", name, "password", "trò chơi " + run, "role", "learner"))
                    .post("/api/v1/accounts").then().statusCode(201);
        }
        JsonPath made = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp trò chơi " + run)).post("/api/v1/classes").then().statusCode(201)
                .extract().jsonPath();
        long classId = made.getLong("id");
        for (String name : List.of(player, absent)) {
            given().header("Authorization", BasicAuth.header(name, "trò chơi " + run)).contentType(ContentType.JSON)
                    .body(Map.of("code", made.getString("joinCode"))).post("/api/v1/me/classes/join").then()
                    .statusCode(200);
        }
        long assignment = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", 1, "deadline",
                        java.time.OffsetDateTime.now().plusDays(3).withNano(0).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        JsonPath game = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignment, "size", 1, "secondsPerQuestion", 30))
                .post("/api/v1/games").then().statusCode(201).extract().jsonPath();
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String member = given().header("Authorization", BasicAuth.header(player, "trò chơi " + run))
                .contentType(ContentType.JSON).body(Map.of("nickname", "Rồng " + run))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(201).extract().path("playerToken");
        String guest = join(pin, "Khách " + run).getString("playerToken");
        host(id, "start");
        GradingKey key = keys.key(id, 1);
        answer(pin, member, 1, KeyAnswers.body(KeyAnswers.right(key))).then().statusCode(200);
        answer(pin, guest, 1, KeyAnswers.body(KeyAnswers.wrong(key))).then().statusCode(200);
        host(id, "end");

        JsonPath games = given().header("Authorization", TEACHER)
                .get("/api/v1/classes/" + classId + "/assignments/" + assignment + "/games").then().statusCode(200)
                .extract().jsonPath();
        assertThat(games.getList("gameId", Long.class)).containsExactly(id);
        assertThat(games.getInt("[0].players")).isEqualTo(2);
        assertThat(games.getInt("[0].guests")).isEqualTo(1);
        assertThat(games.getList("[0].members.username", String.class)).containsExactly(player, absent);
        assertThat(games.getList("[0].members.played", Boolean.class)).containsExactly(true, false);
        assertThat(games.getString("[0].members[0].nickname")).isEqualTo("Rồng " + run);
        assertThat(games.getInt("[0].members[0].rank")).isEqualTo(1);
        assertThat(games.getInt("[0].members[0].correct")).isEqualTo(1);
        assertThat(games.getInt("[0].members[0].score")).isPositive();
        given().header("Authorization", TEACHER).get("/api/v1/classes/" + classId + "/assignments/999999999/games")
                .then().statusCode(404);
    }

    @Test
    void a_game_from_an_assignment_of_chosen_questions_plays_those_in_the_teachers_order() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long classId = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp chọn câu " + run)).post("/api/v1/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Long> singles = publishedOfKind("SINGLE", 2);
        long ordering = publishedOfKind("ORDERING", 1).get(0);
        List<Long> chosen = List.of(singles.get(1), ordering, singles.get(0));
        long assignment = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("title", "Ba câu đã chọn", "questions", chosen, "closesAt",
                        java.time.OffsetDateTime.now().plusDays(3).withNano(0).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long id = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignment, "secondsPerQuestion", 30))
                .post("/api/v1/games").then().statusCode(201).extract().jsonPath().getLong("id");
        Object played = em.createNativeQuery("SELECT CAST(question_ids AS text) FROM game WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        assertThat(played).as("the chosen questions, the ordering one left out, in the teacher's order")
                .isEqualTo("{" + singles.get(1) + "," + singles.get(0) + "}");

        long onlyOrdering = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("title", "Chỉ sắp xếp", "questions", List.of(ordering), "closesAt",
                        java.time.OffsetDateTime.now().plusDays(3).withNano(0).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", onlyOrdering)).post("/api/v1/games").then().statusCode(409);
    }

    @SuppressWarnings("unchecked")
    List<Long> publishedOfKind(String kind, int n) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM question WHERE status = 'published' AND kind = ?1 "
                        + "AND NOT held_back ORDER BY id LIMIT ?2").setParameter(1, kind).setParameter(2, n)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    @Test
    void an_address_that_joined_too_often_is_refused_with_429_and_a_time_to_wait() {
        JsonPath game = create(1, 30);
        String pin = game.getString("pin");
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        joinedSoOften(address, 300);
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("nickname", "Thử " + UUID.randomUUID().toString().substring(0, 4)))
                .post("/api/v1/play/" + pin + "/players").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another address still joins
        join(pin, "Khác " + UUID.randomUUID().toString().substring(0, 4));
        host(game.getLong("id"), "end");
    }

    @jakarta.transaction.Transactional
    void joinedSoOften(String address, int times) {
        em.createNativeQuery("""
                        INSERT INTO creation_limit (kind, client, window_start, used) VALUES (?1, ?2, now(), ?3)
                        ON CONFLICT (kind, client) DO UPDATE SET window_start = now(), used = excluded.used""")
                .setParameter(1, GameJoins.KIND).setParameter(2, address).setParameter(3, times).executeUpdate();
    }

    @jakarta.transaction.Transactional
    long questionOf(long gameId) {
        return ((Number) em.createNativeQuery("SELECT question_ids[1] FROM game WHERE id = ?1")
                .setParameter(1, gameId).getSingleResult()).longValue();
    }

    @Inject
    vn.civicsquiz.teacher.stats.AnswerTallies tallies;

    /** The question's running totals, once the tallies of the answers just given are folded in. */
    @jakarta.transaction.Transactional
    long[] stats(long questionId) {
        tallies.fold();
        List<?> rows = em.createNativeQuery("SELECT answers, correct FROM question_stats WHERE question_id = ?1")
                .setParameter(1, questionId).getResultList();
        if (rows.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @jakarta.transaction.Transactional
    @SuppressWarnings("unchecked")
    List<String> factResults(String username) {
        return em.createNativeQuery("""
                        SELECT f.last_results FROM learner_fact f JOIN learner l ON l.id = f.learner_id
                        JOIN account a ON a.id = l.account_id WHERE a.username = ?1""")
                .setParameter(1, username).getResultList();
    }
}
