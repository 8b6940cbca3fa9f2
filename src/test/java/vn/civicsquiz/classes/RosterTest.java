package vn.civicsquiz.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.teacher.Windows1258;
import vn.civicsquiz.web.BrowserSession;

/** A class made from a roster file: accounts with one-time passwords, shown once, replaced at the first sign-in. */
@QuarkusTest
class RosterTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    private static RequestSpecification teacher() {
        return given().header("Authorization", TEACHER).config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static long newClass() {
        return teacher().contentType(ContentType.JSON).body(Map.of("name", "Lớp 12A2 " + UUID.randomUUID()))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response upload(long classId, String contentType, byte[] file) {
        return teacher().contentType(contentType).body(file).post("/api/v1/classes/" + classId + "/roster");
    }

    private static int members(long classId) {
        return teacher().get("/api/v1/classes/" + classId).then().statusCode(200).extract().jsonPath().getInt("members");
    }

    @Test
    void aSpreadsheetsRosterMakesAccountsThatJoinTheClassAndSendingItAgainMakesNoneTwice() {
        long classId = newClass();
        byte[] file = "STT;Họ và tên\r\n1;Nguyễn Văn An\r\n2;Lê Thị Hà\r\n\r\n3;Lê Thị Hạ\r\n"
                .getBytes(StandardCharsets.UTF_8);

        JsonPath first = upload(classId, "text/csv; charset=UTF-8", file).then().statusCode(201)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(first.getList("created.name", String.class)).containsExactly("Nguyễn Văn An", "Lê Thị Hà", "Lê Thị Hạ");
        assertThat(first.getList("created.line", Integer.class)).containsExactly(2, 3, 5);
        List<String> usernames = first.getList("created.username", String.class);
        assertThat(usernames.get(0)).matches("annv\\d*");
        assertThat(usernames.get(1)).matches("halt\\d*");
        assertThat(usernames.get(2)).matches("halt\\d+").isNotEqualTo(usernames.get(1));
        assertThat(first.getList("created.password", String.class))
                .allMatch(p -> p.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")).doesNotHaveDuplicates();
        assertThat(members(classId)).isEqualTo(3);

        JsonPath again = upload(classId, "text/csv", file).then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("created")).isEmpty();
        assertThat(again.getList("alreadyMembers.username", String.class)).containsExactlyElementsOf(usernames);
        assertThat(again.getList("alreadyMembers.password", String.class)).containsOnlyNulls();
        assertThat(members(classId)).isEqualTo(3);
    }

    @Test
    void theOneTimePasswordSignsInOnceToThePageThatReplacesIt() {
        long classId = newClass();
        JsonPath made = upload(classId, "text/csv", ("Họ và tên,Tên đăng nhập\nTrần Minh Khoa,khoa."
                + UUID.randomUUID().toString().substring(0, 8) + "\n").getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).extract().jsonPath();
        String username = made.getString("created[0].username");
        String oneTime = made.getString("created[0].password");
        assertThat(username).startsWith("khoa.");

        BrowserSession browser = BrowserSession.open();
        browser.signIn(username, oneTime);
        Response dashboard = browser.get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.header("Location")).endsWith("/account/password?first=true");
        browser.follow(dashboard.header("Location")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("id=\"password-first\""));

        // HTTP Basic with the paper password reaches nothing else either: pages send to the change page, the API
        // refuses everything but the account itself
        String paper = BasicAuth.header(username, oneTime);
        given().header("Authorization", paper).redirects().follow(false).get("/dashboard").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/account/password?first=true"));
        given().header("Authorization", paper).get("/api/v1/me/progress").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/me/password"));
        given().header("Authorization", paper).get("/api/v1/me").then().statusCode(200);

        browser.postForm("/account/password", "currentPassword", oneTime, "newPassword", "sông Hồng chảy qua Hà Nội")
                .then().statusCode(303);
        browser.get("/dashboard").then().statusCode(200);
        given().header("Authorization", BasicAuth.header(username, "sông Hồng chảy qua Hà Nội"))
                .get("/api/v1/me/progress").then().statusCode(200);
        BrowserSession.open().postRaw("/j_security_check", "username", username, "password", oneTime)
                .then().header("Location", org.hamcrest.Matchers.containsString("error"));
    }

    @Test
    void aRosterSavedByAVietnameseWindowsEditorIsReadAsWritten() {
        long classId = newClass();
        JsonPath made = upload(classId, "text/csv", Windows1258.encode("Họ và tên\nPhạm Thị Thuỷ\nĐỗ Đức Ượng\n"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(made.getString("charset")).isEqualTo("windows-1258");
        assertThat(made.getList("created.name", String.class)).containsExactly("Phạm Thị Thuỷ", "Đỗ Đức Ượng");
        assertThat(made.getString("created[1].username")).matches("uongdd\\d*");
    }

    @Test
    void aRosterWithABadRowMakesNoAccountAndNamesTheLine() {
        long classId = newClass();
        upload(classId, "text/csv", "Họ và tên\nNguyễn Văn Bình\nNguyễn\u202EVăn Cường\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("Danh sách có 1 lỗi; chưa tạo tài khoản nào"))
                .body("errors[0].line", org.hamcrest.Matchers.equalTo(3));
        teacher().header("Accept-Language", "en").contentType("text/csv")
                .body("Họ và tên\nNguyễn\u202EVăn Cường\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/classes/" + classId + "/roster").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.equalTo("The roster has 1 problem; no account was made"));
        assertThat(members(classId)).isZero();

        StringBuilder tooMany = new StringBuilder("Họ và tên\n");
        for (int i = 0; i <= Rosters.MAX_ROWS; i++) {
            tooMany.append("Học sinh số ").append(i).append('\n');
        }
        upload(classId, "text/csv", tooMany.toString().getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
        upload(classId, "text/plain", "Nguyễn Văn Bình\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(415);
        upload(classId, "text/csv", new byte[0]).then().statusCode(400);
        assertThat(members(classId)).isZero();
    }

    @Test
    void onlyTheClassesTeacherUploadsItsRoster() {
        long classId = newClass();
        byte[] file = "Nguyễn Văn Bình\n".getBytes(StandardCharsets.UTF_8);
        given().contentType("text/csv").body(file).post("/api/v1/classes/" + classId + "/roster").then().statusCode(401);
        teacher().contentType("text/csv").body(file).post("/api/v1/classes/999999999/roster").then().statusCode(404);
        assertThat(members(classId)).isZero();
    }

    @Test
    void theClassListsItsMembersByNameAndATeacherTakesOneOut() {
        long classId = newClass();
        JsonPath made = upload(classId, "text/csv", "Họ và tên\nTrần Thị Bích\nĐặng Văn An\n"
                .getBytes(StandardCharsets.UTF_8)).then().statusCode(201).extract().jsonPath();
        long an = made.getLong("created[1].accountId");

        JsonPath listed = teacher().get("/api/v1/classes/" + classId + "/members").then().statusCode(200).extract()
                .jsonPath();
        assertThat(listed.getList("displayName", String.class)).containsExactly("Đặng Văn An", "Trần Thị Bích");
        assertThat(listed.getString("[0].joinedAt")).endsWith("+07:00");

        given().delete("/api/v1/classes/" + classId + "/members/" + an).then().statusCode(401);
        teacher().delete("/api/v1/classes/999999999/members/" + an).then().statusCode(404);
        teacher().delete("/api/v1/classes/" + classId + "/members/" + an).then().statusCode(204);
        teacher().delete("/api/v1/classes/" + classId + "/members/" + an).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(teacher().get("/api/v1/classes/" + classId + "/members").then().statusCode(200).extract()
                .jsonPath().getList("displayName", String.class)).containsExactly("Trần Thị Bích");
        assertThat(members(classId)).isEqualTo(1);
    }
}
