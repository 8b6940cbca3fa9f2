package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Icons exist, assets are versioned by content and cached accordingly, and text is sent compressed. */
@QuarkusTest
class StaticAssetsTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app\\.css\\?v=([0-9a-f]{10}))\"");

    @Test
    void a_page_links_its_style_sheet_by_content_version_and_that_url_is_cached_for_a_year() {
        String home = given().get("/").then().statusCode(200).extract().asString();
        Matcher link = STYLESHEET.matcher(home);
        assertThat(link.find()).as("the home page links app.css with a version").isTrue();
        Response css = given().get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.asString()).contains("{");
    }

    @Test
    void an_unversioned_or_outdated_asset_url_must_be_revalidated() {
        assertThat(given().get("/css/app.css").header("Cache-Control")).isEqualTo("no-cache");
        assertThat(given().get("/js/quiz.js?v=0000000000").header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void the_favicon_and_app_icons_are_served() {
        Response favicon = given().get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.asByteArray()).startsWith(0, 0, 1, 0);
        String home = given().get("/").asString();
        for (String icon : new String[]{"/icons/icon.svg", "/icons/apple-touch-icon.png", "/icons/manifest.webmanifest"}) {
            Matcher link = Pattern.compile("href=\"(" + Pattern.quote(icon) + "\\?v=[0-9a-f]{10})\"").matcher(home);
            assertThat(link.find()).as(icon + " linked from the layout").isTrue();
            given().get(link.group(1)).then().statusCode(200);
        }
        given().get("/icons/icon-512.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void pages_scripts_and_style_sheets_are_sent_gzipped_to_browsers_that_accept_it() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[]{"/", "/css/app.css", "/js/quiz.js"}) {
            java.net.http.HttpResponse<byte[]> zipped = client.send(java.net.http.HttpRequest.newBuilder(
                    io.restassured.RestAssured.baseURI == null ? null : java.net.URI.create(
                            io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                    .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            java.net.http.HttpResponse<byte[]> plain = client.send(java.net.http.HttpRequest.newBuilder(
                    zipped.request().uri()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(plain.body().length).as(path + " is smaller gzipped").isGreaterThan(zipped.body().length);
        }
    }

    @Test
    void an_unknown_asset_is_a_404_and_is_not_remembered() {
        given().get("/css/nothing-here-" + System.nanoTime() + ".css?v=1").then().statusCode(404);
    }
}
