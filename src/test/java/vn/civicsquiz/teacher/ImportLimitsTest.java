package vn.civicsquiz.teacher;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

/**
 * A question file is read within bounds: past 1 000 questions the reader stops and says so in one problem (a file
 * of 50 000 tiny questions builds no 50 000 drafts), a refusal lists at most 200 problems, and past the few files
 * read at once the next teacher is asked to send again in a moment.
 */
@QuarkusTest
class ImportLimitsTest {

    @Inject
    ImportSlots slots;

    @Test
    void a_gift_file_of_fifty_thousand_tiny_questions_is_refused_in_one_problem() {
        String file = "Câu {T}\n\n".repeat(50_000);
        teacher().contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift&topic=three-pillars&dryRun=true").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("hơn 1000 câu hỏi"))
                .body("errors[0].line", equalTo(1001 * 2 - 1));
    }

    @Test
    void a_json_file_of_too_many_questions_is_refused_without_reading_them_all() {
        StringBuilder file = new StringBuilder("{\"format\":\"civics-quiz\",\"version\":1,\"questions\":[");
        for (int i = 0; i < 1500; i++) {
            file.append(i == 0 ? "" : ",").append("{\"kind\":\"TRUE_FALSE\",\"stem\":\"Câu ").append(i)
                    .append("\",\"options\":[{\"text\":\"Đúng\",\"correct\":true},{\"text\":\"Sai\",\"correct\":false}]}");
        }
        file.append("]}");
        teacher().header("Accept-Language", "en").contentType("application/json").body(file.toString())
                .post("/api/v1/questions/import?format=json&topic=three-pillars&dryRun=true").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].message", containsString("more than 1000 questions"));
    }

    @Test
    void a_file_of_many_broken_questions_lists_two_hundred_problems() {
        String file = "Câu hỏi hỏng {=a ~b\n\n".repeat(900);
        teacher().contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift&topic=three-pillars&dryRun=true").then().statusCode(400)
                .body("errors", hasSize(200)).body("detail", containsString("900 lỗi"))
                .body("detail", containsString("200 lỗi đầu tiên"));
    }

    @Test
    void when_every_slot_is_reading_a_file_the_next_one_is_asked_to_come_back() {
        int taken = slots.takeAll();
        try {
            teacher().contentType("text/x-gift; charset=UTF-8").body("Một câu {T}")
                    .post("/api/v1/questions/import?format=gift&topic=three-pillars&dryRun=true").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        } finally {
            slots.give(taken);
        }
        teacher().contentType("text/x-gift; charset=UTF-8").body("Một câu {T}")
                .post("/api/v1/questions/import?format=gift&topic=three-pillars&dryRun=true").then().statusCode(200);
    }
}
