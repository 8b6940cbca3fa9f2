package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.TestBank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, generated from the OpenAPI document; learners never see each other's data; cookies,
 * CSRF on every form and security headers on every page.
 */
@QuarkusTest
class AccessControlTest {

    /** PAGE: server-rendered, never behind a 401; its POSTs need the CSRF token (403 without it). */
    enum Need { ANYONE, SIGNED_IN, LEARNER, TEACHER, PAGE, TEACHER_PAGE, PLAYER }

    /**
     * Path pattern (regex over a route's path) -> who may call it. Every route of every resource class must match
     * one. TEACHER_PAGE: a page for teachers (a learner gets 403, a visitor is sent to sign in). PLAYER: a live game's
     * player API, where the game's player token decides, never the account: every caller gets the same answer.
     */
    static final Map<String, Need> MATRIX = new LinkedHashMap<>();

    static {
        // "METHOD path" keys are tried before path-only keys
        MATRIX.put("POST /api/v1/sources.*", Need.TEACHER);
        MATRIX.put("GET /api/v1/sources/\\{id}/review", Need.TEACHER);
        MATRIX.put("/api/v1/questions.*", Need.TEACHER);
        MATRIX.put("/api/v1/(games|sets).*", Need.TEACHER);
        MATRIX.put("/api/v1/play/.*", Need.PLAYER);
        MATRIX.put("/host.*", Need.TEACHER_PAGE);
        MATRIX.put("/teach/.*", Need.TEACHER_PAGE);
        MATRIX.put("/play.*", Need.PAGE);
        MATRIX.put("/api/v1/(stats|classes|accounts|reports).*", Need.TEACHER);
        MATRIX.put("/api/v1/me/reports", Need.ANYONE); // a guest with its token, or a signed-in learner
        MATRIX.put("/api/v1/me", Need.SIGNED_IN);
        MATRIX.put("/api/v1/me/password", Need.SIGNED_IN);
        MATRIX.put("/api/v1/me/progress", Need.ANYONE); // a guest's own progress, or an empty one
        MATRIX.put("/api/v1/me/habit", Need.ANYONE); // a guest's own goal and XP, or an empty one
        MATRIX.put("/api/v1/me/leaderboard", Need.ANYONE); // every learner's board; a class board only for members
        MATRIX.put("/api/v1/me/study.*", Need.SIGNED_IN);
        MATRIX.put("/api/v1/me/(classes|assignments).*", Need.LEARNER); // classes are for learners
        MATRIX.put("/api/v1/attempts.*", Need.ANYONE); // only ever the caller's own attempts (guest or account)
        MATRIX.put("/api/v1/(sources|facts).*", Need.ANYONE);
        MATRIX.put("/(|login|signup|logout|dashboard.*|leaderboard|sources.*|quiz/.*|study.*|classes/join|assignments"
                + "|habit/goal|bench/fortunes|account/password)", Need.PAGE);
    }

    static Need needOf(String method, String path) {
        String withMethod = method.toUpperCase() + " " + path;
        return MATRIX.entrySet().stream()
                .filter(e -> e.getKey().contains(" ") ? withMethod.matches(e.getKey()) : path.matches(e.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no access rule for " + withMethod + ": add it to MATRIX"));
    }

    static final String PASSWORD = "mật khẩu đủ dài 1";

    @Inject
    AccountService accounts;
    @Inject
    TestBank bank;

    private String learnerA;
    private String learnerB;

    @BeforeEach
    void learners() {
        bank.ensureTopics();
        String run = Long.toString(System.nanoTime(), 36);
        learnerA = "học.viên.a" + run;
        learnerB = "học.viên.b" + run;
        accounts.signUp(learnerA, PASSWORD, "Học viên A", Role.LEARNER);
        accounts.signUp(learnerB, PASSWORD, "Học viên B", Role.LEARNER);
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() {
        Map<String, Set<String>> paths = Routes.all();
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(paths.keySet()).as("every documented path is a route").containsAll(
                openApi.getMap("paths").keySet().stream().map(String::valueOf).toList());
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Set<String>> path : paths.entrySet()) {
            for (String method : path.getValue()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                Need need = needOf(method, path.getKey());
                String url = path.getKey().replaceAll("\\{[^}]+}", "987654321");
                int anonymous = call(method, url, null);
                int learner = call(method, url, BasicAuth.header(learnerA, PASSWORD));
                int teacher = call(method, url, BasicAuth.header("teacher", "teacher-test-password"));
                String what = method.toUpperCase() + " " + path.getKey();
                checked.add(what + " " + anonymous + "/" + learner + "/" + teacher);
                assertThat(List.of(anonymous, learner, teacher)).as(what).allMatch(s -> s < 500);
                if (need == Need.PLAYER) {
                    assertThat(List.of(learner, teacher)).as(what).containsOnly(anonymous);
                    assertThat(anonymous).as(what).isNotEqualTo(403);
                    continue;
                }
                if (need == Need.TEACHER_PAGE) {
                    boolean post = !method.equals("get");
                    assertThat(List.of(anonymous, learner, teacher)).as(what)
                            .allMatch(st -> post ? st == 403 : st != 401);
                    if (!post) {
                        assertThat(anonymous).as(what + " anonymous is sent to sign in").isNotEqualTo(403);
                        assertThat(learner).as(what + " learner").isEqualTo(403);
                        assertThat(teacher).as(what + " teacher").isNotEqualTo(403);
                    }
                    continue;
                }
                if (need == Need.PAGE) {
                    boolean post = !method.equals("get");
                    assertThat(List.of(anonymous, learner, teacher)).as(what)
                            .allMatch(s -> post ? s == 403 : s != 401 && s != 403);
                    continue;
                }
                assertThat(anonymous).as(what + " anonymous").isEqualTo(need == Need.ANYONE ? anonymous : 401);
                if (need == Need.ANYONE) {
                    assertThat(anonymous).as(what + " anonymous").isNotIn(401, 403);
                }
                if (need == Need.TEACHER) {
                    assertThat(learner).as(what + " learner").isEqualTo(403);
                } else {
                    assertThat(learner).as(what + " learner").isNotIn(401, 403);
                }
                if (need == Need.LEARNER) {
                    assertThat(teacher).as(what + " teacher").isEqualTo(403);
                } else {
                    assertThat(teacher).as(what + " teacher").isNotIn(401, 403);
                }
            }
        }
        System.out.println("access matrix (anonymous/learner/teacher): " + checked);
        assertThat(checked).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void learnerANeverSeesLearnerBsAttemptsOrProgress() {
        String a = BasicAuth.header(learnerA, PASSWORD);
        String b = BasicAuth.header(learnerB, PASSWORD);
        String progressBefore = given().header("Authorization", a).get("/api/v1/me/progress").then().statusCode(200)
                .extract().asString();
        long attempt = given().header("Authorization", b).contentType("application/json")
                .body(Map.of("topic", "three-pillars", "size", 8)).post("/api/v1/attempts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().header("Authorization", b).contentType("application/json").body(Map.of("text", "tre"))
                .put("/api/v1/attempts/" + attempt + "/answers/8");
        given().header("Authorization", b).get("/api/v1/attempts/" + attempt).then().statusCode(200);

        given().header("Authorization", a).get("/api/v1/attempts/" + attempt).then().statusCode(404);
        given().header("Authorization", a).contentType("application/json").body(Map.of("text", "tre"))
                .put("/api/v1/attempts/" + attempt + "/answers/1").then().statusCode(404);
        given().header("Authorization", a).contentType("application/json").post("/api/v1/attempts/" + attempt + "/finish")
                .then().statusCode(404);
        assertThat(given().header("Authorization", a).get("/api/v1/me/progress").asString())
                .as("A's progress is untouched by B's answers").isEqualTo(progressBefore);

        BrowserSession browserA = BrowserSession.open();
        browserA.signIn(learnerA, PASSWORD);
        assertThat(browserA.get("/quiz/" + attempt).statusCode()).isEqualTo(404);
        assertThat(browserA.get("/quiz/" + attempt + "/q/1").statusCode()).isEqualTo(404);
        assertThat(browserA.get("/quiz/" + attempt + "/result").statusCode()).isEqualTo(404);
        assertThat(browserA.postForm("/quiz/" + attempt + "/finish").statusCode()).isEqualTo(404);
        assertThat(browserA.get("/dashboard").asString()).doesNotContain("Học viên B").doesNotContain(learnerB);
        given().header("Authorization", b).get("/api/v1/attempts/" + attempt).then().statusCode(200)
                .body("finished", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void theApiTakesAGuestByItsHeaderNeverByTheCookieAlone() {
        io.restassured.response.Response started = given().contentType("application/json")
                .body(Map.of("topic", "three-pillars", "size", 2)).post("/api/v1/attempts");
        started.then().statusCode(201);
        String token = started.header("X-Guest-Token");
        long attempt = started.jsonPath().getLong("id");
        given().header("X-Guest-Token", token).get("/api/v1/attempts/" + attempt).then().statusCode(200);
        assertThat(given().cookie("quiz-guest", token).get("/api/v1/attempts/" + attempt).statusCode())
                .as("the cookie a browser sends along with any request").isIn(401, 404);
        // pages, where the cookie is the guest's only credential, still take it
        given().cookie("quiz-guest", token).get("/quiz/" + attempt + "/q/1").then().statusCode(200);
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndSecureBehindHttps() {
        for (boolean https : List.of(false, true)) {
            Header proto = new Header("X-Forwarded-Proto", https ? "https" : "http");
            String csrf = setCookie(given().header(proto).get("/"), "quiz-csrf");
            assertThat(csrf).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
            String guest = setCookie(given().header(proto).contentType("application/json")
                    .body(Map.of("topic", "three-pillars", "size", 1)).post("/api/v1/attempts"), "quiz-guest");
            assertThat(guest).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
            String session = setCookie(given().header(proto).redirects().follow(false).cookie("quiz-csrf", "t")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", learnerA, "password", PASSWORD)).post("/j_security_check"),
                    "quiz-session");
            assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
            for (String cookie : List.of(csrf, guest, session)) {
                assertThat(Pattern.compile("(?i);\\s*secure\\s*(;|$)").matcher(cookie).find())
                        .as(cookie + " over https=" + https).isEqualTo(https);
            }
        }
    }

    @Test
    void everyPostFormOfEveryPageRefusesARequestWithoutItsToken() {
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", learnerA + "x", "password", PASSWORD);
        browser.signIn(learnerA + "x", PASSWORD);
        String question = browser.postForm("/quiz/start", "topic", "three-pillars", "size", "2").header("Location");
        long attempt = Long.parseLong(question.replaceAll(".*/quiz/(\\d+)/.*", "$1"));
        String finished = browser.postForm("/quiz/start", "topic", "five-lessons", "size", "1").header("Location");
        long done = Long.parseLong(finished.replaceAll(".*/quiz/(\\d+)/.*", "$1"));
        browser.postForm("/quiz/" + done + "/finish", "confirmed", "true");

        Set<String> actions = new LinkedHashSet<>();
        List<String> pages = List.of("/", "/dashboard", "/leaderboard", "/sources", "/quiz/" + attempt + "/q/1",
                "/quiz/" + done + "/result", "/login", "/signup", "/account/password");
        for (String page : pages) {
            Response response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertSecurityHeaders(page, response);
            Matcher form = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"").matcher(response.asString());
            while (form.find()) {
                actions.add(form.group(1));
            }
        }
        assertThat(actions).contains("/quiz/start", "/logout", "/dashboard/leaderboard", "/j_security_check",
                "/account/password",
                "/signup", "/quiz/" + attempt + "/q/1", "/quiz/" + attempt + "/finish");
        for (String action : actions) {
            if (action.equals("/j_security_check")) {
                continue;
            }
            Response refused = browser.postRaw(action, "topic", "three-pillars", "option", "1", "username",
                    "học.viên.csrf", "password", PASSWORD, "onBoard", "true", "nickname", "Kẻ lạ");
            assertThat(refused.statusCode()).as("POST " + action + " without the token").isEqualTo(403);
        }
        assertThat(browser.get("/quiz/" + attempt).header("Location")).as("still open").endsWith("/q/1");

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", learnerA, "password", PASSWORD)).post("/j_security_check")
                .then().statusCode(403);
        given().redirects().follow(false).cookie("quiz-csrf", "t").header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", learnerA, "password", PASSWORD)).post("/j_security_check")
                .then().statusCode(403);
        // the form sign-in answers any path ending in j_security_check: each is guarded alike
        for (String elsewhere : List.of("/x/j_security_check", "/quiz/j_security_check")) {
            given().redirects().follow(false).header("Origin", "https://evil.example")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(Map.of("username", learnerA, "password", PASSWORD)).post(elsewhere)
                    .then().statusCode(403);
        }
        assertThat(given().redirects().follow(false).cookie("quiz-csrf", "t")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("username", learnerA, "password", PASSWORD)).post("/j_security_check")
                .header("Location")).as("a sign-in from the site's own page works").doesNotContain("error");
    }

    @Test
    void onlyAnAdministratorCreatesTeachersOrSetsAnotherTeachersPassword() {
        String admin = BasicAuth.header("teacher", "teacher-test-password"); // the first teacher is an administrator
        String run = Long.toString(System.nanoTime(), 36);
        String plain = "gv.thuong" + run;
        long plainId = createAccount(admin, plain, "teacher").then().statusCode(201).extract().jsonPath().getLong("id");
        String teacher = BasicAuth.header(plain, PASSWORD);

        createAccount(teacher, "gv.khac" + run, "teacher").then().statusCode(403)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        long learner = createAccount(teacher, "hv.moi" + run, "learner").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long adminId = given().header("Authorization", admin).get("/api/v1/me").then().statusCode(200).extract()
                .jsonPath().getLong("id");
        setPassword(teacher, adminId).then().statusCode(403);
        setPassword(teacher, learner).then().statusCode(204);
        setPassword(teacher, plainId).then().statusCode(204); // one's own
        setPassword(admin, plainId).then().statusCode(204);
        given().header("Authorization", admin).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aTeacherSeesOnlyTheLearnersOfTheirOwnClasses() {
        String admin = BasicAuth.header("teacher", "teacher-test-password");
        String run = Long.toString(System.nanoTime(), 36);
        String name = "gv.lop" + run;
        createAccount(admin, name, "teacher").then().statusCode(201);
        String teacher = BasicAuth.header(name, PASSWORD);
        String code = given().header("Authorization", teacher).contentType("application/json")
                .body(Map.of("name", "Lớp " + run)).post("/api/v1/classes").then().statusCode(201).extract().jsonPath()
                .getString("joinCode");
        given().header("Authorization", BasicAuth.header(learnerA, PASSWORD)).contentType("application/json")
                .body(Map.of("code", code)).post("/api/v1/me/classes/join").then().statusCode(org.hamcrest.Matchers
                        .oneOf(200, 201, 204));

        List<String> seen = given().header("Authorization", teacher).get("/api/v1/stats/learners?size=1000").then()
                .statusCode(200).extract().jsonPath().getList("items.username", String.class);
        assertThat(seen).containsExactly(learnerA);
        List<String> all = given().header("Authorization", admin).get("/api/v1/stats/learners?size=1000").then()
                .statusCode(200).extract().jsonPath().getList("items.username", String.class);
        assertThat(all).contains(learnerA, learnerB);

        // accounts: the teacher lists and manages only their own learners, an administrator every account
        long idA = given().header("Authorization", BasicAuth.header(learnerA, PASSWORD)).get("/api/v1/me").then()
                .extract().jsonPath().getLong("id");
        long idB = given().header("Authorization", BasicAuth.header(learnerB, PASSWORD)).get("/api/v1/me").then()
                .extract().jsonPath().getLong("id");
        List<String> accounts = given().header("Authorization", teacher).get("/api/v1/accounts?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.username", String.class);
        assertThat(accounts).contains(learnerA, name).doesNotContain(learnerB, "teacher");
        setPassword(teacher, idB).then().statusCode(403)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().header("Authorization", BasicAuth.header(learnerB, PASSWORD)).get("/api/v1/me").then()
                .statusCode(200); // unchanged
        setPassword(teacher, idA).then().statusCode(204); // a member of the teacher's class
        assertThat(given().header("Authorization", admin).get("/api/v1/accounts?size=200&role=learner").then()
                .statusCode(200).extract().jsonPath().getInt("total")).isGreaterThan(1);
    }

    @Test
    void personalAnswersAreNeverCachedAndHttpsGetsHsts() {
        String a = BasicAuth.header(learnerA, PASSWORD);
        assertThat(given().header("Authorization", a).get("/api/v1/me/progress").header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(given().get("/").header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().header("Authorization", a).get("/dashboard").header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().get("/api/v1/attempts/987654321").header("Cache-Control")).as("problem+json")
                .isEqualTo("no-store");
        assertThat(given().get("/").header("Strict-Transport-Security")).as("plain HTTP").isNull();
        assertThat(given().header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security"))
                .startsWith("max-age=");
    }

    private static Response createAccount(String authorization, String username, String role) {
        return given().header("Authorization", authorization).contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "role", role)).post("/api/v1/accounts");
    }

    private static Response setPassword(String authorization, long accountId) {
        return given().header("Authorization", authorization).contentType("application/json")
                .body(Map.of("password", PASSWORD)).put("/api/v1/accounts/" + accountId + "/password");
    }

    private static void assertSecurityHeaders(String page, Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as(page).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'").contains("script-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(page).isNotBlank();
    }

    private static int call(String method, String url, String authorization) {
        RequestSpecification request = given().redirects().follow(false);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (method.equals("post") || method.equals("put") || method.equals("patch")) {
            if (url.startsWith("/api/")) {
                request.contentType("application/json").body("{}");
            } else {
                request.contentType("application/x-www-form-urlencoded; charset=UTF-8").body("topic=three-pillars");
            }
        }
        return request.request(method.toUpperCase(), url).statusCode();
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers()));
    }
}
