package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms with absurdly many fields or huge fields get a 4xx at once, on every kind of form (the sign-in form that
 * Quarkus reads itself, and the app's pages behind the CSRF check), never a 5xx or seconds of work.
 */
@QuarkusTest
class FormLimitsTest {

    private static final List<String> FORMS = List.of("/j_security_check", "/signup", "/quiz/start",
            "/dashboard/leaderboard", "/account/password", "/logout");

    @Test
    void aFormWithMoreThanAThousandFieldsIsRefusedQuickly() {
        PageSession browser = PageSession.guest(null);
        for (int fields : new int[]{1_001, 60_000}) {
            String body = fieldsBody(browser, fields);
            for (String form : FORMS) {
                refusedQuickly(browser, form, body, fields + " fields");
            }
        }
    }

    @Test
    void aHugeFieldOrAHugeFieldNameIsRefusedQuickly() {
        PageSession browser = PageSession.guest(null);
        String csrf = "csrf=" + browser.cookies.get("quiz-csrf");
        String hugeValue = csrf + "&username=" + "a".repeat(900_000);
        String hugeName = csrf + "&" + "n".repeat(900_000) + "=1";
        for (String form : FORMS) {
            refusedQuickly(browser, form, hugeValue, "a 900 KB field");
            refusedQuickly(browser, form, hugeName, "a 900 KB field name");
        }
    }

    @Test
    void anOrdinaryFormStillWorks() {
        PageSession browser = PageSession.guest(null);
        Response started = browser.post("/quiz/start", Map.of("topic", "three-pillars", "size", "5"));
        assertThat(started.statusCode()).isLessThan(500);
        assertThat(started.statusCode()).isNotIn(400, 403, 413, 431);
    }

    private static String fieldsBody(PageSession browser, int fields) {
        StringBuilder body = new StringBuilder("csrf=").append(browser.cookies.get("quiz-csrf"));
        for (int i = 0; i < fields; i++) {
            body.append("&f").append(i).append("=x");
        }
        return body.toString();
    }

    private static void refusedQuickly(PageSession browser, String form, String body, String what) {
        long start = System.nanoTime();
        Response response = browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(body).post(form);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(what + " to " + form).isBetween(400, 499);
        assertThat(millis).as(what + " to " + form + " in ms").isLessThan(1_000);
    }
}
