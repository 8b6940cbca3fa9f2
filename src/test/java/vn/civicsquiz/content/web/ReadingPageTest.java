package vn.civicsquiz.content.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadingPageTest {

    private static final String ARTICLE_000 = "000_7edb9b8851f52cde";

    @Test
    void everyFactOfTheArticleHasExactlyOneAnchor() {
        String page = given().get("/sources/" + ARTICLE_000).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        List<String> ids = given().get("/api/v1/facts").then().extract().jsonPath()
                .getList("findAll { it.source.id == '" + ARTICLE_000 + "' }.id", String.class);

        assertThat(ids).hasSizeGreaterThan(50);
        for (String id : ids) {
            assertThat(page.split("id=\"fact-" + id + "\"", -1)).as(id).hasSize(2);
        }
    }

    @Test
    void showsTheCleanTextWithThePassageHighlighted() {
        String page = given().get("/sources/" + ARTICLE_000).then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1 id=\"article-title\" lang=\"vi\">Hội nghị Đối ngoại toàn quốc triển khai Nghị quyết")
                .contains("id=\"fact-task-1\"").contains(">Một là, xây dựng nền ngoại giao toàn diện, hiện đại")
                .contains("<h2>5 bài học kinh nghiệm trong đối ngoại</h2>")
                .contains("href=\"#fact-pillar-2\"")
                .doesNotContain("Chia sẻ Zalo", "Ảnh: Tuấn Anh", "Tiếp tục cập nhật", "Kinhtedothi");
        assertThat(page.replaceAll("<[^>]+>", "")).contains(
                "Đảng ta đã thiết lập quan hệ với 247 chính đảng ở 111 quốc gia");
    }

    @Test
    void theArticleOf2024HasNoUnrelatedStories() {
        given().get("/sources/002_17586b125ab360a7").then().statusCode(200)
                .body(containsString("id=\"fact-fig-diplomatic-relations-2024\""))
                .body(org.hamcrest.Matchers.not(containsString("Phú Quốc")));
    }

    @Test
    void listsTheSourcesInEnglishOnRequest() {
        given().get("/sources?lang=en").then().statusCode(200)
                .body(containsString("Source articles")).body(containsString("/sources/004_eb37e1d492f2c415"));
        given().get("/sources").then().statusCode(200).body(containsString("Bài báo nguồn"));
    }

    @Test
    void anUnknownArticleIsAReadableNotFoundPage() {
        given().get("/sources/999_nope").then().statusCode(404).contentType(containsString("text/html"));
    }
}
