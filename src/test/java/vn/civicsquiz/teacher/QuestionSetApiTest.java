package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.civicsquiz.teacher.TeacherApi.create;
import static vn.civicsquiz.teacher.TeacherApi.pillarsQuestion;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;

/** Question sets, tags, filters and search, through the API against the real database. */
@QuarkusTest
class QuestionSetApiTest {

    @Inject
    AccountService accounts;

    @Inject
    LearnerAnswers answers;

    @Inject
    jakarta.persistence.EntityManager em;

    private static long set(String name, Long parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent", parent);
        return teacher().body(body).post("/api/v1/sets").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long filed(String stem, Long set, List<String> tags) {
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique(stem)));
        q.put("set", set);
        q.put("tags", tags);
        return create(q);
    }

    private static List<Long> ids(String query) {
        return teacher().get("/api/v1/questions?size=100&" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }

    private RequestSpecification otherTeacher() {
        accounts.upsert("giáo.viên.khác", "mật khẩu giáo viên khác", Role.TEACHER);
        return given().header("Authorization", BasicAuth.header("giáo.viên.khác", "mật khẩu giáo viên khác"))
                .contentType(ContentType.JSON);
    }

    @Test
    void anExportFilesEachQuestionUnderItsSetsPathAndAnImportOfItFilesItThereAgain() {
        String course = "Khoá " + unique("E");
        long top = set(course, null);
        long week = set("Tuần 1/2", top);
        filed("Trụ cột nào ở tuần một hai?", week, List.of());

        String gift = teacher().get("/api/v1/questions/export?format=gift&set=" + top).then().statusCode(200)
                .extract().asString();
        assertThat(gift).contains("$CATEGORY: $course$/top/" + course + "/Tuần 1//2");
        String xml = teacher().get("/api/v1/questions/export?format=moodlexml&set=" + top).then().statusCode(200)
                .extract().asString();
        assertThat(xml).contains("<text>$course$/top/" + course + "/Tuần 1//2</text>");

        given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType("text/x-gift; charset=UTF-8").body(gift)
                .post("/api/v1/questions/import?format=gift&dryRun=true&topic=three-pillars").then().statusCode(200)
                .body("imported[0].set", equalTo(course + " / Tuần 1/2"));
    }

    @Test
    void nestedSetsCountTheirQuestionsAndTheListIncludesSubsets() {
        long course = set("Khoá học " + unique("A"), null);
        long week = set("Tuần 1", course);
        long inCourse = filed("Trụ cột nào thuộc khoá học?", course, List.of("ôn thi"));
        long inWeek = filed("Trụ cột nào thuộc tuần 1?", week, List.of("Tuần 1", "tuần 1", " ôn thi "));
        long elsewhere = filed("Trụ cột nào ở ngoài?", null, List.of());

        teacher().get("/api/v1/sets/" + course).then().statusCode(200).body("questions", equalTo(1))
                .body("total", equalTo(2)).body("subsets", equalTo(1)).body("parent", equalTo(null));
        teacher().get("/api/v1/sets/" + week).then().body("path", containsString(" / Tuần 1"))
                .body("parent", equalTo((int) course));
        teacher().get("/api/v1/questions/" + inWeek).then().body("set", equalTo((int) week))
                .body("tags", contains("ôn thi", "Tuần 1"));
        teacher().get("/api/v1/sets").then().body("id", hasItem((int) week));

        assertThat(ids("set=" + course)).containsExactlyInAnyOrder(inCourse, inWeek);
        assertThat(ids("set=" + week)).containsExactly(inWeek);
        assertThat(ids("set=" + course + "&tag=TUẦN 1")).containsExactly(inWeek);
        assertThat(ids("tag=ôn thi")).contains(inCourse, inWeek).doesNotContain(elsewhere);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseOverStemAndOptions() {
        String word = "Xyzđặcbiệt" + TeacherApi.RUN;
        long id = filed("Câu hỏi có từ " + word + " trong thân?", null, List.of());
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique("Trụ cột nào đúng?")));
        q.put("options", List.of(TeacherApi.option("Đối ngoại Đảng", false), TeacherApi.option("Ngoại giao Nhà nước",
                false), TeacherApi.option("Đối ngoại nhân dân " + word, false),
                TeacherApi.option("Ngoại giao pháo hạm", true)));
        long inOption = create(q);
        String plain = "xyzdacbiet" + TeacherApi.RUN.toLowerCase();

        assertThat(ids("q=" + plain)).containsExactlyInAnyOrder(id, inOption);
        assertThat(ids("q=" + word.toUpperCase())).containsExactlyInAnyOrder(id, inOption);
        assertThat(ids("q=" + plain + "%25")).isEmpty();
    }

    @Test
    void mergePatchAndBulkMoveAndRetagInOneTransaction() {
        long a = set("Bộ A " + unique("x"), null);
        long b = set("Bộ B " + unique("y"), null);
        long q1 = filed("Trụ cột một?", a, List.of("cũ", "giữ"));
        long q2 = filed("Trụ cột hai?", a, List.of());
        int version = teacher().get("/api/v1/questions/" + q2).then().extract().path("version");

        teacher().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("version", version, "tags", List.of("mới")))
                .patch("/api/v1/questions/" + q2).then().statusCode(200).body("tags", contains("mới"))
                .body("set", equalTo((int) a));

        teacher().body(Map.of("action", "move", "ids", List.of(q1, q2), "set", b, "addTags", List.of("tuần 2"),
                        "removeTags", List.of("CŨ")))
                .post("/api/v1/questions/bulk").then().statusCode(200).body("changed", equalTo(2));
        teacher().get("/api/v1/questions/" + q1).then().body("set", equalTo((int) b))
                .body("tags", contains("giữ", "tuần 2")).body("topic", equalTo("three-pillars"));
        teacher().get("/api/v1/questions/" + q2).then().body("tags", contains("mới", "tuần 2"));

        // one unknown id: nothing changes
        teacher().body(Map.of("action", "tag", "ids", List.of(q1, Long.MAX_VALUE), "addTags", List.of("không")))
                .post("/api/v1/questions/bulk").then().statusCode(409);
        teacher().get("/api/v1/questions/" + q1).then().body("tags", not(hasItem("không")));
        teacher().body(Map.of("action", "move", "ids", List.of(q1), "set", Long.MAX_VALUE))
                .post("/api/v1/questions/bulk").then().statusCode(400).body("errors[0].field", equalTo("set"));
    }

    @Test
    void aSetWithQuestionsIsDeletedOnlyByMovingThem() {
        long parent = set("Xoá " + unique("p"), null);
        long child = set("Con", parent);
        long other = set("Đích " + unique("d"), null);
        long q = filed("Trụ cột cần chuyển?", child, List.of());

        teacher().delete("/api/v1/sets/" + parent).then().statusCode(409).body("detail", containsString("bộ con"));
        teacher().header("Accept-Language", "en").delete("/api/v1/sets/" + child).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("moveTo"))
                .body("detail", containsString("still holds 1 questions"));
        teacher().delete("/api/v1/sets/" + child + "?moveTo=" + other).then().statusCode(204);
        teacher().get("/api/v1/questions/" + q).then().body("set", equalTo((int) other));
        teacher().get("/api/v1/sets/" + child).then().statusCode(404);
        teacher().delete("/api/v1/sets/" + parent).then().statusCode(204);
    }

    @Test
    void setsAreValidatedInTheTeachersLanguage() {
        teacher().body(Map.of("name", " ")).post("/api/v1/sets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("Bộ câu hỏi không hợp lệ"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("bắt buộc, 1 đến 100 ký tự"));
        teacher().header("Accept-Language", "en-GB,en;q=0.8").body(Map.of("name", " ")).post("/api/v1/sets").then()
                .statusCode(400).body("detail", equalTo("The question set is not valid"))
                .body("errors[0].message", equalTo("required, 1 to 100 characters"));
        long top = set("Vòng " + unique("v"), null);
        long below = set("Dưới", top);
        int version = teacher().get("/api/v1/sets/" + top).then().extract().path("version");
        teacher().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("version", version, "parent", below))
                .patch("/api/v1/sets/" + top).then().statusCode(400).body("errors[0].field", equalTo("parent"));
        teacher().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("version", version, "name", "Vòng mới "
                        + TeacherApi.RUN)).patch("/api/v1/sets/" + top).then().statusCode(200)
                .body("name", equalTo("Vòng mới " + TeacherApi.RUN)).body("version", equalTo(version + 1));
        teacher().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("version", version, "name", "x"))
                .patch("/api/v1/sets/" + top).then().statusCode(409);
        teacher().body(Map.of("name", "Dưới", "parent", top)).post("/api/v1/sets").then().statusCode(409);
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique("Trụ cột thẻ dài?")));
        q.put("tags", List.of("a".repeat(41)));
        teacher().header("Accept-Language", "en").body(q).post("/api/v1/questions").then().statusCode(400)
                .body("errors[0].field", equalTo("tags[0]")).body("errors[0].message", equalTo("1 to 40 characters"));
    }

    @Test
    void setsNestAtMostTwentyLevelsAndAnythingDeeperIsRefusedOnItsParent() {
        long top = set("Sâu " + unique("s"), null);
        long at = top;
        for (int level = 2; level <= 20; level++) {
            at = set("Tầng " + level, at);
        }
        teacher().get("/api/v1/sets/" + at).then().statusCode(200).body("path", containsString("Tầng 20"));
        long before = Long.parseLong(teacher().get("/api/v1/sets?size=1").then().extract().header("X-Total-Count"));
        teacher().body(Map.of("name", "Tầng 21", "parent", at)).post("/api/v1/sets").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("parent"))
                .body("errors[0].message", containsString("tối đa 20 tầng"));
        assertThat(Long.parseLong(teacher().get("/api/v1/sets?size=1").then().extract().header("X-Total-Count")))
                .isEqualTo(before);
        // moving a two-level branch under level 19 would put its lower set at level 21
        long branch = set("Nhánh " + unique("n"), null);
        set("Lá", branch);
        long level19 = teacher().get("/api/v1/sets/" + at).then().extract().jsonPath().getLong("parent");
        int version = teacher().get("/api/v1/sets/" + branch).then().extract().path("version");
        teacher().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("version", version, "parent", level19)).patch("/api/v1/sets/" + branch).then()
                .statusCode(400).body("errors[0].field", equalTo("parent"));
        long level18 = teacher().get("/api/v1/sets/" + level19).then().extract().jsonPath().getLong("parent");
        teacher().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("version", version, "parent", level18)).patch("/api/v1/sets/" + branch).then()
                .statusCode(200);
    }

    @Test
    void anotherTeachersSetIsHiddenUntilShared() {
        RequestSpecification other = otherTeacher();
        long mine = set("Riêng " + unique("r"), null);
        other.get("/api/v1/sets/" + mine).then().statusCode(404);
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique("Trụ cột bộ riêng?")));
        q.put("set", mine);
        otherTeacher().body(q).post("/api/v1/questions").then().statusCode(400).body("errors[0].field", equalTo("set"));

        int version = teacher().get("/api/v1/sets/" + mine).then().extract().path("version");
        teacher().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("version", version, "shared", true))
                .patch("/api/v1/sets/" + mine).then().statusCode(200).body("shared", equalTo(true));
        otherTeacher().get("/api/v1/sets/" + mine).then().statusCode(200);
        otherTeacher().body(q).post("/api/v1/questions").then().statusCode(201);
        otherTeacher().delete("/api/v1/sets/" + mine).then().statusCode(403);
    }

    @Test
    void giftCategoriesThatAreNotTopicsBecomeSetsOfTheImportingTeacher() {
        String course = "Khoá Moodle " + TeacherApi.RUN;
        String file = """
                $CATEGORY: $course$/top/%1$s/Tuần 1

                Trụ cột thứ nhất là gì? (%2$s) {=Đối ngoại Đảng ~Ngoại giao pháo hạm}

                $CATEGORY: $course$/top/%1$s/three-pillars

                Trụ cột thứ hai là gì? (%2$s) {=Ngoại giao Nhà nước ~Ngoại giao pháo hạm}

                $CATEGORY: $course$/top/three-pillars/Ôn tập

                Trụ cột thứ ba là gì? (%2$s) {=Đối ngoại nhân dân ~Ngoại giao pháo hạm}
                """.formatted(course, unique("g"));

        JsonPath report = teacher().contentType("text/x-gift; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=gift&topic=events").then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("imported.topic", String.class)).containsExactly("events", "three-pillars",
                "three-pillars");
        assertThat(report.getList("imported.set", String.class)).containsExactly(course + " / Tuần 1", null,
                "three-pillars / Ôn tập");
        List<Long> imported = report.getList("imported.id", Long.class);
        long week = teacher().get("/api/v1/questions/" + imported.get(0)).then().extract().jsonPath().getLong("set");
        teacher().get("/api/v1/sets/" + week).then().body("path", equalTo(course + " / Tuần 1"))
                .body("questions", equalTo(1));
        teacher().get("/api/v1/questions/" + imported.get(1)).then().body("set", equalTo(null));

        // a second import files into the same sets instead of creating new ones
        String again = """
                $CATEGORY: $course$/top/%1$s/Tuần 1

                Trụ cột thứ tư là gì? (%2$s) {=Đối ngoại Đảng ~Ngoại giao pháo hạm}
                """.formatted(course, unique("h"));
        long second = teacher().contentType("text/x-gift; charset=UTF-8").body(again.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=gift&topic=events").then().statusCode(200).extract().jsonPath()
                .getLong("imported[0].id");
        teacher().get("/api/v1/questions/" + second).then().body("set", equalTo((int) week));

        String exported = teacher().get("/api/v1/questions/export?format=json&set=" + week).then().statusCode(200)
                .extract().asString();
        assertThat(exported).contains("Trụ cột thứ nhất", "Trụ cột thứ tư").doesNotContain("Trụ cột thứ hai");
    }

    @Test
    void statisticsFilterBySetAndTheirCsvHoldsEveryRowAndATotal() {
        long s = set("Thống kê " + unique("s"), null);
        long q1 = filed("Trụ cột thống kê một?", s, List.of("tk"));
        long q2 = filed("Trụ cột thống kê hai?", s, List.of());
        answers.answer(q1, "three-pillars");
        answers.answer(q2, "three-pillars");

        teacher().get("/api/v1/stats/questions?set=" + s).then().statusCode(200).body("total", equalTo(2))
                .body("items.questionId", containsInAnyOrder((int) q1, (int) q2));
        teacher().get("/api/v1/stats/questions?set=" + s + "&tag=tk").then().body("items.questionId", contains((int) q1));
        String csv = teacher().accept("text/csv").get("/api/v1/stats/questions?size=1&set=" + s).then()
                .statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("total,2 questions,,,2,2,100,");

        // more rows than a page: every answered question, then the total
        String all = teacher().accept("text/csv").get("/api/v1/stats/questions?size=1").then().statusCode(200)
                .extract().asString();
        long total = teacher().get("/api/v1/stats/questions?size=1").then().extract().jsonPath().getLong("total");
        assertThat(all.lines().count()).isEqualTo(total + 2);
        assertThat(all.lines().reduce((x, y) -> y).orElseThrow()).startsWith("total," + total + " questions");
    }

    @Test
    void aTeacherOwnsABoundedNumberOfSetsAndAnImportThatWouldPassItStoresNothing() {
        String name = "gv.nhieu.bo." + TeacherApi.RUN;
        long teacherId = accounts.upsert(name, "mật khẩu nhiều bộ", Role.TEACHER).id;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO question_set (name, owner_id, shared)
                        SELECT 'Bộ ' || g, ?1, false FROM generate_series(1, ?2) g
                        ON CONFLICT DO NOTHING""").setParameter(1, teacherId)
                .setParameter(2, vn.civicsquiz.teacher.sets.QuestionSets.MAX_OWNED).executeUpdate());
        RequestSpecification full = given().header("Authorization", BasicAuth.header(name, "mật khẩu nhiều bộ"))
                .contentType(ContentType.JSON);

        full.body(Map.of("name", "Một bộ nữa")).post("/api/v1/sets").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2000"));
        String gift = "$CATEGORY: $course$/top/Chưa có " + TeacherApi.RUN + "\n\n::Q::Trụ cột nào? "
                + TeacherApi.RUN + "-cap {=Đảng ~Pháo hạm}\n";
        given().header("Authorization", BasicAuth.header(name, "mật khẩu nhiều bộ"))
                .contentType("text/x-gift; charset=UTF-8").body(gift.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=gift&topic=three-pillars").then().statusCode(409);
        assertThat(ids("q=" + TeacherApi.RUN + "-cap")).isEmpty();
        // the list comes in pages: X-Total-Count says how many, Link rel="next" where the next one is
        List<Long> owners = new java.util.ArrayList<>();
        String next = "/api/v1/sets?size=1000";
        int pages = 0;
        while (next != null) {
            io.restassured.response.Response page = given()
                    .header("Authorization", BasicAuth.header(name, "mật khẩu nhiều bộ")).get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(page.header("X-Total-Count")))
                    .isGreaterThanOrEqualTo(vn.civicsquiz.teacher.sets.QuestionSets.MAX_OWNED);
            owners.addAll(page.jsonPath().getList("ownerId", Long.class));
            String link = page.header("Link");
            next = link == null ? null : java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                    .getRawPath() + "?" + java.net.URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                    .getRawQuery();
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(owners.stream().filter(o -> o != null && o == teacherId).count())
                .isEqualTo(vn.civicsquiz.teacher.sets.QuestionSets.MAX_OWNED);
        full.get("/api/v1/sets?size=1001").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
