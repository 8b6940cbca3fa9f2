package vn.civicsquiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.quiz.TestBank;

/**
 * A page changes things only through a form, whose CSRF token is checked: the same change sent with no body, as
 * text/plain or as JSON carries no token and is refused with the app's 403 page, and nothing changes.
 */
@QuarkusTest
class PageFormsOnlyTest {

    private static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    @Inject
    TestBank bank;

    @Test
    void aPageChangeWithoutAFormBodyIsRefusedAndChangesNothing() {
        bank.ensureTopics();
        long game = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", 1, "secondsPerQuestion", 30))
                .post("/api/v1/games").then().statusCode(201).extract().jsonPath().getLong("id");

        given().header("Authorization", TEACHER).header("Origin", "http://evil.example")
                .post("/host/" + game + "/end").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("<html"));
        given().header("Authorization", TEACHER).contentType("text/plain").body("x")
                .post("/host/" + game + "/start").then().statusCode(403);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).body("{}")
                .post("/host/" + game + "/start").then().statusCode(403);
        // a form type in capitals is matched by the resource but not checked by quarkus-rest-csrf: refused here
        given().header("Authorization", TEACHER).contentType("APPLICATION/X-WWW-FORM-URLENCODED").body("")
                .post("/host/" + game + "/start").then().statusCode(403);
        given().header("Authorization", TEACHER).contentType("Multipart/Form-Data; boundary=x")
                .body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/host/" + game + "/end")
                .then().statusCode(403);
        given().header("Authorization", TEACHER).get("/api/v1/games/" + game).then().statusCode(200)
                .body("state", equalTo("LOBBY"));

        // a form without its token is refused too (quarkus-rest-csrf), and the API keeps its own rule
        given().header("Authorization", TEACHER).contentType(ContentType.URLENC).formParam("x", "1")
                .post("/host/" + game + "/end").then().statusCode(403);
        given().header("Authorization", TEACHER).get("/api/v1/games/" + game).then().body("state", equalTo("LOBBY"));
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .post("/api/v1/games/" + game + "/end").then().statusCode(200);
    }
}
