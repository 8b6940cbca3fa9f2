package vn.civicsquiz.content.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentApiTest {

    @Test
    void listsTheFiveSourcesWithoutSigningIn() {
        given().get("/api/v1/sources").then().statusCode(200)
                .body("id", contains("000_7edb9b8851f52cde", "001_e7ae9201b7159bae", "002_17586b125ab360a7",
                        "003_5bfd67e8d18ffaa3", "004_eb37e1d492f2c415"))
                .body("[0].outlet", equalTo("Kinh tế & Đô thị"))
                .body("[2].date", equalTo("2024-09-01"))
                .body("[3].title", startsWith("Đổi mới, nâng cao hiệu quả"))
                .body("[0].readingUrl", equalTo("/sources/000_7edb9b8851f52cde"));
    }

    @Test
    void theNineTasksComeInOrderWithTheirSource() {
        JsonPath tasks = given().get("/api/v1/facts?set=nine-tasks").then().statusCode(200)
                .body("$", hasSize(9)).body("set", everyItem(equalTo("nine-tasks")))
                .extract().jsonPath();

        assertThat(tasks.getList("ordinal", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(tasks.getString("[0].label")).isEqualTo("Xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột");
        assertThat(tasks.getString("[3].quote")).startsWith("Bốn là,");
        Map<String, String> source = tasks.getMap("[0].source");
        assertThat(source).containsEntry("id", "000_7edb9b8851f52cde").containsEntry("outlet", "Kinh tế & Đô thị")
                .containsEntry("date", "2021-12-14").containsKey("title");
        assertThat(tasks.getString("[0].readingUrl")).isEqualTo("/sources/000_7edb9b8851f52cde#fact-task-1");
    }

    @Test
    void figuresKeepTheirNumberUnitAndDate() {
        JsonPath figures = given().get("/api/v1/facts?set=figures").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = figures.getList("$");
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);

        Map<String, Object> fdi = byId(all, "fig-hanoi-fdi-since-2016");
        assertThat(fdi.get("value")).isEqualTo(24.8f);
        assertThat(fdi.get("unit")).isEqualTo("tỷ USD");
        Map<String, Object> relations2024 = byId(all, "fig-diplomatic-relations-2024");
        assertThat(relations2024.get("value")).isEqualTo(193);
        assertThat(relations2024.get("asOf")).isEqualTo("2024-09-01");
        assertThat(byId(all, "fig-diplomatic-relations-2021").get("asOf")).isEqualTo("2021-12-14");
    }

    @Test
    void withoutASetEverySetIsListed() {
        List<String> sets = given().get("/api/v1/facts").then().statusCode(200).extract().jsonPath()
                .getList("set", String.class);

        assertThat(sets).contains("nine-tasks", "five-lessons", "three-pillars", "figures", "people", "events",
                "phrases");
    }

    @Test
    void anUnknownSetIsABadRequestProblem() {
        given().get("/api/v1/facts?set=bốn-trụ-cột").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400)).body("errors[0].field", equalTo("set"))
                .body("errors[0].message", containsString("nine-tasks"));
    }

    @Test
    void anUnknownFactOrSourceIsANotFoundProblem() {
        given().get("/api/v1/facts/task-10").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("detail", containsString("task-10"));
        given().get("/api/v1/sources/999_nope").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void oneFactByIdCarriesItsAttributes() {
        given().get("/api/v1/facts/phrase-trap-economic-external-affairs-main-pillar").then().statusCode(200)
                .body("set", equalTo("phrases")).body("status", equalTo("active"))
                .body("attributes.trap", equalTo("true")).body("attributes.trapFor", equalTo("three-pillars"))
                .body("quote", containsString("đối ngoại kinh tế là trụ cột chính"));
    }

    private static Map<String, Object> byId(List<Map<String, Object>> facts, String id) {
        return facts.stream().filter(f -> id.equals(f.get("id"))).findFirst().orElseThrow();
    }
}
