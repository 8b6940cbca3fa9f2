package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the API speaks the teacher's language: the title and the detail in Vietnamese unless the request
 * prefers English, for each kind of refusal (missing, conflicting, invalid, unsupported media type, validation,
 * unreadable JSON), whether a service refused it or the router did before any resource ran.
 */
@QuarkusTest
class ErrorLanguageTest {

    private static RequestSpecification in(String language) {
        RequestSpecification request = teacher();
        return language == null ? request : request.header("Accept-Language", language);
    }

    @Test
    void aMissingQuestionIsNamedInVietnameseByDefaultAndInEnglishOnRequest() {
        in(null).get("/api/v1/questions/999999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Câu hỏi 999999999 không tồn tại"));
        in("vi-VN,vi;q=0.9,en;q=0.5").get("/api/v1/questions/999999999").then().statusCode(404)
                .body("detail", equalTo("Câu hỏi 999999999 không tồn tại"));
        in("en-US,en;q=0.9").get("/api/v1/questions/999999999").then().statusCode(404)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("Question 999999999 does not exist"));
    }

    @Test
    void aStaleVersionIsAConflictSaidInTheTeachersLanguage() {
        int id = teacher().body(TeacherApi.pillarsQuestion(unique("Trụ cột nào không thuộc ba trụ cột?")))
                .post("/api/v1/questions").then().statusCode(201).extract().path("id");
        Map<String, Object> change = new HashMap<>(Map.of("status", "published", "version", 7));
        in(null).body(change).post("/api/v1/questions/" + id + "/status").then().statusCode(409)
                .body("title", equalTo("Xung đột với trạng thái hiện tại"))
                .body("detail", containsString("đã thay đổi từ khi bạn đọc (phiên bản 0, của bạn 7)"));
        in("en").body(change).post("/api/v1/questions/" + id + "/status").then().statusCode(409)
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("has changed since you read it (version 0, yours 7)"));
    }

    @Test
    void fieldErrorsNameTheFieldAndSayHowToFixItInBothLanguages() {
        Map<String, Object> bulk = Map.of("action", "shuffle", "ids", java.util.List.of(1));
        in(null).body(bulk).post("/api/v1/questions/bulk").then().statusCode(400)
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("detail", equalTo("Không có thao tác này"))
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].message", equalTo("một trong publish, retire, move, tag"));
        in("en").body(bulk).post("/api/v1/questions/bulk").then().statusCode(400)
                .body("detail", equalTo("Unknown action"))
                .body("errors[0].message", equalTo("one of publish, retire, move, tag"));
    }

    @Test
    void beanValidationSpeaksVietnameseByDefault() {
        in(null).body(Map.of("topic", "events", "size", 500)).post("/api/v1/attempts").then().statusCode(400)
                .body("detail", equalTo("Yêu cầu có trường không hợp lệ"))
                .body("errors.message", hasItem("phải nhỏ hơn hoặc bằng 50"));
        in("en").body(Map.of("topic", "events", "size", 500)).post("/api/v1/attempts").then().statusCode(400)
                .body("detail", equalTo("The request has invalid fields"))
                .body("errors.message", hasItem("must be less than or equal to 50"));
        in(null).body(Map.of("topic", "events", "mode", "exam")).post("/api/v1/attempts").then().statusCode(400)
                .body("errors.message", hasItem("phải là practice hoặc test"));
    }

    @Test
    void unreadableJsonIsExplainedInTheTeachersLanguage() {
        in(null).body("{\"action\": ").post("/api/v1/questions/bulk").then().statusCode(400)
                .body("detail", equalTo("Nội dung không phải JSON hợp lệ"));
        in("en").body("{\"action\": ").post("/api/v1/questions/bulk").then().statusCode(400)
                .body("detail", equalTo("The body is not valid JSON"));
    }

    @Test
    void refusalsOfTheRouterSpeakTheSameLanguage() {
        // text/plain on a change: refused on the router, before any resource runs
        in(null).contentType("text/plain").body("{}").post("/api/v1/questions").then().statusCode(415)
                .contentType("application/problem+json")
                .body("title", equalTo("Kiểu nội dung không được hỗ trợ"))
                .body("detail", startsWith("Ở đây không nhận text/plain"));
        in("en").contentType("text/plain").body("{}").post("/api/v1/questions").then().statusCode(415)
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", startsWith("text/plain is not accepted here"));
        // a media type the resource does not consume: the framework's refusal, said for people
        in(null).contentType("application/octet-stream").body(new byte[] {'{', '}'}).post("/api/v1/questions")
                .then().statusCode(415)
                .body("detail", startsWith("Kiểu nội dung 'application/octet-stream"))
                .body("detail", containsString("không được nhận ở địa chỉ này"))
                .body("detail", not(containsString("@Consumes")));
        in("en").contentType("application/octet-stream").body(new byte[] {'{', '}'}).post("/api/v1/questions")
                .then().statusCode(415)
                .body("detail", startsWith("The media type 'application/octet-stream"))
                .body("detail", containsString("is not accepted at this address"));
        // no such address, and a method the address does not take
        in(null).get("/api/v1/no-such-thing").then().statusCode(404)
                .body("detail", startsWith("Không có địa chỉ này"));
        in("en").delete("/api/v1/sets").then().statusCode(405)
                .body("detail", equalTo("This address does not take DELETE; see /q/openapi"));
        // wrong credentials: the Basic challenge
        given().header("Authorization", vn.civicsquiz.learner.BasicAuth.header("teacher", "not-the-password"))
                .get("/api/v1/questions").then().statusCode(401)
                .body("title", equalTo("Chưa đăng nhập"))
                .body("detail", containsString("HTTP Basic"));
    }
}
