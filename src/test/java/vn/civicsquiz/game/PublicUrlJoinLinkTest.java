package vn.civicsquiz.game;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.TestBank;

/** Behind a proxy, the join link and QR code on the host's screen use the address learners reach, not the app's own. */
@QuarkusTest
@TestProfile(PublicUrlJoinLinkTest.BehindAProxy.class)
class PublicUrlJoinLinkTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.public-url", "https://on-tap.example.vn/");
        }
    }

    @Inject
    TestBank bank;

    @Test
    void theJoinLinkUsesThePublicAddress() {
        bank.ensureTopics();
        long id = GameApiTest.create(3, 20).getLong("id");
        String pin = given().header("Authorization", GameApiTest.TEACHER).get("/api/v1/games/" + id).then()
                .statusCode(200).extract().jsonPath().getString("pin");

        String page = given().header("Authorization", GameApiTest.TEACHER).get("/host/" + id).then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("https://on-tap.example.vn/play?pin=" + pin).doesNotContain("localhost:");
    }
}
