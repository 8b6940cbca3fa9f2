package vn.civicsquiz.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void anAnonymousApiRequestGetsAProblemDocumentWithTheBasicChallenge() {
        given().get("/api/v1/questions").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "))
                .body("status", equalTo(401)).body("instance", equalTo("/api/v1/questions"));
    }

    @Test
    void wrongBasicCredentialsGetTheSameProblemDocument() {
        given().auth().preemptive().basic("teacher", "not-the-password-" + System.nanoTime())
                .get("/api/v1/questions").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "))
                .body("status", equalTo(401));
    }

    @Test
    void swaggerUiAloneMayRunItsInlineScriptAndEveryResponseHasOnePolicy() {
        java.util.List<String> swagger = given().get("/q/swagger-ui/").then().statusCode(200).extract().headers()
                .getValues("Content-Security-Policy");
        assertThat(swagger).hasSize(1);
        assertThat(swagger.get(0)).contains("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'");
        for (String path : java.util.List.of("/", "/login", "/api/v1/sources", "/q/openapi")) {
            java.util.List<String> policies = given().get(path).then().extract().headers()
                    .getValues("Content-Security-Policy");
            assertThat(policies).as(path).hasSize(1);
            assertThat(policies.get(0)).as(path).doesNotContain("unsafe-inline").contains("script-src 'self'");
        }
    }
}
