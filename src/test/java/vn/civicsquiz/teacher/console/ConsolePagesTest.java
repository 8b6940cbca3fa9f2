package vn.civicsquiz.teacher.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.web.BrowserSession;

/**
 * The console's import and classes pages over real HTTP, as a browser without script uses them: forms, CSRF,
 * session cookie (the bank and question pages: {@link BankPageTest}, {@link QuestionConsolePageTest}).
 */
@QuarkusTest
class ConsolePagesTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static BrowserSession teacher() {
        BrowserSession browser = BrowserSession.open();
        browser.signIn("teacher", "teacher-test-password");
        return browser;
    }

    private static Response upload(BrowserSession browser, String path, String file, Map<String, String> fields) {
        var request = given().redirects().follow(false).cookies(browser.cookies())
                .multiPart("csrf", browser.csrfToken())
                .multiPart("file", "cau-hoi.txt", file.getBytes(StandardCharsets.UTF_8), "text/plain");
        fields.forEach(request::multiPart);
        return request.post(path);
    }

    @Test
    void onlyASignedInTeacherUsesTheConsole() {
        Response guest = BrowserSession.open().get("/teach/questions");
        assertThat(guest.statusCode()).isEqualTo(303);
        assertThat(guest.header("Location")).contains("/login");
        String learner = "hs.console." + RUN;
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", learner, "password", "mật khẩu học sinh " + RUN, "role", "learner"))
                .post("/api/v1/accounts").then().statusCode(201);
        BrowserSession student = BrowserSession.open();
        student.signIn(learner, "mật khẩu học sinh " + RUN);
        for (String page : List.of("/teach/questions", "/teach/import", "/teach/classes")) {
            student.get(page).then().statusCode(403).contentType(containsString("text/html"));
        }
    }

    @Test
    void aFileIsCheckedThenImportedAndItsFaultsAreListedWithTheirLines() {
        BrowserSession browser = teacher();
        browser.get("/teach/import").then().statusCode(200);
        String gift = "::Một::Trụ cột thứ nhất? " + RUN + "-imp{=Đảng ~Pháo hạm}\n\n::Hai::Trụ cột thứ hai? " + RUN
                + "-imp{=Nhà nước ~Pháo hạm}\n";
        String checked = upload(browser, "/teach/import", gift, Map.of("format", "gift", "topic", "three-pillars",
                "dryRun", "true")).then().statusCode(200).extract().asString();
        assertThat(checked).contains("id=\"report\"").contains("Trụ cột thứ nhất? " + RUN).doesNotContain("href=\"/teach/questions/");
        String imported = upload(browser, "/teach/import", gift, Map.of("format", "gift", "topic", "three-pillars"))
                .then().statusCode(200).extract().asString();
        assertThat(imported).contains("href=\"/teach/questions/");

        String broken = upload(browser, "/teach/import", "Câu 1?{T}\n\nCâu 2?\n{\n=a\n~b\n",
                Map.of("format", "gift", "topic", "events")).then().statusCode(400).extract().asString();
        assertThat(broken).contains("id=\"import-errors\"").containsPattern("(?i)(line|dòng) 4");
        given().redirects().follow(false).cookies(browser.cookies())
                .multiPart("file", "a.txt", gift.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/teach/import").then().statusCode(403);
    }

    @Test
    void aClassTakesItsRosterAndItsAssignmentShowsResultsWithChartsAndCsv() {
        var made = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp 12A3 " + RUN)).post("/api/v1/classes").then().statusCode(201).extract()
                .jsonPath();
        long classId = made.getLong("id");
        long assignment = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", 3, "deadline",
                        java.time.OffsetDateTime.now().plusDays(2).withNano(0).toString()))
                .post("/api/v1/classes/" + classId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        BrowserSession browser = teacher();
        assertThat(browser.get("/teach/classes").asString()).contains("href=\"/teach/classes/" + classId + "\"");
        browser.get("/teach/classes/" + classId).then().statusCode(200);
        String roster = upload(browser, "/teach/classes/" + classId + "/roster", "Họ và tên\nNguyễn Thị Mai\n", Map.of())
                .then().statusCode(200).extract().asString();
        assertThat(roster).contains("id=\"roster-once\"").contains("Nguyễn Thị Mai").containsPattern(
                "<code>[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}</code>");
        String classPage = browser.get("/teach/classes/" + classId).then().statusCode(200).extract().asString();
        java.util.regex.Matcher remove = java.util.regex.Pattern.compile(
                "action=\"(/teach/classes/" + classId + "/members/\\d+/remove)\"").matcher(classPage);
        assertThat(classPage).contains("id=\"members-list\"").contains("Nguyễn Thị Mai");
        assertThat(remove.find()).isTrue();
        String removePath = remove.group(1);

        String results = browser.get("/teach/classes/" + classId + "/assignments/" + assignment).then()
                .statusCode(200).extract().asString();
        assertThat(results).contains("id=\"results\"").contains("<meter").contains("Nguyễn Thị Mai");
        Response csv = browser.get("/teach/classes/" + classId + "/assignments/" + assignment
                + "/results.csv?separator=semicolon");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.asString()).contains("username;");

        Response removed = browser.postForm(removePath);
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/teach/classes/" + classId + "?done=removed").asString())
                .contains("id=\"class-notice\"").doesNotContain("Nguyễn Thị Mai");
        assertThat(browser.get("/teach/classes/" + classId + "/assignments/" + assignment).asString())
                .doesNotContain("Nguyễn Thị Mai");
        browser.get("/teach/classes/999999999").then().statusCode(404);
    }

    @Test
    void aTeacherCreatesAClassAndAssignsASetWithATimeLimitThenDeletesIt() {
        long set = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Kiểm tra 15 phút " + RUN)).post("/api/v1/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        BrowserSession browser = teacher();
        browser.get("/teach/classes").then().statusCode(200);
        Response made = browser.postForm("/teach/classes", "name", "Lớp 11B2 " + RUN);
        assertThat(made.statusCode()).isEqualTo(303);
        String classPath = java.net.URI.create(made.header("Location")).getPath();
        assertThat(classPath).matches("/teach/classes/\\d+");
        String page = browser.get(classPath).then().statusCode(200).extract().asString();
        assertThat(page).contains("Lớp 11B2 " + RUN).contains("value=\"set:" + set + "\"").contains("id=\"assign-form\"");

        String due = java.time.LocalDateTime.now().plusDays(3).withNano(0).withSecond(0).toString();
        String refused = browser.postForm(classPath + "/assignments", "title", "Bài 1", "source", "",
                "size", "mười", "mode", "practice", "timeLimitMinutes", "15", "closesAt", due).then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("id=\"assign-errors\"").contains("value=\"Bài 1\"").contains("value=\"mười\"");
        String practiceTimed = browser.postForm(classPath + "/assignments", "source", "set:" + set, "size", "5",
                "mode", "practice", "timeLimitMinutes", "15", "closesAt", due).then().statusCode(400).extract()
                .asString();
        assertThat(practiceTimed).contains("id=\"assign-errors\"").contains("test");

        Response assigned = browser.postForm(classPath + "/assignments", "title", "Kiểm tra ba trụ cột " + RUN,
                "source", "set:" + set, "size", "5", "mode", "test", "timeLimitMinutes", "15", "closesAt", due,
                "attemptsAllowed", "1");
        assertThat(assigned.statusCode()).isEqualTo(303);
        long classId = Long.parseLong(classPath.substring(classPath.lastIndexOf('/') + 1));
        var api = given().header("Authorization", TEACHER).get("/api/v1/classes/" + classId + "/assignments").then()
                .statusCode(200).extract().jsonPath();
        assertThat(api.getList("title", String.class)).containsExactly("Kiểm tra ba trụ cột " + RUN);
        assertThat(api.getList("sets[0]", Long.class)).containsExactly(set);
        assertThat(api.getInt("[0].timeLimitMinutes")).isEqualTo(15);
        assertThat(api.getInt("[0].attemptsAllowed")).isEqualTo(1);
        assertThat(api.getString("[0].mode")).isEqualTo("test");
        java.time.OffsetDateTime closes = java.time.OffsetDateTime.parse(api.getString("[0].deadline"));
        assertThat(closes.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime().toString())
                .startsWith(due.substring(0, 16));
        long assignment = api.getLong("[0].id");
        assertThat(browser.get(classPath + "?done=assigned").asString()).contains("id=\"class-notice\"")
                .contains("Kiểm tra ba trụ cột " + RUN);

        browser.get(classPath);
        assertThat(browser.postForm(classPath + "/assignments/" + assignment + "/delete").statusCode()).isEqualTo(303);
        given().header("Authorization", TEACHER).get("/api/v1/classes/" + classId + "/assignments").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().redirects().follow(false).cookies(browser.cookies()).formParam("name", "Không có mã")
                .post("/teach/classes").then().statusCode(403);
    }

    @Test
    void hostileFormValuesAreRefusedWithAReadablePageAndChangeNothing() {
        BrowserSession browser = teacher();
        browser.get("/teach/classes");
        Response made = browser.postForm("/teach/classes", "name", "Lớp thử " + RUN);
        String classPath = java.net.URI.create(made.header("Location")).getPath();
        browser.get(classPath);
        String due = java.time.LocalDateTime.now().plusDays(3).withNano(0).withSecond(0).toString();
        List<String[]> hostile = List.of(
                new String[] {"source", "set:99999999999999999999999", "size", "5", "closesAt", due},
                new String[] {"source", "set:-1", "size", "5", "closesAt", due},
                new String[] {"source", "topic:\u0000", "size", "5", "closesAt", due},
                new String[] {"source", "topic:three-pillars", "size", "99999999999", "closesAt", due},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", "+999999999-12-31T23:59"},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", "2020-01-01T00:00"},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", due, "opensAt", due},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", due, "mode", "exam"},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", due,
                        "title", "Bài ".repeat(300)},
                new String[] {"source", "topic:three-pillars", "size", "5", "closesAt", due,
                        "attemptsAllowed", "0"});
        for (String[] fields : hostile) {
            browser.get(classPath);
            Response refused = browser.postForm(classPath + "/assignments", fields);
            assertThat(refused.statusCode()).as(String.join(" ", fields)).isBetween(400, 499);
            assertThat(refused.contentType()).contains("text/html");
        }
        long classId = Long.parseLong(classPath.substring(classPath.lastIndexOf('/') + 1));
        given().header("Authorization", TEACHER).get("/api/v1/classes/" + classId + "/assignments").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));

        browser.get("/teach/classes");
        assertThat(browser.postForm("/teach/classes", "name", " ").statusCode()).isEqualTo(400);
        assertThat(browser.postForm("/teach/classes", "name", "L".repeat(101)).statusCode()).isEqualTo(400);
        browser.get(classPath);
        assertThat(browser.postForm(classPath + "/members/999999999/remove").statusCode()).isEqualTo(404);
        assertThat(browser.postForm("/teach/classes/999999999/assignments", "source", "topic:events", "size", "3",
                "closesAt", due).statusCode()).isEqualTo(404);
    }
}
