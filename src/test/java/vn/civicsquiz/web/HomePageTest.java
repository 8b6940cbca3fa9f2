package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class HomePageTest {

    @Test
    void homeSpeaksVietnameseByDefault() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("Hội nghị Đối ngoại toàn quốc"));
    }

    @Test
    void englishOnRequestIsRemembered() {
        Response english = given().get("/?lang=en");
        assertThat(english.asString()).contains("<html lang=\"en\">").contains("Sign in");
        assertThat(english.getCookie("lang")).isEqualTo("en");
        given().cookie("lang", "en").get("/").then().body(containsString("<html lang=\"en\">"));
        given().cookie("lang", "xx").get("/").then().body(containsString("<html lang=\"vi\">"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Response page = given().get("/");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void csrfCookieIsHttpOnlyAndStrict() {
        String setCookie = given().get("/").header("Set-Cookie");
        assertThat(given().get("/").headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("quiz-csrf=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
        assertThat(setCookie).isNotNull();
    }
}
