package vn.civicsquiz.study;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.FactCatalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curated fact can be studied: with a high enough daily limit the queue offers a card for each fact of the
 * fact base (but the trap phrases), and every card shows a front, an answer, its source sentence and a link that
 * lands on the passage.
 */
@QuarkusTest
class EveryFactStudiedTest {

    @Inject
    StudyFixture fixture;

    @Test
    void a_learner_gets_a_complete_card_for_every_curated_fact() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        fixture.settings(learner.accountId(), "0.90", 200);
        Set<String> curated = FactCatalog.load().facts().stream().filter(CardFaces::studied)
                .map(f -> f.id()).collect(Collectors.toSet());
        assertThat(curated).hasSizeGreaterThan(50);
        assertThat(fixture.studiableFacts()).as("the daily limit of the test covers the whole fact base").hasSizeLessThanOrEqualTo(200);

        JsonPath due = given().header("Authorization", learner.basicAuth())
                .get("/api/v1/me/study/due").then().statusCode(200).extract().jsonPath();
        long dueCount = due.getLong("dueCount");
        assertThat(dueCount).isEqualTo(fixture.studiableFacts().size());

        List<Map<String, Object>> cards = new java.util.ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        while (seen.size() < dueCount) {
            List<Map<String, Object>> page = given().header("Authorization", learner.basicAuth())
                    .get("/api/v1/me/study/due").then().statusCode(200).extract().jsonPath().getList("cards");
            Map<String, Object> first = page.get(0);
            assertThat(seen.add(((Number) first.get("id")).longValue())).isTrue();
            cards.add(first);
            given().header("Authorization", learner.basicAuth()).contentType("application/json")
                    .body(Map.of("rating", "easy")).post("/api/v1/me/study/cards/" + first.get("id") + "/review")
                    .then().statusCode(200);
        }

        assertThat(cards).extracting(c -> (String) c.get("factId")).containsAll(curated);
        Map<String, String> sourcePages = new HashMap<>();
        for (Map<String, Object> card : cards) {
            String factId = (String) card.get("factId");
            for (String field : List.of("front", "answer", "back", "quote", "sourceUrl")) {
                assertThat((String) card.get(field)).as(field + " of " + factId).isNotBlank();
            }
            String url = (String) card.get("sourceUrl");
            assertThat(url).endsWith("#fact-" + factId);
            String page = url.substring(0, url.indexOf('#'));
            String html = sourcePages.computeIfAbsent(page, p -> given().get(p).then().statusCode(200).extract().asString());
            assertThat(html).as("the passage of " + factId).contains("id=\"fact-" + factId + "\"");
        }
    }
}
