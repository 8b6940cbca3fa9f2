package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

/** Answer weights in an imported GIFT file are graded as written: a 50 % answer earns half the mark, not all of it. */
@QuarkusTest
class WeightedAnswersTest {

    @Inject
    GuestFixture guests;

    @Inject
    QuizOfQuestions quizzes;

    private static String gift(String run) {
        return """
                Hoàn thành phương châm: “Dĩ bất biến, …” (%1$s) {=ứng vạn biến =%%50%%vạn biến#Thiếu chữ “ứng”.}

                Những trụ cột nào thuộc nền ngoại giao toàn diện? (%1$s) {
                \t~%%50%%Đối ngoại Đảng
                \t~%%50%%Ngoại giao Nhà nước
                \t~%%-100%%Ngoại giao pháo hạm
                }

                Hội nghị Đối ngoại toàn quốc diễn ra khi nào? (%1$s) {=ngày 14/12/2021 ~%%50%%năm 2021 ~năm 2016}

                Ai đọc diễn văn chỉ đạo Hội nghị Đối ngoại toàn quốc? (%1$s) {
                \t~%%50%%Tổng Bí thư Nguyễn Phú Trọng
                \t~%%50%%Người đứng đầu Đảng
                \t~%%-100%%Bộ trưởng Bùi Thanh Sơn
                }
                """.formatted(run);
    }

    @Test
    void partlyRightAnswersEarnTheirShareAndTheScoreSumsThem() {
        List<Long> ids = teacher().contentType("text/x-gift; charset=UTF-8").body(gift(RUN + "-w"))
                .post("/api/v1/questions/import?format=gift&topic=events&publish=true").then().statusCode(200)
                .extract().jsonPath().getList("imported.id", Long.class);
        assertThat(ids).hasSize(4);
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), ids);
        JsonPath quiz = given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then()
                .statusCode(200).extract().jsonPath();

        JsonPath typed = answer(guest, attempt, position(quiz, "Dĩ bất biến"), Map.of("text", "Vạn biến"));
        assertThat(typed.getBoolean("feedback.correct")).isFalse();
        assertThat(typed.getDouble("feedback.credit")).isEqualTo(0.5);

        JsonPath half = choose(guest, quiz, "Những trụ cột", List.of("Đối ngoại Đảng"));
        assertThat(half.getBoolean("correct")).isFalse();
        assertThat(half.getDouble("feedback.credit")).isEqualTo(0.5);

        JsonPath single = choose(guest, quiz, "diễn ra khi nào", List.of("năm 2021"));
        assertThat(single.getDouble("feedback.credit")).isEqualTo(0.5);

        // a wrong option's negative weight takes back what the right ones earned, never below nothing
        JsonPath cancelled = choose(guest, quiz, "diễn văn chỉ đạo",
                List.of("Tổng Bí thư Nguyễn Phú Trọng", "Bộ trưởng Bùi Thanh Sơn"));
        assertThat(cancelled.getDouble("feedback.credit")).isEqualTo(0.0);

        JsonPath result = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .post("/api/v1/attempts/" + attempt + "/finish").then().statusCode(200).extract().jsonPath();
        assertThat(result.getDouble("score")).isEqualTo(1.5);

        String page = given().cookie("quiz-guest", guest.token()).get("/quiz/" + attempt + "/result").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("1,5/4 điểm", "Đúng một phần (50%)", "(38%)");
        String english = given().cookie("quiz-guest", guest.token()).cookie("lang", "en")
                .get("/quiz/" + attempt + "/result").then().statusCode(200).extract().asString();
        assertThat(english).contains("1.5 of 4 points", "Partly right (50%)");
        TeacherApi.retire(ids); // weighted questions stay out of other tests' mixed quizzes
    }

    @Test
    void aFullAnswerStillEarnsTheFullMark() {
        List<Long> ids = teacher().contentType("text/x-gift; charset=UTF-8").body(gift(RUN + "-full"))
                .post("/api/v1/questions/import?format=gift&topic=events&publish=true").then().statusCode(200)
                .extract().jsonPath().getList("imported.id", Long.class);
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), ids);
        JsonPath quiz = given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then()
                .statusCode(200).extract().jsonPath();

        JsonPath both = choose(guest, quiz, "Những trụ cột", List.of("Đối ngoại Đảng", "Ngoại giao Nhà nước"));
        assertThat(both.getBoolean("correct")).isTrue();
        assertThat(both.getDouble("feedback.credit")).isEqualTo(1.0);
        JsonPath typed = answer(guest, attempt, position(quiz, "Dĩ bất biến"), Map.of("text", "ứng vạn biến"));
        assertThat(typed.getBoolean("feedback.correct")).isTrue();

        JsonPath result = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .post("/api/v1/attempts/" + attempt + "/finish").then().statusCode(200).extract().jsonPath();
        assertThat(result.getDouble("score")).isEqualTo(2.0);
        String page = given().cookie("quiz-guest", guest.token()).get("/quiz/" + attempt + "/result").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("2/4 câu đúng");
        TeacherApi.retire(ids);
    }

    @Test
    void weightsThatCannotBeGradedAreRefusedWithTheReason() {
        String gift = """
                Những trụ cột nào thuộc nền ngoại giao toàn diện? (%s) {
                \t~%%50%%Đối ngoại Đảng
                \t~%%40%%Ngoại giao Nhà nước
                \t~Ngoại giao pháo hạm
                }
                """.formatted(RUN + "-bad");
        String body = teacher().contentType("text/x-gift; charset=UTF-8").body(gift)
                .post("/api/v1/questions/import?format=gift&topic=events").then().statusCode(400)
                .extract().asString();
        assertThat(body).contains("100", "90");
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
