package vn.civicsquiz.platform.access;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Anonymous creation is limited per client address in PostgreSQL: counted atomically, refused past the limit with
 * 429 and Retry-After, problem+json in the API and the app's page in the browser. Each test uses an address of its
 * own (from the documentation ranges) through X-Forwarded-For, which the trusted local proxy passes on.
 */
@QuarkusTest
class CreationLimitsTest {

    @Inject
    CreationLimits limits;
    @Inject
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    CreationLimitSettings settings;

    @Test
    void twentyParallelCreationsAgainstALimitOfFiveLetExactlyFiveThrough() throws Exception {
        String client = "203.0.113." + (System.nanoTime() % 200);
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                runs.add(pool.submit(() -> {
                    try {
                        limits.take("test-" + client, client, 5, Duration.ofMinutes(10));
                    } catch (TooManyRequests e) {
                        assertThat(e.retryAfterSeconds()).isBetween(1L, 600L);
                        refused.incrementAndGet();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(refused.get()).isEqualTo(15);
    }

    @Test
    void aClientPastItsGuestLimitGets429WithRetryAfterInTheApiAndAPageInTheBrowser() {
        String client = "198.51.100." + (System.nanoTime() % 200);
        exhaust(CreationLimits.GUEST, client, settings.guests().max());
        given().header("X-Forwarded-For", client).contentType("application/json")
                .body(Map.of("topic", "three-pillars")).post("/api/v1/attempts")
                .then().statusCode(429).contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        given().header("X-Forwarded-For", "192.0.2.1" + (System.nanoTime() % 50)).contentType("application/json")
                .body(Map.of("topic", "three-pillars")).post("/api/v1/attempts")
                .then().statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void classCodeGuessesAndSignUpsAreLimitedToo() {
        String client = "198.51.100." + (200 + System.nanoTime() % 50);
        String run = Long.toString(System.nanoTime(), 36);
        accounts.signUp("hv.doan" + run, "mật khẩu đủ dài 1", null, Role.LEARNER);
        exhaust(CreationLimits.JOIN, client, settings.joins().max());
        given().header("X-Forwarded-For", client).header("Authorization", BasicAuth.header("hv.doan" + run,
                        "mật khẩu đủ dài 1")).contentType("application/json").body(Map.of("code", "K7QW2MZP"))
                .post("/api/v1/me/classes/join").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers
                        .notNullValue());
        exhaust(CreationLimits.ACCOUNT, client, settings.accounts().max());
        given().header("X-Forwarded-For", client).cookie("quiz-csrf", "bGltaXRzLWNzcmYtdG9rZQ")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("csrf=bGltaXRzLWNzcmYtdG9rZQ&username=hv.moi" + run + "&password=mat-khau-du-dai-1")
                .post("/signup").then().statusCode(429).contentType(startsWith("text/html"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue()).body(containsString("<html"));
    }

    /** The client has used its whole allowance in the current window. */
    @Transactional
    void exhaust(String kind, String client, int max) {
        em.createNativeQuery("""
                INSERT INTO creation_limit (kind, client, window_start, used) VALUES (?1, ?2, now(), ?3)
                ON CONFLICT (kind, client) DO UPDATE SET window_start = now(), used = ?3""")
                .setParameter(1, kind).setParameter(2, client).setParameter(3, max).executeUpdate();
    }
}
