package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.GuestFixture;

/** The feedback a teacher wrote on each answer of an imported GIFT file reaches the learner who gave it. */
@QuarkusTest
class OptionFeedbackTest {

    @Inject
    GuestFixture guests;

    @Inject
    QuizOfQuestions quizzes;

    private static String gift(String run) {
        return """
                ::Năm::Hội nghị Đối ngoại toàn quốc diễn ra năm nào? (%1$s) {
                \t=2021#Đúng: ngày 14 tháng 12 năm 2021.
                \t~2016#Sai – đó là năm Đại hội XII.
                \t~2011
                }

                ::Trụ cột::Những trụ cột nào thuộc nền ngoại giao toàn diện? (%1$s) {
                \t~%%50%%Đối ngoại Đảng#Một trụ cột.
                \t~%%50%%Ngoại giao Nhà nước#Trụ cột thứ hai.
                \t~%%-100%%Ngoại giao pháo hạm#Không phải trụ cột.
                }

                Hội nghị Đối ngoại toàn quốc diễn ra năm 2021. (%1$s){TRUE#Chưa đúng: hội nghị diễn ra năm 2021.#Đúng vậy.}

                Hoàn thành phương châm: “Dĩ bất biến, …” (%1$s) {=ứng vạn biến#Đúng cả vế sau. =vạn biến#Thiếu chữ “ứng”.}

                ::Không nhận xét::Ai là Bộ trưởng Bộ Ngoại giao năm 2021? (%1$s) {=Bùi Thanh Sơn ~Phạm Bình Minh}
                """.formatted(run);
    }

    @Test
    void eachAnswerShowsTheFeedbackWrittenForIt() {
        List<Long> ids = teacher().contentType("text/x-gift; charset=UTF-8").body(gift(RUN + "-fb"))
                .post("/api/v1/questions/import?format=gift&topic=events&publish=true").then().statusCode(200)
                .extract().jsonPath().getList("imported.id", Long.class);
        assertThat(ids).hasSize(5);
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), ids);
        JsonPath quiz = given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then()
                .statusCode(200).extract().jsonPath();

        JsonPath single = choose(guest, quiz, "diễn ra năm nào", List.of("2016"));
        assertThat(single.getBoolean("feedback.correct")).isFalse();
        assertThat(single.getList("feedback.optionFeedback.option")).containsExactly("2016");
        assertThat(single.getList("feedback.optionFeedback.feedback")).containsExactly("Sai – đó là năm Đại hội XII.");

        JsonPath multiple = choose(guest, quiz, "Những trụ cột", List.of("Ngoại giao Nhà nước", "Đối ngoại Đảng"));
        assertThat(multiple.getList("feedback.optionFeedback.feedback"))
                .containsExactlyInAnyOrder("Trụ cột thứ hai.", "Một trụ cột.");

        JsonPath trueFalse = choose(guest, quiz, "diễn ra năm 2021.", List.of("Đúng"));
        assertThat(trueFalse.getBoolean("feedback.correct")).isTrue();
        assertThat(trueFalse.getList("feedback.optionFeedback.feedback")).containsExactly("Đúng vậy.");

        int shortAnswer = position(quiz, "Dĩ bất biến");
        JsonPath typed = answer(guest, attempt, shortAnswer, Map.of("text", "  Vạn biến "));
        assertThat(typed.getList("feedback.optionFeedback.feedback")).containsExactly("Thiếu chữ “ứng”.");

        JsonPath none = choose(guest, quiz, "Bộ trưởng", List.of("Phạm Bình Minh"));
        assertThat(none.getList("feedback.optionFeedback")).isEmpty();

        // the attempt as read again, and the question page in the browser's HTML, show the same feedback
        given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then().statusCode(200)
                .body("questions.find { it.stem.contains('diễn ra năm nào') }.feedback.optionFeedback[0].feedback",
                        equalTo("Sai – đó là năm Đại hội XII."));
        String page = given().cookie("quiz-guest", guest.token())
                .get("/quiz/" + attempt + "/q/" + position(quiz, "diễn ra năm nào")).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Nhận xét về lựa chọn của bạn", "Sai – đó là năm Đại hội XII.");
        String english = given().cookie("quiz-guest", guest.token()).cookie("lang", "en")
                .get("/quiz/" + attempt + "/q/" + position(quiz, "Những trụ cột")).then().statusCode(200)
                .extract().asString();
        assertThat(english).contains("About your answer", "Trụ cột thứ hai.", "Một trụ cột.");
    }

    private static JsonPath choose(GuestFixture.Guest guest, JsonPath quiz, String stemPart, List<String> texts) {
        int position = position(quiz, stemPart);
        List<Map<String, Object>> options = quiz.getList("questions.find { it.position == " + position + " }.options");
        List<Object> chosen = texts.stream().map(text -> options.stream().filter(o -> text.equals(o.get("text")))
                .findFirst().orElseThrow().get("id")).toList();
        return answer(guest, quiz.getLong("id"), position, Map.of("optionIds", chosen));
    }

    private static JsonPath answer(GuestFixture.Guest guest, long attempt, int position, Map<String, Object> body) {
        return given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/attempts/" + attempt + "/answers/" + position).then().statusCode(200).extract().jsonPath();
    }

    private static int position(JsonPath quiz, String stemPart) {
        return quiz.getInt("questions.find { it.stem.contains('" + stemPart + "') }.position");
    }
}
