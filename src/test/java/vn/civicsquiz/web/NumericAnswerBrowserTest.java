package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner types numbers into the question form of a real Chromium the way Vietnamese writes them: five thousand
 * two hundred as "5.200", "5200" or "5 200", twenty-four point eight as "24,8"; a number read another way is
 * marked wrong, and one that reads two ways is refused with both readings.
 */
@QuarkusTest
class NumericAnswerBrowserTest extends BrowserSupport {

    private static final String GROUPS_STEM =
            "Giai đoạn 2011-2020, Đà Nẵng đã đón bao nhiêu đoàn khách quốc tế?";
    private static final String TRADE_STEM = "Kim ngạch thương mại năm 2021 đạt bao nhiêu tỷ USD?";

    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    EntityManager em;

    @Transactional
    String topicWith(String stem, String answer, String tolerance) {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        TestBank.persist(new QuestionDraft(QuestionKind.NUMERIC, topic, null, stem + " " + topic, List.of(),
                new BigDecimal(answer), tolerance == null ? null : new BigDecimal(tolerance), "Giải thích", 0.5,
                List.of("fig-diplomatic-relations-2021"), TestBank.SOURCE, "trích dẫn"), topic);
        return topic;
    }

    @Transactional
    long storedAnswers(long attempt) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM attempt_answer WHERE attempt_id = ?1")
                .setParameter(1, attempt).getSingleResult()).longValue();
    }

    /** A new guest's practice question of the topic, open in its own browser; returns the attempt id. */
    private long openQuestion(Page page, String topic) {
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = attempts.start(guest.ref(), new StartRequest(topic, 1, QuizMode.practice, false, null)).id;
        page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
        page.navigate("/quiz/" + attempt + "/q/1");
        PlaywrightAssertions.assertThat(page.locator("#answer-value")).isVisible();
        return attempt;
    }

    /** Types the answer key by key, as a learner does, and sends it with Enter. */
    private static void type(Page page, String typed) {
        page.locator("#answer-value").click();
        page.keyboard().type(typed);
        page.keyboard().press("Enter");
        page.waitForLoadState();
    }

    private void expectMark(String topic, String typed, String mark) {
        Page page = newPage();
        openQuestion(page, topic);
        type(page, typed);
        PlaywrightAssertions.assertThat(page.locator("#feedback[role=status] h2")).hasText(mark);
        page.context().close();
        contexts.remove(page.context());
    }

    @Test
    void five_thousand_two_hundred_typed_as_vietnamese_writes_it_is_right_and_five_point_two_is_wrong() {
        scenario("numeric-5200", () -> {
            String topic = topicWith(GROUPS_STEM, "5200", "0");
            for (String typed : List.of("5.200", "5200", "5 200")) {
                expectMark(topic, typed, "Chính xác!");
            }
            expectMark(topic, "5,2", "Chưa chính xác.");
            expectMark(topic, "52", "Chưa chính xác.");
        });
    }

    @Test
    void twenty_four_comma_eight_is_right_for_24_8_and_248_is_wrong() {
        scenario("numeric-24-8", () -> {
            String topic = topicWith(TRADE_STEM, "24.8", null);
            expectMark(topic, "24,8", "Chính xác!");
            expectMark(topic, "24,8 tỷ USD", "Chính xác!");
            expectMark(topic, "248", "Chưa chính xác.");
        });
    }

    @Test
    void a_number_that_reads_two_ways_is_refused_in_the_page_with_both_readings_and_nothing_stored() {
        scenario("numeric-ambiguous", () -> {
            String topic = topicWith(TRADE_STEM, "24.8", null);
            Page page = newPage();
            long attempt = openQuestion(page, topic);
            type(page, "24.800");
            PlaywrightAssertions.assertThat(page.locator("#answer-error[role=alert]")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#answer-error")).containsText("24800");
            PlaywrightAssertions.assertThat(page.locator("#answer-error")).containsText("24,800");
            PlaywrightAssertions.assertThat(page.locator("#answer-value")).hasValue("24.800");
            PlaywrightAssertions.assertThat(page.locator("#feedback")).hasCount(0);
            assertThat(storedAnswers(attempt)).isZero();

            page.locator("#answer-value").fill("");
            type(page, "24,8");
            PlaywrightAssertions.assertThat(page.locator("#feedback[role=status] h2")).hasText("Chính xác!");
            assertThat(storedAnswers(attempt)).isOne();
        });
    }
}
