package vn.civicsquiz.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import static io.restassured.RestAssured.given;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.generate.QuestionGenerator;
import vn.civicsquiz.question.GeneratedQuestionLoader.SyncReport;

@QuarkusTest
@TestProfile(GeneratedBankProfile.class)
class GeneratedQuestionLoaderTest {

    private static final long SEED = 20211214L;
    private static final String PARTIES = "fig-party-relations";

    @Inject
    GeneratedQuestionLoader loader;

    private final List<Fact> shipped = FactCatalog.load().facts();

    @Test
    void startUpStoredTheWholeGeneratedBankAsPublished() {
        Set<String> expected = QuestionGenerator.generate(shipped, SEED).stream().map(QuestionHash::of)
                .collect(Collectors.toSet());
        assertThat(liveGeneratedHashes()).isEqualTo(expected);
    }

    @Test
    void syncingTheSameFactsAgainChangesNothing() {
        SyncReport again = loader.sync(shipped);
        assertThat(again.inserted()).isZero();
        assertThat(again.retired()).isZero();
        assertThat(again.revived()).isZero();
        assertThat(again.refreshed()).isZero();
        assertThat(again.kept()).isEqualTo(liveGeneratedHashes().size());
    }

    @Test
    void questionsOfAChangedFactAreRetiredNotDeletedAndComeBackWhenTheFactDoes() {
        Set<String> before = liveGeneratedHashes();
        Set<Long> retiredBefore = retiredGenerated().stream().map(q -> q.id).collect(Collectors.toSet());
        long rowsBefore = countAll();
        try {
            SyncReport changed = loader.sync(withPartiesAt(new BigDecimal(250)));
            assertThat(changed.retired()).isPositive();
            // new questions about 250 (revived instead when an earlier run already stored them)
            assertThat(changed.inserted() + changed.revived()).isPositive();
            List<Question> newlyRetired = retiredGenerated().stream().filter(q -> !retiredBefore.contains(q.id))
                    .toList();
            assertThat(newlyRetired).hasSize(changed.retired())
                    .allSatisfy(q -> assertThat(factIdsOf(q)).contains(PARTIES));
            assertThat(countAll()).isEqualTo(rowsBefore + changed.inserted());
        } finally {
            SyncReport restored = loader.sync(shipped);
            assertThat(restored.revived()).isPositive();
            assertThat(restored.inserted()).isZero();
        }
        assertThat(liveGeneratedHashes()).isEqualTo(before);
    }

    @Test
    void aGeneratedQuestionATeacherRetiredStaysRetiredAfterTheNextSync() {
        Question chosen = QuarkusTransaction.requiringNew().call(() -> Question.<Question>find(
                "origin = ?1 and status = ?2 order by id", QuestionOrigin.generated, QuestionStatus.published)
                .firstResult());
        Set<String> before = liveGeneratedHashes();
        long rowsBefore = countAll();
        try {
            given().auth().preemptive().basic("teacher", "teacher-test-password").contentType("application/json")
                    .body(java.util.Map.of("status", "retired", "version", chosen.version))
                    .post("/api/v1/questions/{id}/status", chosen.id).then().statusCode(200);

            SyncReport sync = loader.sync(shipped);

            assertThat(sync.revived()).isZero();
            assertThat(sync.inserted()).as("nor stored again as a new question").isZero();
            assertThat(liveGeneratedHashes()).doesNotContain(chosen.contentHash).hasSize(before.size() - 1);
            assertThat(countAll()).isEqualTo(rowsBefore);
        } finally { // the other tests expect the whole bank live: undo what no teacher can
            QuarkusTransaction.requiringNew().run(() -> {
                Question.update("status = ?1 where id = ?2", QuestionStatus.published, chosen.id);
                Question.getEntityManager().createNativeQuery("DELETE FROM question_revision WHERE question_id = ?1")
                        .setParameter(1, chosen.id).executeUpdate();
            });
        }
        assertThat(liveGeneratedHashes()).isEqualTo(before);
    }

    @Test
    void teachersSeeTheGeneratedQuestionsWithAnswersExplanationsAndSources() {
        JsonPath pillars = given().auth().preemptive().basic("teacher", "teacher-test-password")
                .get("/api/v1/questions?origin=generated&topic=three-pillars&kind=MULTIPLE")
                .then().statusCode(200).extract().jsonPath();
        assertThat(pillars.getList("items")).hasSize(1);
        assertThat(pillars.getList("items[0].options.findAll { it.correct }.text", String.class))
                .containsExactlyInAnyOrder("Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân");
        assertThat(pillars.getString("items[0].explanation")).contains("Bài viết ghi: “");
        String sourceId = pillars.getString("items[0].sourceId");
        String quote = pillars.getString("items[0].quote");
        assertThat(shipped).anySatisfy(f -> {
            assertThat(f.source()).isEqualTo(sourceId);
            assertThat(f.quote()).isEqualTo(quote);
            assertThat(pillars.getList("items[0].factIds", String.class)).contains(f.id());
        });
    }

    private List<Fact> withPartiesAt(BigDecimal value) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : shipped) {
            facts.add(!f.id().equals(PARTIES) ? f : new Fact(f.id(), f.set(), f.ordinal(), f.label().replace("247", "250"),
                    f.text().replace("247", "250"), value, f.unit(), f.asOf(), f.source(), f.quote(), f.attributes()));
        }
        return facts;
    }

    private static Set<String> liveGeneratedHashes() {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list("origin = ?1 and status <> ?2",
                QuestionOrigin.generated, QuestionStatus.retired).stream().map(q -> q.contentHash)
                .collect(Collectors.toSet()));
    }

    private static List<Question> retiredGenerated() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Question> retired = Question.list("origin = ?1 and status = ?2", QuestionOrigin.generated,
                    QuestionStatus.retired);
            retired.forEach(q -> q.factIds.size()); // loaded while the session is open
            return retired;
        });
    }

    private static long countAll() {
        return QuarkusTransaction.requiringNew().call(() -> Question.count());
    }

    private static Set<String> factIdsOf(Question q) {
        return q.factIds;
    }
}
