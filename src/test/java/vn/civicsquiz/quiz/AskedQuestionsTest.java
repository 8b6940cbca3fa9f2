package vn.civicsquiz.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.teacher.QuizOfQuestions;

/**
 * Questions are kept in memory once a learner has been shown them; a teacher's edit must reach the next learner
 * who answers, even an edit that changes nothing but one option's feedback.
 */
@QuarkusTest
class AskedQuestionsTest {

    @Inject
    GuestFixture guests;
    @Inject
    QuizOfQuestions quizzes;
    @Inject
    KeyAnswers keys;

    @Test
    void a_teachers_edit_of_a_question_in_memory_reaches_the_next_answer() {
        String run = Long.toString(System.nanoTime(), 36);
        String gift = """
                ::Năm::Hội nghị Đối ngoại toàn quốc lần đầu diễn ra năm nào? (%s) {
                \t=2021#Đúng: ngày 14 tháng 12 năm 2021.
                \t~2016#Sai – đó là năm Đại hội XII.
                }
                """.formatted(run);
        long question = teacher().contentType("text/x-gift; charset=UTF-8").body(gift)
                .post("/api/v1/questions/import?format=gift&topic=events&publish=true").then().statusCode(200)
                .extract().jsonPath().getLong("imported[0].id");
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), List.of(question));
        moveTo("events", question); // the quiz was built from a topic of its own: a teacher's edit needs a real one
        try {
            editAndAnswer(guest, attempt, question);
        } finally {
            moveTo("t-" + run, question); // out of the shared topic again, where other tests start quizzes
        }
    }

    private void editAndAnswer(GuestFixture.Guest guest, long attempt, long question) {
        given().cookie("quiz-guest", guest.token()).get("/quiz/{id}/q/1", attempt).then().statusCode(200);

        String read = teacher().get("/api/v1/questions/{id}", question).then().statusCode(200).extract().asString();
        String edited = read.replace("Sai – đó là năm Đại hội XII.", "Chưa đúng: năm 2016 là năm Đại hội XII.");
        assertThat(edited).isNotEqualTo(read);
        JsonPath put = teacher().contentType(ContentType.JSON).body(edited).put("/api/v1/questions/{id}", question)
                .then().log().ifValidationFails().statusCode(200).body("id", equalTo((int) question)).extract().jsonPath();
        assertThat(put.getInt("version")).isEqualTo(new JsonPath(read).getInt("version") + 1);

        GradingKey key = keys.key(attempt, 1);
        long wrong = key.options().stream().filter(o -> o.text().equals("2016")).findFirst().orElseThrow().id();
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(KeyAnswers.body(new LearnerResponse.Choice(List.of(wrong))))
                .put("/api/v1/attempts/{id}/answers/1", attempt).then().statusCode(200)
                .body("feedback.optionFeedback[0].feedback", equalTo("Chưa đúng: năm 2016 là năm Đại hội XII."));
    }

    private static void moveTo(String topic, long question) {
        QuarkusTransaction.requiringNew().run(() ->
                vn.civicsquiz.question.Question.update("topic = ?1 where id = ?2", topic, question));
    }

    private static io.restassured.specification.RequestSpecification teacher() {
        return given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"));
    }
}
