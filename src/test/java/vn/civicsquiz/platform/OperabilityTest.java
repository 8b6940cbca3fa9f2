package vn.civicsquiz.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OperabilityTest {

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseCheck() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsForTeachersOpenApiAndSwaggerUiAreServed() {
        given().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", vn.civicsquiz.learner.BasicAuth.header("teacher", "teacher-test-password"))
                .get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Civics quiz API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownApiResourceIsAProblemDocument() {
        given().get("/api/v1/questions-that-do-not-exist/1").then().statusCode(404);
    }
}
