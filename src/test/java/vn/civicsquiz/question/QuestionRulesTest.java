package vn.civicsquiz.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;

class QuestionRulesTest {

    private final QuestionRules rules = new QuestionRules(QuestionRules.factSetTopics(),
            Set.of("bao-chinh-phu", "nhan-dan")::contains);

    private static QuestionDraft question(QuestionKind kind, List<OptionDraft> options) {
        return new QuestionDraft(kind, "nine-tasks", null, "Nhiệm vụ thứ ba là gì?", options, null, null, null, 0.5,
                List.of("task-3"), "bao-chinh-phu", "Câu trích dẫn.");
    }

    private static OptionDraft o(String text, boolean correct) {
        return OptionDraft.choice(text, correct);
    }

    private static OptionDraft at(String text, Integer position) {
        return new OptionDraft(text, false, position, null, null, null);
    }

    private static OptionDraft pair(String text, String match) {
        return new OptionDraft(text, false, null, match, null, null);
    }

    @Test
    void aValidQuestionOfEveryKindPasses() {
        List<QuestionDraft> valid = List.of(
                question(QuestionKind.SINGLE, List.of(o("Đối ngoại Đảng", true), o("Ngoại giao pháo hạm", false))),
                question(QuestionKind.NEGATIVE, List.of(o("Đảng", false), o("Quân đội", true), o("Nhân dân", false))),
                question(QuestionKind.MULTIPLE, List.of(o("Đảng", true), o("Nhà nước", true), o("Pháo hạm", false))),
                question(QuestionKind.TRUE_FALSE, List.of(o("Đúng", false), o("Sai", true))),
                question(QuestionKind.ORDERING, List.of(at("Đại hội XIII", 1), at("Hội nghị Đối ngoại", 2))),
                question(QuestionKind.MATCHING, List.of(pair("Đối ngoại Đảng", "Đảng"), pair("Ngoại giao Nhà nước",
                        "Bộ Ngoại giao"), pair("", "Quân đội"))),
                question(QuestionKind.SHORT_ANSWER, List.of(o("Hà Nội", true))),
                new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu quốc gia?", List.of(),
                        new BigDecimal("189"), BigDecimal.ZERO, null, 0.5, List.of(), null, null));

        assertThat(valid).allSatisfy(q -> assertThat(rules.check(q)).as(q.kind().name()).isEmpty());
    }

    @Test
    void everyFieldAtFaultIsListed() {
        List<OptionDraft> options = new ArrayList<>();
        options.add(new OptionDraft("Hòa bình", true, 1, null, new BigDecimal("150"), "x".repeat(1001)));
        options.add(o("  ", true));
        options.add(o("hoà  bình", false));
        QuestionDraft q = new QuestionDraft(QuestionKind.SINGLE, "lịch-sử", "t".repeat(201), " ", options, null,
                null, null, 1.5, List.of("task-3", "task-3", ""), "bao-khong-co", null);

        List<RuleViolation> found = rules.check(q);
        assertThat(found).extracting(RuleViolation::field, RuleViolation::message).containsExactly(
                tuple("topic", "unknown topic 'lịch-sử'; topics: nine-tasks, five-lessons, three-pillars, figures,"
                        + " people, events, phrases"),
                tuple("stem", "required"),
                tuple("title", "at most 200 characters"),
                tuple("difficulty", "must be between 0 and 1"),
                tuple("sourceId", "no source article 'bao-khong-co'"),
                tuple("factIds[1]", "'task-3' is listed twice"),
                tuple("factIds[2]", "required"),
                tuple("options[0].feedback", "at most 1000 characters"),
                tuple("options[0].weight", "must be between -100 and 100"),
                tuple("options[1].text", "required"),
                tuple("options[2].text", "repeats options[0].text after normalisation"),
                tuple("options", "a SINGLE question needs exactly 1 correct option, it has 2"));
        // every rule is said in Vietnamese too, never left in English
        assertThat(found).allSatisfy(v -> assertThat(v.vietnamese()).isNotBlank().isNotEqualTo(v.message()));
        assertThat(found.get(0).vietnamese()).isEqualTo("không có chủ đề 'lịch-sử'; các chủ đề: nine-tasks,"
                + " five-lessons, three-pillars, figures, people, events, phrases");
    }

    @Test
    void choiceQuestionsHaveTwoToEightOptions() {
        List<OptionDraft> nine = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            nine.add(o("Lựa chọn " + i, i == 1));
        }

        assertThat(rules.check(question(QuestionKind.SINGLE, List.of(o("Duy nhất", true)))))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("options", "a SINGLE question needs 2 to 8 options, it has 1"));
        assertThat(rules.check(question(QuestionKind.MULTIPLE, nine)))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("options", "a MULTIPLE question has at most 8 options, it has 9"));
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(o("Đảng", false), o("Nhà nước", false)))))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("options",
                        "a MULTIPLE question needs at least 1 correct options, it has 0"));
    }

    @Test
    void duplicatesAreFoundAfterNormalisationOfCaseSpacesAndToneMarks() {
        String decomposed = java.text.Normalizer.normalize("Hòa bình", java.text.Normalizer.Form.NFD);
        QuestionDraft q = question(QuestionKind.SINGLE,
                List.of(o("Hòa bình", true), o("HOÀ   BÌNH", false), o(decomposed, false), o("Hợp tác", false)));

        assertThat(rules.check(q)).extracting(RuleViolation::field).containsExactly("options[1].text",
                "options[2].text");
    }

    @Test
    void trueFalseHasTheTwoVietnameseOptions() {
        assertThat(rules.check(question(QuestionKind.TRUE_FALSE, List.of(o("True", true), o("False", false)))))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("options",
                        "a TRUE_FALSE question has the options \"Đúng\" and \"Sai\""));
    }

    @Test
    void orderingPositionsMustBeOneToNEachOnce() {
        QuestionDraft q = question(QuestionKind.ORDERING,
                List.of(at("Một", 1), at("Hai", 1), at("Ba", null), at("Bốn", 7)));

        assertThat(rules.check(q)).extracting(RuleViolation::field, RuleViolation::message).containsExactly(
                tuple("options[1].position", "positions must be 1 to 4, each used once"),
                tuple("options[2].position", "required"),
                tuple("options[3].position", "positions must be 1 to 4, each used once"));
    }

    @Test
    void matchingNeedsAMatchForEveryOptionAndTwoPairs() {
        QuestionDraft q = question(QuestionKind.MATCHING,
                List.of(pair("Đối ngoại Đảng", "Đảng"), pair("", "Quân đội"), pair("", "đảng"), pair("Nhân dân", null)));

        assertThat(rules.check(q)).extracting(RuleViolation::field, RuleViolation::message).containsExactly(
                tuple("options[3].match", "required"),
                tuple("options[2].match", "repeats options[0].match after normalisation"));
        assertThat(rules.check(question(QuestionKind.MATCHING, List.of(pair("A", "1"), pair("", "2")))))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("options", "a MATCHING question needs at least 2 pairs, it has 1"));
    }

    @Test
    void numericNeedsAStorableAnswerAndNoNegativeTolerance() {
        QuestionDraft q = new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?",
                List.of(o("189", true)), new BigDecimal("0.0000001"), new BigDecimal("-1"), null, 0.5, List.of(),
                null, null);

        assertThat(rules.check(q)).extracting(RuleViolation::field, RuleViolation::message).containsExactly(
                tuple("options", "a NUMERIC question has no options"),
                tuple("numericAnswer", "at most 18 digits before the point and 6 after"),
                tuple("tolerance", "must be 0 or more"));
        assertThat(rules.check(new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?", List.of(),
                null, null, null, 0.5, List.of(), null, null)))
                .extracting(RuleViolation::field, RuleViolation::message).containsExactly(tuple("numericAnswer", "required"));
    }

    @Test
    void aQuoteNeedsItsSourceAndMissingBasicsAreRequired() {
        QuestionDraft q = new QuestionDraft(null, null, null, null, List.of(), null, null, null, 0.5, List.of(),
                null, "Một câu trích.");

        assertThat(rules.check(q)).extracting(RuleViolation::field, RuleViolation::message).containsExactly(
                tuple("kind", "required: one of SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, NEGATIVE, NUMERIC, SHORT_ANSWER"),
                tuple("topic", "required: one of nine-tasks, five-lessons, three-pillars, figures, people, events, phrases"),
                tuple("stem", "required"),
                tuple("quote", "a quote needs the sourceId of the article it comes from"));
    }

    @Test
    void aQuestionWithFarTooManyOptionsIsOneProblemNotOnePerOption() {
        List<OptionDraft> many = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(o(i == 0 ? "Đúng" : "", i == 0));
        }
        for (QuestionKind kind : List.of(QuestionKind.SINGLE, QuestionKind.MATCHING, QuestionKind.ORDERING)) {
            assertThat(rules.check(question(kind, many))).as(kind.name())
                    .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("options"));
        }
    }

    private static OptionDraft w(String text, boolean correct, String weight) {
        return new OptionDraft(text, correct, null, null, new BigDecimal(weight), null);
    }

    @Test
    void weightsAreAcceptedOnlyWhereTheyCanBeGradedAsWritten() {
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "50"), w("Nhà nước", true, "50"),
                w("Pháo hạm", false, "-100"))))).isEmpty();
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "33.33333"),
                w("Nhà nước", true, "33.33333"), w("Nhân dân", true, "33.33333"))))).isEmpty();
        assertThat(rules.check(question(QuestionKind.SINGLE, List.of(o("Ngày 14/12/2021", true),
                w("Năm 2021", false, "50"), o("Năm 2016", false))))).isEmpty();

        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "50"), w("Nhà nước", true, "40"),
                o("Pháo hạm", false))))).extracting(RuleViolation::field).containsExactly("options");
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "100"), o("Nhà nước", true),
                o("Pháo hạm", false))))).extracting(RuleViolation::field).containsExactly("options");
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "100"), w("Pháo hạm", false, "20")))))
                .extracting(RuleViolation::field).contains("options[1].weight");
        assertThat(rules.check(question(QuestionKind.SINGLE, List.of(w("Đảng", true, "50"), o("Pháo hạm", false)))))
                .extracting(RuleViolation::field).containsExactly("options[0].weight");
        assertThat(rules.check(question(QuestionKind.SINGLE, List.of(o("Đảng", true), w("Nhà nước", false, "100")))))
                .extracting(RuleViolation::field).containsExactly("options[1].weight");
        assertThat(rules.check(question(QuestionKind.SHORT_ANSWER, List.of(w("vạn biến", true, "50")))))
                .extracting(RuleViolation::field).containsExactly("options");
        assertThat(rules.check(question(QuestionKind.TRUE_FALSE, List.of(w("Đúng", true, "100"), o("Sai", false)))))
                .extracting(RuleViolation::field).containsExactly("options[0].weight");
    }

    @Test
    void weightsAreJudgedAsTheyWillBeStoredWithThreeDecimals() {
        // 99.9999 is kept as 100.000: a wrong option earning the full mark
        assertThat(rules.check(question(QuestionKind.SINGLE, List.of(o("Đảng", true), w("Nhà nước", false, "99.9999")))))
                .extracting(RuleViolation::field).containsExactly("options[1].weight");
        // 0.0004 is kept as 0: a right option earning nothing, and the right weights no longer add up to 100
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "0.0004"),
                w("Nhà nước", true, "99.9996"), o("Pháo hạm", false))))).extracting(RuleViolation::field)
                .contains("options[0].weight");
        assertThat(rules.check(question(QuestionKind.MULTIPLE, List.of(w("Đảng", true, "33.33333"),
                w("Nhà nước", true, "33.33333"), w("Nhân dân", true, "33.33334"))))).isEmpty();
    }
}
