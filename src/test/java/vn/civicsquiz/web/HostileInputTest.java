package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.quiz.TestBank;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue of hostile and broken requests against the API and the forms. Each must get the 4xx it names
 * (problem+json under /api/), never a 5xx, never echo markup unescaped, and change no row.
 */
@QuarkusTest
class HostileInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");
    static final List<String> TABLES = List.of("account", "learner", "quiz_attempt", "attempt_item", "attempt_answer",
            "learner_question", "question", "question_option");

    /** Who sends the request: nobody, guest A (its token), guest A's browser (cookie), or the teacher. */
    enum Who { NOBODY, GUEST, BROWSER, TEACHER }

    record Case(String name, Who who, String method, String path, String type, byte[] body, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Inject
    TestBank bank;
    @Inject
    EntityManager em;
    @Inject
    HostileFixture fixture;

    @BeforeEach
    void world() {
        bank.ensureTopics();
        fixture.ensure();
    }

    static Stream<Case> catalogue() {
        String big = "x".repeat(1_100_000);
        String pillars = "{\"topic\":\"three-pillars\"";
        return Stream.of(
                // starting an attempt
                json("start: not JSON at all", "POST", "/api/v1/attempts", "not json", 400),
                json("start: JSON cut off", "POST", "/api/v1/attempts", pillars + ",\"size\":", 400),
                json("start: an array instead of an object", "POST", "/api/v1/attempts", "[]", 400),
                json("start: empty body", "POST", "/api/v1/attempts", "", 400),
                json("start: JSON null", "POST", "/api/v1/attempts", "null", 400),
                json("start: missing topic", "POST", "/api/v1/attempts", "{\"size\":5}", 400),
                json("start: topic null", "POST", "/api/v1/attempts", "{\"topic\":null}", 400),
                json("start: topic an object", "POST", "/api/v1/attempts", "{\"topic\":{\"a\":1}}", 400),
                json("start: size a word", "POST", "/api/v1/attempts", pillars + ",\"size\":\"mười\"}", 400),
                json("start: size negative", "POST", "/api/v1/attempts", pillars + ",\"size\":-5}", 400),
                json("start: size zero", "POST", "/api/v1/attempts", pillars + ",\"size\":0}", 400),
                json("start: size beyond int", "POST", "/api/v1/attempts", pillars + ",\"size\":99999999999999}", 400),
                json("start: size fractional", "POST", "/api/v1/attempts", pillars + ",\"size\":2.5}", 400),
                json("start: unknown mode", "POST", "/api/v1/attempts", pillars + ",\"mode\":\"exam\"}", 400),
                json("start: review not a boolean", "POST", "/api/v1/attempts", pillars + ",\"review\":\"có\"}", 400),
                json("start: huge time limit", "POST", "/api/v1/attempts", pillars + ",\"timeLimitMinutes\":1e9}", 400),
                json("start: trailing garbage after the JSON", "POST", "/api/v1/attempts", pillars + "} {\"x\":1}", 400),
                json("start: a key given twice", "POST", "/api/v1/attempts",
                        "{\"topic\":\"three-pillars\",\"topic\":\"figures\"}", 400),
                json("start: unknown field", "POST", "/api/v1/attempts", pillars + ",\"admin\":true}", 400),
                json("start: script as topic", "POST", "/api/v1/attempts", "{\"topic\":\"" + SCRIPT.replace("/", "\\/") + "\"}", 400),
                json("start: SQL in topic", "POST", "/api/v1/attempts", "{\"topic\":\"x' OR '1'='1'; DROP TABLE question; --\"}", 400),
                json("start: overlong topic", "POST", "/api/v1/attempts", "{\"topic\":\"" + "ngoại giao ".repeat(20_000) + "\"}", 400),
                json("start: escaped NUL in topic", "POST", "/api/v1/attempts", "{\"topic\":\"three\\u0000pillars\"}", 400),
                raw("start: raw control character", Who.GUEST, "POST", "/api/v1/attempts", "application/json",
                        "{\"topic\":\"three\u0001pillars\"}".getBytes(StandardCharsets.UTF_8), 400),
                raw("start: invalid UTF-8", Who.GUEST, "POST", "/api/v1/attempts", "application/json; charset=UTF-8",
                        new byte[] {'{', '"', 't', 'o', 'p', 'i', 'c', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                                (byte) 0xFF, '"', '}'}, 400),
                raw("start: body over 1 MB", Who.GUEST, "POST", "/api/v1/attempts", "application/json",
                        ("{\"topic\":\"" + big + "\"}").getBytes(StandardCharsets.UTF_8), 413),
                raw("start: text/plain body", Who.GUEST, "POST", "/api/v1/attempts", "text/plain",
                        "three-pillars".getBytes(StandardCharsets.UTF_8), 415),
                raw("start: unknown guest token", Who.NOBODY, "POST", "/api/v1/attempts?token=unknown",
                        "application/json", (pillars + "}").getBytes(StandardCharsets.UTF_8), 401),
                // answering
                json("answer: empty object", "PUT", "/api/v1/attempts/{open}/answers/1", "{}", 400),
                json("answer: two answers at once", "PUT", "/api/v1/attempts/{open}/answers/1",
                        "{\"optionIds\":[{option}],\"text\":\"tre\"}", 400),
                json("answer: ids as a string", "PUT", "/api/v1/attempts/{open}/answers/1", "{\"optionIds\":\"{option}\"}", 400),
                json("answer: null id", "PUT", "/api/v1/attempts/{open}/answers/1", "{\"optionIds\":[null]}", 400),
                json("answer: negative id", "PUT", "/api/v1/attempts/{open}/answers/1", "{\"optionIds\":[-1]}", 400),
                json("answer: id beyond long", "PUT", "/api/v1/attempts/{open}/answers/1",
                        "{\"optionIds\":[123456789012345678901234567890]}", 400),
                json("answer: option of another question", "PUT", "/api/v1/attempts/{open}/answers/1",
                        "{\"optionIds\":[{foreignOption}]}", 400),
                json("answer: 31 option ids", "PUT", "/api/v1/attempts/{open}/answers/1",
                        "{\"optionIds\":[" + "1,".repeat(30) + "1]}", 400),
                json("answer: overlong text", "PUT", "/api/v1/attempts/{open}/answers/1",
                        "{\"text\":\"" + "tre ".repeat(200) + "\"}", 400),
                json("answer: number beyond range", "PUT", "/api/v1/attempts/{open}/answers/1", "{\"value\":1e400}", 400),
                json("answer: a number with a huge negative exponent", "PUT", "/api/v1/attempts/{open}/answers/{numeric}",
                        "{\"value\":1e-1000000}", 400),
                json("answer: a number with a gigantic negative exponent", "PUT",
                        "/api/v1/attempts/{open}/answers/{numeric}", "{\"value\":1e-100000000}", 400),
                json("answer: a number with too many decimals", "PUT", "/api/v1/attempts/{open}/answers/{numeric}",
                        "{\"value\":189.00000000000000000001}", 400),
                json("answer: pairs keyed by words", "PUT", "/api/v1/attempts/{open}/answers/1", "{\"pairs\":{\"một\":1}}", 400),
                json("answer: position 0", "PUT", "/api/v1/attempts/{open}/answers/0", "{\"optionIds\":[{option}]}", 404),
                json("answer: position past the end", "PUT", "/api/v1/attempts/{open}/answers/99", "{\"optionIds\":[{option}]}", 404),
                json("answer: position not a number", "PUT", "/api/v1/attempts/{open}/answers/một", "{\"optionIds\":[{option}]}", 404),
                json("answer: unknown attempt", "PUT", "/api/v1/attempts/987654321/answers/1", "{\"optionIds\":[{option}]}", 404),
                json("answer: someone else's attempt", "PUT", "/api/v1/attempts/{foreign}/answers/1", "{\"optionIds\":[{option}]}", 404),
                json("answer: after finishing", "PUT", "/api/v1/attempts/{finished}/answers/1", "{\"optionIds\":[{option}]}", 409),
                raw("answer: no credentials", Who.NOBODY, "PUT", "/api/v1/attempts/{open}/answers/1", "application/json",
                        "{\"optionIds\":[1]}".getBytes(StandardCharsets.UTF_8), 404),
                // reading and finishing
                json("read: someone else's attempt", "GET", "/api/v1/attempts/{foreign}", null, 404),
                json("read: id with SQL", "GET", "/api/v1/attempts/1%20OR%201=1", null, 404),
                json("read: id beyond long", "GET", "/api/v1/attempts/99999999999999999999", null, 404),
                json("finish: someone else's attempt", "POST", "/api/v1/attempts/{foreign}/finish", "", 404),
                json("finish: unknown attempt", "POST", "/api/v1/attempts/987654321/finish", "", 404),
                raw("finish: posted as a form", Who.GUEST, "POST", "/api/v1/attempts/{open}/finish",
                        "application/x-www-form-urlencoded", new byte[0], 415),
                raw("finish: a broken multipart body", Who.NOBODY, "POST", "/api/v1/attempts/1/finish",
                        "multipart/form-data; boundary=zz", "garbage".getBytes(StandardCharsets.UTF_8), 415),
                raw("duplicate: a broken multipart body", Who.TEACHER, "POST", "/api/v1/questions/1/duplicate",
                        "multipart/form-data; boundary=zz", "garbage".getBytes(StandardCharsets.UTF_8), 415),
                // teachers' question API
                teacher("questions: negative page", "GET", "/api/v1/questions?page=-1", null, 400),
                teacher("questions: huge page", "GET", "/api/v1/questions?page=99999999999999", null, 400),
                teacher("questions: page size 0", "GET", "/api/v1/questions?size=0", null, 400),
                teacher("questions: page size 100000", "GET", "/api/v1/questions?size=100000", null, 400),
                teacher("questions: page a word", "GET", "/api/v1/questions?page=hai", null, 400),
                teacher("questions: unknown kind", "GET", "/api/v1/questions?kind=" + enc(SCRIPT), null, 400),
                teacher("questions: unknown question", "GET", "/api/v1/questions/987654321", null, 404),
                teacher("questions: id with SQL", "GET", "/api/v1/questions/1;DROP%20TABLE%20question", null, 404),
                teacher("create: unknown kind", "POST", "/api/v1/questions",
                        "{\"kind\":\"ESSAY\",\"topic\":\"three-pillars\",\"stem\":\"Câu hỏi?\"}", 400),
                teacher("create: a number no decimal holds", "POST", "/api/v1/questions",
                        "{\"kind\":\"NUMERIC\",\"topic\":\"figures\",\"stem\":\"Bao nhiêu?\",\"numericAnswer\":1e9999999998}", 400),
                teacher("create: a tolerance with a gigantic negative exponent", "POST", "/api/v1/questions",
                        "{\"kind\":\"NUMERIC\",\"topic\":\"figures\",\"stem\":\"Bao nhiêu?\",\"numericAnswer\":189,"
                                + "\"tolerance\":1e-100000000}", 400),
                teacher("create: options a string", "POST", "/api/v1/questions",
                        "{\"kind\":\"SINGLE\",\"topic\":\"three-pillars\",\"stem\":\"Câu hỏi?\",\"options\":\"A\"}", 400),
                teacher("create: overlong stem", "POST", "/api/v1/questions", "{\"kind\":\"SINGLE\",\"topic\":\"three-pillars\","
                        + "\"stem\":\"" + "Trụ cột ".repeat(400) + "\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                        + "{\"text\":\"B\",\"correct\":false}]}", 400),
                teacher("create: unknown field", "POST", "/api/v1/questions", "{\"kind\":\"SINGLE\",\"topic\":\"three-pillars\","
                        + "\"stem\":\"Trụ cột nào đúng?\",\"colour\":\"đỏ\",\"options\":[{\"text\":\"A\",\"correct\":true},"
                        + "{\"text\":\"B\",\"correct\":false}]}", 400),
                teacher("create: script in a question breaking the rules", "POST", "/api/v1/questions",
                        "{\"kind\":\"SINGLE\",\"topic\":\"three-pillars\",\"stem\":\"" + SCRIPT.replace("/", "\\/")
                                + "\",\"options\":[]}", 400),
                teacher("update: stale version", "PUT", "/api/v1/questions/{question}", "{\"kind\":\"SINGLE\","
                        + "\"topic\":\"three-pillars\",\"stem\":\"Câu hỏi khác?\",\"options\":[{\"text\":\"A\",\"correct\""
                        + ":true},{\"text\":\"B\",\"correct\":false}],\"version\":9999}", 409),
                teacher("status: unknown status", "POST", "/api/v1/questions/{question}/status", "{\"status\":\"gone\"}", 400),
                teacher("delete: id not a number", "DELETE", "/api/v1/questions/abc", null, 404),
                raw("import: broken GIFT", Who.TEACHER, "POST", "/api/v1/questions/import?format=gift", "text/x-gift",
                        "::Q1:: Trụ cột nào? {\n=Đối ngoại Đảng\n~Ngoại giao pháo hạm\n\n::Q2:: Câu thứ hai {=A ~B"
                                .getBytes(StandardCharsets.UTF_8), 400),
                raw("import: unknown format", Who.TEACHER, "POST", "/api/v1/questions/import?format=xml", "text/x-gift",
                        "<quiz/>".getBytes(StandardCharsets.UTF_8), 400),
                raw("import: JSON of the wrong shape", Who.TEACHER, "POST", "/api/v1/questions/import?format=json",
                        "application/json", "{\"questions\":\"none\"}".getBytes(StandardCharsets.UTF_8), 400),
                raw("import: file over 1 MB", Who.TEACHER, "POST", "/api/v1/questions/import?format=gift", "text/x-gift",
                        ("::Q:: " + big + " {=A ~B}").getBytes(StandardCharsets.UTF_8), 413),
                // state changes a cross-site page could send without a preflight: no Content-Type, or text/plain
                raw("finish: text/plain from the browser", Who.BROWSER, "POST", "/api/v1/attempts/{open}/finish",
                        "text/plain", "{}".getBytes(StandardCharsets.UTF_8), 415),
                raw("answer: JSON sent as text/plain", Who.GUEST, "PUT", "/api/v1/attempts/{open}/answers/1",
                        "text/plain", "{\"optionIds\":[{option}]}".getBytes(StandardCharsets.UTF_8), 415),
                raw("account: created as text/plain", Who.TEACHER, "POST", "/api/v1/accounts", "text/plain",
                        "{\"username\":\"ke.gian\",\"password\":\"mật khẩu rất dài\",\"role\":\"TEACHER\"}"
                                .getBytes(StandardCharsets.UTF_8), 415),
                raw("password: reset as text/plain", Who.TEACHER, "PUT", "/api/v1/accounts/1/password", "text/plain",
                        "{\"password\":\"mật khẩu rất dài\"}".getBytes(StandardCharsets.UTF_8), 415),
                raw("question: created as text/plain", Who.TEACHER, "POST", "/api/v1/questions", "text/plain",
                        "{}".getBytes(StandardCharsets.UTF_8), 415),
                raw("import: GIFT sent as text/plain", Who.TEACHER, "POST", "/api/v1/questions/import?format=gift",
                        "text/plain", "::Q:: Trụ cột? {=A ~B}".getBytes(StandardCharsets.UTF_8), 415),
                // forms
                form("form: start with a script topic", "/quiz/start", 400, "topic", SCRIPT),
                form("form: start with SQL topic", "/quiz/start", 400, "topic", "' OR 1=1 --"),
                form("form: answer a word for an option", "/quiz/{open}/q/1", 400, "option", "một"),
                form("form: answer with another question's option", "/quiz/{open}/q/1", 400, "option", "{foreignOption}"),
                form("form: answer someone else's attempt", "/quiz/{foreign}/q/1", 404, "option", "{option}"),
                form("form: finish an unknown attempt", "/quiz/987654321/finish", 404),
                form("form: sign-up without a username", "/signup", 400, "username", "", "password", "mật-khẩu-dài"),
                form("form: sign-up with a script username", "/signup", 400, "username", SCRIPT, "password", "mật-khẩu-dài"),
                form("form: sign-up with an overlong password", "/signup", 400, "username", "học.viên.dài",
                        "password", "mật khẩu ".repeat(20)),
                form("form: a field over the 2 KB form-field limit", "/quiz/start", 413, "topic", "đ".repeat(3000)),
                form("form: body over 1 MB", "/quiz/start", 413, "topic", big),
                raw("form: no CSRF token", Who.BROWSER, "POST", "/quiz/start", "application/x-www-form-urlencoded",
                        "topic=three-pillars".getBytes(StandardCharsets.UTF_8), 403),
                raw("page: attempt id a word", Who.BROWSER, "GET", "/quiz/một", null, null, 404),
                raw("page: path traversal", Who.BROWSER, "GET", "/sources/..%2F..%2Fetc%2Fpasswd", null, null, 404),
                raw("page: NUL in the path", Who.BROWSER, "GET", "/sources/%00", null, null, 400),
                raw("api: NUL in the path", Who.NOBODY, "GET", "/api/v1/sources/%00", null, null, 400),
                raw("api: NUL in a query", Who.TEACHER, "GET", "/api/v1/questions?topic=%00", null, null, 400),
                raw("api: fact id with markup", Who.NOBODY, "GET", "/api/v1/facts/" + enc(SCRIPT), null, null, 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hostileRequestGetsAClear4xxAndChangesNothing(Case c) {
        Map<String, Long> before = rowCounts();
        Response response = send(c);
        String body = response.asString();
        assertThat(response.statusCode()).as(c.name() + ": " + body).isEqualTo(c.status());
        if (c.path().startsWith("/api/")) {
            assertThat(response.contentType()).as(c.name()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(c.status());
        } else {
            assertThat(response.contentType()).as(c.name()).startsWith("text/html");
            assertThat(body).as("markup never echoed unescaped").doesNotContain(SCRIPT);
        }
        assertThat(rowCounts()).as(c.name() + " changed rows").isEqualTo(before);
        if (c.name().equals("import: broken GIFT")) {
            assertThat(response.jsonPath().getList("errors.line", Integer.class)).as(body).isNotEmpty()
                    .allMatch(line -> line != null && line > 0);
        }
    }

    /** RestAssured always names a type for a POST, so these go through the JDK's client, exactly as sent. */
    @Test
    void aStateChangeWithoutAContentTypeIsRefusedWith415() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put(fixture.fill("/api/v1/attempts/{open}/finish"), "X-Guest-Token");
        requests.put("/api/v1/accounts", "Authorization");
        requests.put(fixture.fill("/api/v1/sources/{question}/publish"), "Authorization");
        requests.put("/api/v1/questions/import?format=gift", "Authorization");
        Map<String, Long> before = rowCounts();
        for (Map.Entry<String, String> r : requests.entrySet()) {
            String credential = r.getValue().equals("X-Guest-Token") ? fixture.guestToken() : TEACHER;
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + r.getKey()))
                    .header(r.getValue(), credential)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(r.getKey() + ": " + response.body()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).as(r.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void onlyTheSafeFormattingInAQuestionFormatsAndEverythingElseIsShownAsWrittenAndReported() {
        String stem = "Trụ cột nào <strong>KHÔNG</strong> đúng? " + SCRIPT + " <b onclick=\"x()\">đậm</b> & \"ngoặc\" 'đơn'"
                + "<ul><li>Đảng</li><li><i>Nhà nước</i></li></ul><b>chưa đóng";
        long id = given().header("Authorization", TEACHER).contentType("application/json").body(Map.of(
                        "kind", "SINGLE", "topic", "three-pillars", "status", "published", "stem", stem,
                        "options", List.of(Map.of("text", "<img src=x onerror=alert(1)>", "correct", true),
                                Map.of("text", "Ngoại giao pháo hạm", "correct", false))))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
        var stored = given().header("Authorization", TEACHER).get("/api/v1/questions/" + id).jsonPath();
        assertThat(stored.getString("stem")).isEqualTo("Trụ cột nào <b>KHÔNG</b> đúng? " + SCRIPT
                + " <b onclick=\"x()\">đậm</b> & \"ngoặc\" 'đơn'<ul><li>Đảng</li><li><i>Nhà nước</i></li></ul><b>chưa đóng");
        assertThat(stored.getList("shownAsWritten", String.class)).containsExactly("<script>", "</script>",
                "<b onclick=\"x()\">", "</b>", "<b>", "<img src=x onerror=alert(1)>");
        try {
            String page = fixture.pageShowing(id);
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onclick=\"")
                    .contains("<b>KHÔNG</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;b onclick=&quot;x()&quot;&gt;đậm&lt;/b&gt;")
                    .contains("<span class=\"md-li\" role=\"listitem\"><i>Nhà nước</i></span>")
                    .contains("&lt;b&gt;chưa đóng").contains("&lt;img src=x onerror=alert(1)&gt;");
        } finally {
            // a published question without a source sentence would surprise tests that quiz the real topics
            given().header("Authorization", TEACHER).delete("/api/v1/questions/" + id).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 204));
        }
    }

    private Response send(Case c) {
        RequestSpecification request = given().redirects().follow(false);
        String path = fixture.fill(c.path());
        if (path.contains("%00")) {
            request.urlEncodingEnabled(false); // send the escaped NUL as it is, not as %2500
        }
        switch (c.who()) {
            case GUEST -> request.header("X-Guest-Token", fixture.guestToken());
            case BROWSER -> request.cookie("quiz-guest", fixture.guestToken()).cookie("quiz-csrf", HostileFixture.CSRF);
            case TEACHER -> request.header("Authorization", TEACHER);
            case NOBODY -> {
                if (path.contains("token=unknown")) {
                    request.header("X-Guest-Token", "A".repeat(43));
                }
            }
        }
        if (c.body() != null) {
            byte[] body = c.body();
            if (!c.name().equals("start: invalid UTF-8")) {
                body = fixture.fill(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            if (c.type().startsWith("application/x-www-form-urlencoded")) {
                request.contentType(c.type()).body(new String(body, StandardCharsets.UTF_8));
            } else {
                request.contentType(c.type()).body(body);
            }
        } else if (c.type() != null) {
            request.contentType(c.type());
        }
        return request.request(c.method(), path);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult())
                    .longValue());
        }
        return counts;
    }

    private static Case json(String name, String method, String path, String body, int status) {
        return new Case(name, Who.GUEST, method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), status);
    }

    private static Case teacher(String name, String method, String path, String body, int status) {
        return new Case(name, Who.TEACHER, method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), status);
    }

    private static Case raw(String name, Who who, String method, String path, String type, byte[] body, int status) {
        return new Case(name, who, method, path, type, body, status);
    }

    /** A form post from guest A's browser with a valid CSRF token. */
    private static Case form(String name, String path, int status, String... nameValues) {
        StringBuilder body = new StringBuilder("csrf=" + HostileFixture.CSRF);
        for (int i = 0; i < nameValues.length; i += 2) {
            body.append('&').append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
        }
        return new Case(name, Who.BROWSER, "POST", path, "application/x-www-form-urlencoded; charset=UTF-8",
                body.toString().getBytes(StandardCharsets.UTF_8), status);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
