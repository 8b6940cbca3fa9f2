package vn.civicsquiz.game;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.TestBank;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A push reads the game in the same few statements however many players it has: the game, every player's answers
 * folded per player, the open question. (Each view used to read the answer count, the answered players, the
 * last results and the question again.)
 */
@QuarkusTest
class GamePushStatementsTest {

    @Inject
    GameViews views;
    @Inject
    EntityManagerFactory emf;
    @Inject
    TestBank bank;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @Test
    void a_push_reads_three_statements_for_two_players_as_for_twelve() {
        long few = pushStatements(2);
        long many = pushStatements(12);
        System.out.printf("push read: %d statements for 2 players, %d for 12%n", few, many);
        assertThat(few).isLessThanOrEqualTo(3);
        assertThat(many).isEqualTo(few);
    }

    /** A started game with this many players: the fewest statements of three pushes' reads. */
    private long pushStatements(int players) {
        JsonPath game = GameApiTest.create(2, 60);
        long id = game.getLong("id");
        String pin = game.getString("pin");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int p = 0; p < players; p++) {
            GameApiTest.join(pin, "Lan " + run + " " + p);
        }
        GameApiTest.host(id, "start");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            GameViews.Pushed pushed = views.pushed(id, true, true).orElseThrow();
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
            assertThat(pushed.players()).hasSize(players);
            assertThat(pushed.forHosts().playerList()).hasSize(players);
            assertThat(pushed.forPlayers().question()).isNotNull();
        }
        return fewest;
    }
}
