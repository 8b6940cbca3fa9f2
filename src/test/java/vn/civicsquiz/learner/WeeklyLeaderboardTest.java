package vn.civicsquiz.learner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.classes.ClassInput;
import vn.civicsquiz.classes.ClassService;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaderboard this week and all time, of every learner or of a class's members: a week counts the questions
 * answered right since Monday 00:00 in Vietnam, from the stored answers; a class board is only for its members.
 */
@QuarkusTest
class WeeklyLeaderboardTest {

    static final String PASSWORD = "mat-khau-tuan-1";

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    AccountService accounts;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    Leaderboard leaderboard;
    @Inject
    ClassService classes;
    @Inject
    EntityManager em;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    record Member(String name, long accountId, LearnerRef ref, String nickname) {
    }

    Member learner(String nickname) {
        String name = "tuan-" + UUID.randomUUID().toString().substring(0, 8);
        long accountId = accounts.signUp(name, PASSWORD, null, Role.LEARNER).id;
        LearnerRef ref = guests.ofAccount(accountId);
        String nick = nickname + " " + UUID.randomUUID().toString().substring(0, 4);
        assertThat(leaderboard.choose(ref.learnerId(), true, nick)).isEqualTo(Leaderboard.Choice.SAVED);
        return new Member(name, accountId, ref, nick);
    }

    /** Answers {@code right} questions right (and the rest of a quiz of 8 wrong); returns the attempt. */
    long answer(Member m, int right) {
        long attempt = attempts.start(m.ref(), new StartRequest("nine-tasks", 8, QuizMode.practice, false, null)).id;
        for (int p = 1; p <= 8; p++) {
            var key = keys.key(attempt, p);
            answers.answer(m.ref(), attempt, p, p <= right ? KeyAnswers.right(key) : KeyAnswers.wrong(key));
        }
        return attempt;
    }

    /** Moves the attempt's answers at positions 1..n to just before this week began. */
    @Transactional
    void lastWeek(long attempt, int n) {
        em.createNativeQuery("UPDATE attempt_answer SET answered_at = ?2 WHERE attempt_id = ?1 AND position <= ?3")
                .setParameter(1, attempt).setParameter(2, leaderboard.weekStart().minusSeconds(1))
                .setParameter(3, (short) n).executeUpdate();
    }

    JsonPath board(Member m, String query, int status) {
        return given().auth().preemptive().basic(m.name(), PASSWORD).get("/api/v1/me/leaderboard" + query)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void a_class_board_ranks_its_members_this_week_and_all_time_and_is_only_for_members() {
        Member early = learner("Chim Sẻ");
        Member steady = learner("Hoa Mai");
        Member outsider = learner("Người Ngoài");
        long teacher = accounts.signUp("gv-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD, null,
                Role.TEACHER).id;
        var school = classes.create(teacher, new ClassInput("Lớp 12A tuần"));
        classes.join(early.accountId(), school.joinCode());
        classes.join(steady.accountId(), school.joinCode());
        lastWeek(answer(early, 5), 4);
        answer(steady, 3);
        answer(outsider, 8);

        JsonPath week = board(steady, "?period=week&class=" + school.id(), 200);
        assertThat(week.getString("period")).isEqualTo("week");
        assertThat(OffsetDateTime.parse(week.getString("weekStart")).toInstant())
                .isEqualTo(leaderboard.weekStart().toInstant());
        assertThat(week.getList("rows.nickname", String.class)).containsExactly(steady.nickname(), early.nickname());
        assertThat(week.getList("rows.points", Integer.class)).containsExactly(3, 1);
        assertThat(week.getList("rows.you", Boolean.class)).containsExactly(true, false);
        assertThat(week.getList("classes.name", String.class)).containsExactly("Lớp 12A tuần");

        JsonPath all = board(steady, "?period=all&class=" + school.id(), 200);
        assertThat(all.getList("rows.nickname", String.class)).containsExactly(early.nickname(), steady.nickname());
        assertThat(all.getList("rows.points", Integer.class)).containsExactly(5, 3);

        board(outsider, "?period=week&class=" + school.id(), 404);
        board(outsider, "?period=month", 400);
        board(outsider, "?class=abc", 400);
        JsonPath everyone = board(outsider, "?period=week", 200);
        assertThat(everyone.getList("rows.nickname", String.class)).contains(outsider.nickname());
        assertThat(everyone.getString("classId")).isNull();

        String page = given().auth().preemptive().basic(steady.name(), PASSWORD)
                .get("/leaderboard?period=week&class=" + school.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains(steady.nickname()).contains(early.nickname()).doesNotContain(outsider.nickname())
                .contains("Tuần này").contains("Lớp 12A tuần");
        given().accept("text/html").get("/leaderboard?period=week&class=" + school.id()).then().statusCode(404);
    }

    @Test
    void the_week_starts_on_monday_at_midnight_in_vietnam() {
        QuizSettings settings = new QuizSettings() {
            public List<Integer> sizes() {
                return List.of(10);
            }

            public int maxSize() {
                return 50;
            }

            public List<Integer> timeLimitsMinutes() {
                return List.of(5);
            }

            public ZoneId studyZone() {
                return ZoneId.of("Asia/Ho_Chi_Minh");
            }

            public int maxOpenAttempts() {
                return 20;
            }

            @Override
            public int maxStarts() {
                return 60;
            }

            @Override
            public java.time.Duration startWindow() {
                return java.time.Duration.ofMinutes(10);
            }
        };
        // Sunday 23:59:59 in Vietnam is still the week that began on Monday 30 November
        Leaderboard sunday = new Leaderboard(null, Clock.fixed(Instant.parse("2026-12-06T16:59:59Z"), ZoneOffset.UTC), settings);
        assertThat(sunday.weekStart().toInstant()).isEqualTo(Instant.parse("2026-11-29T17:00:00Z"));
        // one second later it is Monday 00:00 there: a new week
        Leaderboard monday = new Leaderboard(null, Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC), settings);
        assertThat(monday.weekStart().toInstant()).isEqualTo(Instant.parse("2026-12-06T17:00:00Z"));
    }
}
