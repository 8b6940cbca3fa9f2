package vn.civicsquiz.teacher.accounts;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountApiTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    @Test
    void aTeacherCreatesAccountsThatCanSignInAndResetsTheirPasswords() {
        String learner = "lan.nguyễn-" + UUID.randomUUID().toString().substring(0, 6);
        long id = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", learner, "password", "mật-khẩu-đủ-dài", "role", "learner",
                        "displayName", "Nguyễn Thị Lan"))
                .post("/api/v1/accounts").then().statusCode(201).header("Location", containsString("/api/v1/accounts/"))
                .body("username", equalTo(learner)).body("role", equalTo("learner"))
                .body("displayName", equalTo("Nguyễn Thị Lan")).body("$", not(hasKey("passwordHash")))
                .extract().jsonPath().getLong("id");
        given().header("Authorization", BasicAuth.header(learner, "mật-khẩu-đủ-dài")).get("/api/v1/me")
                .then().statusCode(200).body("role", equalTo("learner"));

        String colleague = "thầy.minh-" + UUID.randomUUID().toString().substring(0, 6);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", colleague, "password", "mật-khẩu-giáo-viên", "role", "teacher"))
                .post("/api/v1/accounts").then().statusCode(201);
        given().header("Authorization", BasicAuth.header(colleague, "mật-khẩu-giáo-viên")).get("/api/v1/accounts")
                .then().statusCode(200);

        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("password", "mật-khẩu-mới-2025")).put("/api/v1/accounts/{id}/password", id)
                .then().statusCode(204);
        given().header("Authorization", BasicAuth.header(learner, "mật-khẩu-đủ-dài")).get("/api/v1/me")
                .then().statusCode(401);
        given().header("Authorization", BasicAuth.header(learner, "mật-khẩu-mới-2025")).get("/api/v1/me")
                .then().statusCode(200);

        given().header("Authorization", TEACHER).queryParam("role", "teacher").queryParam("size", 200)
                .get("/api/v1/accounts").then().statusCode(200).body("items.role", everyItem(equalTo("teacher")))
                .body("items.username", hasItem(colleague)).body("total", greaterThanOrEqualTo(2));
        given().header("Authorization", TEACHER).queryParam("size", 1).get("/api/v1/accounts")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void invalidFieldsAreListedAndADuplicateUsernameConflicts() {
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", "ab", "password", "ngắn", "role", "learner")).post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("username"));
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", "hợp-lệ-" + UUID.randomUUID().toString().substring(0, 4),
                        "password", "mật-khẩu-đủ-dài", "role", "admin"))
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("role"));
        String name = "trùng-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> body = Map.of("username", name, "password", "mật-khẩu-đủ-dài", "role", "learner");
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).body(body).post("/api/v1/accounts")
                .then().statusCode(201);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", name.toUpperCase(), "password", "mật-khẩu-đủ-dài", "role", "learner"))
                .post("/api/v1/accounts").then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).body(Map.of("password", "ngắn"))
                .put("/api/v1/accounts/{id}/password", 1).then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("password", "mật-khẩu-đủ-dài")).put("/api/v1/accounts/{id}/password", 999_999_999)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TEACHER).queryParam("size", 5000).get("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyTeachersManageAccounts() {
        given().get("/api/v1/accounts").then().statusCode(401);
        String learner = "học-trò-" + UUID.randomUUID().toString().substring(0, 6);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", learner, "password", "mật-khẩu-đủ-dài", "role", "learner"))
                .post("/api/v1/accounts").then().statusCode(201);
        given().header("Authorization", BasicAuth.header(learner, "mật-khẩu-đủ-dài")).contentType(ContentType.JSON)
                .body(Map.of("username", "kẻ-mạo-danh", "password", "mật-khẩu-đủ-dài", "role", "teacher"))
                .post("/api/v1/accounts").then().statusCode(403);
    }
}
