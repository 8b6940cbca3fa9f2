package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.civicsquiz.teacher.TeacherApi.RUN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;

/** A large file is checked while the teacher waits and stored in the background; the job says how it went. */
@QuarkusTest
class ImportJobTest {

    private static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    @jakarta.inject.Inject
    AccountService accounts;

    private static String gift(int questions, String tag) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < questions; i++) {
            file.append("::Q").append(i).append("::Câu hỏi nền ").append(i).append(" về Hội nghị Đối ngoại (")
                    .append(tag).append(")?{=Đúng ").append(i).append(" ~Sai ").append(i).append("}\n\n");
        }
        return file.toString();
    }

    private static Response post(String file, String query) {
        return given().header("Authorization", TEACHER).contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift&topic=events" + query);
    }

    private static JsonPath waitFor(String location) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonPath job = given().header("Authorization", TEACHER).get(location).then().statusCode(200).extract()
                    .jsonPath();
            if (!job.getString("state").equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import job did not end in 30 s");
    }

    @Test
    void aLargeFileIsAcceptedAtOnceAndItsJobEndsWithTheReport() throws InterruptedException {
        int size = ImportJobs.STORED_AT_ONCE + 20;
        Response accepted = post(gift(size, RUN + "-job"), "");
        accepted.then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/questions/imports/"));
        assertThat(accepted.jsonPath().getInt("questions")).isEqualTo(size);

        JsonPath job = waitFor(accepted.header("Location"));
        assertThat(job.getString("state")).isEqualTo("done");
        List<Long> ids = job.getList("report.imported.id", Long.class);
        assertThat(ids).hasSize(size).doesNotContainNull();
        given().header("Authorization", TEACHER).get("/api/v1/questions/" + ids.get(0)).then().statusCode(200);

        accounts.upsert("giáo.viên.nhập", "mật khẩu giáo viên nhập", Role.TEACHER);
        given().header("Authorization", BasicAuth.header("giáo.viên.nhập", "mật khẩu giáo viên nhập"))
                .get(accepted.header("Location")).then().statusCode(404);
        given().header("Authorization", TEACHER).get("/api/v1/questions/imports/not-a-job").then().statusCode(404);

        given().header("Authorization", TEACHER).contentType("application/json")
                .body(java.util.Map.of("action", "retire", "ids", ids)).post("/api/v1/questions/bulk").then()
                .statusCode(200);
    }

    @Test
    void aLargeFileWithAFaultIsRefusedAtOnceWithItsLineAndNoJob() {
        String file = gift(ImportJobs.STORED_AT_ONCE + 5, RUN + "-bad") + "::Hỏng::Câu hỏi không đóng {=a ~b\n";
        post(file, "").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].line", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aSmallFileAndADryRunAnswerAtOnce() {
        post(gift(3, RUN + "-small"), "&dryRun=true").then().statusCode(200).body("dryRun", org.hamcrest.Matchers.equalTo(true));
        post(gift(ImportJobs.STORED_AT_ONCE + 1, RUN + "-dry"), "&dryRun=true").then().statusCode(200)
                .body("imported.size()", org.hamcrest.Matchers.equalTo(ImportJobs.STORED_AT_ONCE + 1));
    }
}
