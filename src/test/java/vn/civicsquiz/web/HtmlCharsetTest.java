package vn.civicsquiz.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every page names its charset in the header, whether its resource returns a template or a built response. */
@QuarkusTest
class HtmlCharsetTest {

    @Test
    void pagesBuiltAsResponsesSayUtf8LikeTheOthers() {
        for (String path : new String[] {"/login", "/login?error=throttled", "/play", "/play?pin=123456", "/",
                "/signup"}) {
            String type = given().redirects().follow(false).get(path).header("Content-Type");
            assertThat(type).as(path).isNotNull();
            assertThat(type.replace(" ", "").toLowerCase()).as(path).isEqualTo("text/html;charset=utf-8");
        }
    }
}
