package vn.civicsquiz.learner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Per-fact mastery: the weakest facts are distinct facts with their own quotes and links, for every fact. */
@QuarkusTest
class FactMasteryTest {

    @Inject
    EntityManager em;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;

    record FactRow(String id, String sourceId, String quote, String set) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<FactRow> activeFacts() {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, source_id, quote, fact_set FROM fact WHERE status = 'active' ORDER BY id").getResultList();
        return rows.stream().map(r -> new FactRow((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    @Test
    void everyFactOfTheBankHasItsPassageOnItsOwnArticle() {
        Map<String, String> pages = new HashMap<>();
        List<FactRow> facts = activeFacts();
        assertThat(facts).hasSizeGreaterThan(50);
        for (FactRow fact : facts) {
            String page = pages.computeIfAbsent(fact.sourceId(), id -> given().get("/sources/" + id)
                    .then().statusCode(200).extract().asString());
            assertThat(page).as("the passage of " + fact.id()).contains("id=\"fact-" + fact.id() + "\"");
        }
    }

    @Test
    void aWrongMatchingAnswerListsEachOfItsFactsOnceWithItsOwnQuoteAndPassage() {
        String topic = matchingOverFourFigures();
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = attempts.start(guest.ref(), new StartRequest(topic, 1, QuizMode.practice, false, null));
        int matching = 1;
        assertThat(keys.key(attempt.id, matching).kind()).isEqualTo(QuestionKind.MATCHING);
        answers.answer(guest.ref(), attempt.id, matching, KeyAnswers.wrong(keys.key(attempt.id, matching)));
        List<String> tested = factsOf(keys.questionId(attempt.id, matching));
        assertThat(tested).hasSize(4);

        String dashboard = given().cookie("quiz-guest", guest.token()).get("/dashboard").then().statusCode(200)
                .extract().asString();
        Map<String, FactRow> byId = new HashMap<>();
        activeFacts().forEach(f -> byId.put(f.id(), f));
        Matcher item = Pattern.compile("<li data-fact=\"([^\"]+)\">\\s*<blockquote class=\"source\" lang=\"vi\">"
                + "([^<]*)</blockquote>.*?<a href=\"([^\"]+)\">", Pattern.DOTALL).matcher(dashboard);
        List<String> listed = new ArrayList<>();
        while (item.find()) {
            FactRow fact = byId.get(item.group(1));
            assertThat(fact).as("a known fact: " + item.group(1)).isNotNull();
            assertThat(unescape(item.group(2))).isEqualTo(fact.quote());
            assertThat(item.group(3)).isEqualTo("/sources/" + fact.sourceId() + "#fact-" + fact.id());
            listed.add(fact.id());
        }
        assertThat(listed).doesNotHaveDuplicates().hasSize(Math.min(5, tested.size()));
        assertThat(tested).containsAll(listed);

        JsonPath progress = given().header("X-Guest-Token", guest.token()).get("/api/v1/me/progress")
                .then().statusCode(200).extract().jsonPath();
        assertThat(progress.getList("weakestFacts.factId", String.class)).containsExactlyElementsOf(listed);
        assertThat(progress.getList("factGroups.group", String.class)).contains("nine-tasks", "figures", "people");
        int figures = progress.getList("factGroups.group", String.class).indexOf("figures");
        assertThat(progress.getInt("factGroups[" + figures + "].asked")).isEqualTo(tested.size());
        assertThat(progress.getInt("factGroups[" + figures + "].mastered")).isZero();
        assertThat(progress.getInt("factGroups[" + figures + "].total"))
                .isEqualTo((int) byId.values().stream().filter(f -> f.set().equals("figures")).count());
        assertThat(dashboard).contains("0/" + progress.getInt("factGroups[" + figures + "].total") + " dữ kiện");
        assertThat(progress.getInt("factGroups[" + figures + "].level")).as("asked, nothing mastered").isEqualTo(1);
        assertThat(dashboard).containsPattern("data-level=\"1\" data-group=\"figures\">(?s).*?"
                + "<span class=\"mastery-value\">0/\\d+ dữ kiện \\(0%\\) · Cấp 1 · Làm quen</span>");
    }

    /**
     * A private topic with one MATCHING question over four figures of other articles than the one the question
     * itself names, the shape that showed one quote four times and links into the wrong article.
     */
    @Transactional
    String matchingOverFourFigures() {
        List<FactRow> figures = activeFacts().stream().filter(f -> f.set().equals("figures"))
                .filter(f -> !f.sourceId().equals(TestBank.SOURCE)).limit(4).toList();
        assertThat(figures).hasSize(4);
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        List<OptionDraft> pairs = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            pairs.add(new OptionDraft("Con số " + (i + 1), false, null, figures.get(i).id(), null, null));
        }
        TestBank.persist(new QuestionDraft(QuestionKind.MATCHING, topic, null, "Ghép mỗi con số với điều nó đếm.",
                pairs, null, null, "Giải thích", 0.5, figures.stream().map(FactRow::id).toList(), TestBank.SOURCE,
                "Với mạng lưới 15 FTA đã ký"), topic);
        return topic;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> factsOf(long questionId) {
        return em.createNativeQuery("SELECT fact_id FROM question_fact WHERE question_id = ?1 ORDER BY fact_id")
                .setParameter(1, questionId).getResultList();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
