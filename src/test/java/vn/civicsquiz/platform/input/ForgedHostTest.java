package vn.civicsquiz.platform.input;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** A forged Host header never comes back in a Location: created resources and redirects are sent as paths. */
@QuarkusTest
class ForgedHostTest {

    @jakarta.inject.Inject
    vn.civicsquiz.quiz.TestBank bank;

    @org.junit.jupiter.api.BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @Test
    void a_created_attempt_is_located_by_its_path_whatever_the_host_header_says() {
        given().header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("topic", "mixed", "size", 3, "mode", "practice")).post("/api/v1/attempts")
                .then().statusCode(201).header("Location", matchesPattern("/api/v1/attempts/[0-9]+"));
    }

    @Test
    void a_redirect_of_a_page_is_a_path_too() {
        given().redirects().follow(false).header("Host", "evil.example:8443").get("/account/password")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.startsWith("/login"));
    }

    @Test
    void only_the_requests_own_host_is_taken_off_and_never_into_a_protocol_relative_path() {
        assertThat(ResponseHardening.relative("http://evil.example/a/b?c=d#e", "evil.example", null))
                .isEqualTo("/a/b?c=d#e");
        assertThat(ResponseHardening.relative("https://proxy.example/x", "internal:8080", "proxy.example"))
                .isEqualTo("/x");
        assertThat(ResponseHardening.relative("http://evil.example//other.example/x", "evil.example", null))
                .isEqualTo("/other.example/x");
        assertThat(ResponseHardening.relative("https://elsewhere.example/x", "evil.example", null))
                .isEqualTo("https://elsewhere.example/x");
        assertThat(ResponseHardening.relative("/already/a/path", "evil.example", null)).isEqualTo("/already/a/path");
        assertThat(ResponseHardening.relative("http://evil.example", "evil.example", null)).isEqualTo("/");
    }

    @Test
    void the_sign_in_form_redirects_to_a_path() {
        given().redirects().follow(false).header("Host", "evil.example").contentType(ContentType.URLENC)
                .formParam("j_username", "nobody").formParam("j_password", "wrong-password-here")
                .post("/j_security_check").then()
                .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil.example")));
    }
}
