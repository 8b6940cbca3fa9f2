package vn.civicsquiz.study;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.web.BrowserSession;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The study pages over HTTP, as a browser without JavaScript uses them: forms, CSRF tokens, redirects. */
@QuarkusTest
class StudyPagesTest {

    private static final Pattern QUESTION = Pattern.compile("name=\"question\" value=\"(\\d+)\"");

    @Inject
    StudyFixture fixture;

    @Test
    void the_dashboard_says_how_many_cards_are_due_today_in_either_language() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        fixture.onlyCards(learner.accountId(), "task-1", "task-2", "task-3");

        learner.browser().get("/dashboard").then().statusCode(200)
                .body(containsString("Hôm nay cần ôn: 3 thẻ")).body(containsString("href=\"/study/quiz\""));
        learner.browser().get("/dashboard?lang=en").then().statusCode(200)
                .body(containsString("Due today: 3 cards"));
    }

    @Test
    void a_learner_reveals_a_flashcard_and_rates_it_through_the_forms() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "pillar-1", "pillar-2").get(0);
        BrowserSession browser = learner.browser();

        browser.get("/study").then().statusCode(200)
                .body(containsString("Hôm nay cần ôn: 2 thẻ"))
                .body(containsString("Trụ cột thứ nhất của nền ngoại giao toàn diện, hiện đại là gì?"))
                .body(containsString("/study?card=" + card + "&amp;reveal=true"))
                .body(not(containsString("id=\"card-back\"")));
        browser.get("/study?card=" + card + "&reveal=true").then().statusCode(200)
                .body(containsString("id=\"card-back\""))
                .body(containsString("3 trụ cột"))
                .body(containsString("#fact-pillar-1\" id=\"source-link\""))
                .body(containsString("name=\"rating\" value=\"3\""));

        browser.postForm("/study/cards/" + card + "/review", "rating", "3", "reviewId", UUID.randomUUID().toString())
                .then().statusCode(303).header("Location", containsString("/study"));

        assertThat(fixture.ratings(card)).containsExactly((short) 3);
        browser.get("/study").then().statusCode(200).body(containsString("Hôm nay cần ôn: 1 thẻ"));
    }

    @Test
    void a_rating_without_its_token_or_with_a_bad_value_changes_nothing() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "lesson-4").get(0);
        BrowserSession browser = learner.browser();

        browser.postRaw("/study/cards/" + card + "/review", "rating", "3").then().statusCode(403);
        browser.postForm("/study/cards/" + card + "/review", "rating", "tuyệt vời").then().statusCode(400)
                .contentType(containsString("text/html"));
        browser.postForm("/study/cards/" + card + "/review", "rating", "3", "reviewId", "abc").then().statusCode(400);
        StudyFixture.StudyLearner other = fixture.signUp();
        other.browser().postForm("/study/cards/" + card + "/review", "rating", "3").then().statusCode(404)
                .contentType(containsString("text/html"));

        assertThat(fixture.reviews(card)).isZero();
    }

    @Test
    void settings_refuse_values_out_of_range_and_the_saved_limit_governs_new_cards() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        BrowserSession browser = learner.browser();

        browser.postForm("/study/settings", "retention", "1,5", "limit", "-3").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Mức ghi nhớ phải là một số từ 0,70 đến 0,99."))
                .body(containsString("Số thẻ mới mỗi ngày phải là số nguyên từ 0 đến 200."));
        browser.postForm("/study/settings", "retention", "0,85", "limit", "100000").then().statusCode(400);
        browser.get("/study/settings").then().statusCode(200).body(containsString("value=\"0.90\""))
                .body(containsString("value=\"20\""));

        browser.postForm("/study/settings", "retention", "0,85", "limit", "2").then().statusCode(303)
                .header("Location", containsString("/study/settings?saved=true"));
        browser.get("/study/settings").then().statusCode(200).body(containsString("value=\"0.85\""))
                .body(containsString("value=\"2\""));
        browser.get("/study").then().statusCode(200).body(containsString("Hôm nay cần ôn: 2 thẻ"));
    }

    @Test
    void the_quiz_style_review_turns_a_right_answer_into_good_and_a_wrong_one_into_again() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        var cards = fixture.onlyCards(learner.accountId(), "pillar-1", "pillar-2");
        fixture.singleQuestionFor("pillar-1", "Trụ cột thứ nhất là gì? " + UUID.randomUUID());
        fixture.singleQuestionFor("pillar-2", "Trụ cột nào được nêu? " + UUID.randomUUID());
        BrowserSession browser = learner.browser();

        Response firstPage = browser.get("/study/quiz");
        long first = askedQuestion(firstPage, cards.get(0));
        browser.postForm("/study/quiz/cards/" + cards.get(0), "question", Long.toString(first),
                        "option", clientId(firstPage, fixture.optionText(first, true)),
                        "reviewId", UUID.randomUUID().toString())
                .then().statusCode(200).body(containsString("Chính xác!"))
                .body(containsString("<strong id=\"counted-rating\">Nhớ</strong>"))
                .body(containsString("#fact-pillar-1\" id=\"source-link\""));

        Response secondPage = browser.get("/study/quiz");
        long second = askedQuestion(secondPage, cards.get(1));
        browser.postForm("/study/quiz/cards/" + cards.get(1) + "?lang=en", "question", Long.toString(second),
                        "option", clientId(secondPage, fixture.optionText(second, false)))
                .then().statusCode(200).body(containsString("Not right."))
                .body(containsString("<strong id=\"counted-rating\">Again</strong>"));

        assertThat(fixture.ratings(cards.get(0))).containsExactly((short) 3);
        assertThat(fixture.ratings(cards.get(1))).containsExactly((short) 1);
        browser.get("/study/quiz").then().statusCode(200).body(containsString("id=\"all-done\""));
    }

    @Test
    void quiz_style_answers_count_in_per_fact_mastery_and_weakest_facts_as_quiz_answers_do() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        var cards = fixture.onlyCards(learner.accountId(), "pillar-1", "pillar-2");
        fixture.singleQuestionFor("pillar-1", "Trụ cột thứ nhất là gì? " + UUID.randomUUID());
        fixture.singleQuestionFor("pillar-2", "Trụ cột nào được nêu? " + UUID.randomUUID());
        BrowserSession browser = learner.browser();

        Response firstPage = browser.get("/study/quiz");
        long first = askedQuestion(firstPage, cards.get(0));
        String reviewId = hidden(firstPage, "reviewId");
        String turn = hidden(firstPage, "turn");
        for (int send = 0; send < 2; send++) { // the second is a resent form: read as the first, not counted twice
            browser.postForm("/study/quiz/cards/" + cards.get(0), "question", Long.toString(first),
                            "option", clientId(firstPage, fixture.optionText(first, true)), "reviewId", reviewId,
                            "turn", turn)
                    .then().statusCode(200).body(containsString("Chính xác!"));
        }
        assertThat(fixture.ratings(cards.get(0))).containsExactly((short) 3);
        Response secondPage = browser.get("/study/quiz");
        long second = askedQuestion(secondPage, cards.get(1));
        browser.postForm("/study/quiz/cards/" + cards.get(1), "question", Long.toString(second),
                        "option", clientId(secondPage, fixture.optionText(second, false)),
                        "reviewId", UUID.randomUUID().toString())
                .then().statusCode(200).body(containsString("<strong id=\"counted-rating\">Quên</strong>"))
                .body(containsString("<span class=\"mark mark-bad\"><span aria-hidden=\"true\">✗</span>"
                        + "<span class=\"sr-only\">lựa chọn của bạn, chưa đúng</span></span>"))
                .body(containsString("<span class=\"mark mark-ok\"><span aria-hidden=\"true\">✓</span>"
                        + "<span class=\"sr-only\">đáp án đúng</span></span>"));

        JsonPath progress = given().header("Authorization", learner.basicAuth()).get("/api/v1/me/progress")
                .then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("answered")).isEqualTo(2);
        assertThat(progress.getInt("correct")).isEqualTo(1);
        assertThat(progress.getList("weakestFacts.factId")).containsExactly("pillar-2");
        assertThat(progress.getString("weakestFacts[0].lastResults")).isEqualTo("0");
        assertThat(progress.getString("weakestFacts[0].sourceUrl")).endsWith("#fact-pillar-2");
        assertThat(progress.getInt("factGroups.find { it.group == 'three-pillars' }.mastered")).isEqualTo(1);
        assertThat(progress.getInt("factGroups.find { it.group == 'three-pillars' }.asked")).isEqualTo(2);

        String dashboard = browser.get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(dashboard).contains("<li data-fact=\"pillar-2\">").doesNotContain("data-fact=\"pillar-1\"");
        Matcher pillars = Pattern.compile("data-group=\"three-pillars\">.*?<span class=\"mastery-value\">([^<]*)</span>",
                Pattern.DOTALL).matcher(dashboard);
        assertThat(pillars.find()).isTrue();
        assertThat(pillars.group(1)).startsWith("1/");
    }

    @Test
    void a_quiz_style_answer_that_does_not_fit_the_card_is_refused_and_changes_nothing() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "pillar-3").get(0);
        Question own = fixture.singleQuestionFor("pillar-3", "Trụ cột thứ ba là gì? " + UUID.randomUUID());
        Question foreign = fixture.singleQuestionFor("pillar-2", "Trụ cột thứ hai là gì? " + UUID.randomUUID());
        BrowserSession browser = learner.browser();
        browser.get("/study/quiz").then().statusCode(200);
        String path = "/study/quiz/cards/" + card;

        browser.postForm(path, "question", own.id.toString()).then().statusCode(400)
                .body(containsString("Hãy chọn một phương án rồi trả lời."));
        browser.postForm(path, "question", own.id.toString(), "option", Long.toString(fixture.option(foreign.id, true)))
                .then().statusCode(400).contentType(containsString("text/html"));
        browser.postForm(path, "question", own.id.toString(), "option", "0").then().statusCode(400);
        browser.postForm(path, "question", own.id.toString(), "option", Integer.toString(own.options.size() + 1))
                .then().statusCode(400);
        browser.postForm(path, "question", foreign.id.toString(), "option", Long.toString(fixture.option(foreign.id, true)))
                .then().statusCode(400);
        browser.postForm(path, "question", "hai", "option", "1").then().statusCode(400);
        for (String turn : new String[]{"-1", "1", "hai"}) { // the card has never been reviewed: its turn is 0
            browser.postForm(path, "question", own.id.toString(), "option", "1", "turn", turn).then().statusCode(400);
        }
        browser.postRaw(path, "question", own.id.toString(), "option", Long.toString(fixture.option(own.id, true)))
                .then().statusCode(403);
        fixture.signUp().browser().postForm(path, "question", own.id.toString(),
                "option", Long.toString(fixture.option(own.id, true))).then().statusCode(404);

        assertThat(fixture.reviews(card)).isZero();
    }

    @Test
    void a_card_no_question_tests_falls_back_to_its_flashcard_and_returns_to_the_quiz_style_review() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), fixture.factWithoutQuestion()).get(0);
        BrowserSession browser = learner.browser();

        browser.get("/study/quiz").then().statusCode(303)
                .header("Location", containsString("/study?card=" + card + "&next=quiz"));
        browser.get("/study?card=" + card + "&next=quiz").then().statusCode(200)
                .body(containsString("id=\"no-question\""))
                .body(containsString("reveal=true&amp;next=quiz"));
        browser.postForm("/study/cards/" + card + "/review", "rating", "2", "next", "quiz").then().statusCode(303)
                .header("Location", containsString("/study/quiz"));

        assertThat(fixture.ratings(card)).containsExactly((short) 2);
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        BrowserSession visitor = BrowserSession.open();
        for (String path : new String[]{"/study", "/study/quiz", "/study/settings"}) {
            visitor.get(path).then().statusCode(303).header("Location", containsString("/login"));
        }
    }

    /** The client id the page gives the option with this text. */
    private static String clientId(Response page, String text) {
        Matcher m = Pattern.compile("id=\"opt-(\\d+)\"[^>]*>\\s*<span class=\"option-text\" lang=\"vi\">"
                + Pattern.quote(text) + "</span>").matcher(page.asString());
        assertThat(m.find()).as("an option reading " + text).isTrue();
        return m.group(1);
    }

    private static String hidden(Response page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(m.find()).as("a hidden " + name).isTrue();
        return m.group(1);
    }

    private static long askedQuestion(Response page, long card) {
        page.then().statusCode(200).body(containsString("action=\"/study/quiz/cards/" + card + "\""));
        Matcher m = QUESTION.matcher(page.asString());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
