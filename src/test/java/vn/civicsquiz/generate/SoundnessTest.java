package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * The soundness rules over every question of the generated bank and every fact it rests on (issue 15): a failure
 * names each question that would teach something false, have two right answers, or read badly. The second half
 * shows that each rule does catch the fault it is for, on a question made to have it.
 */
class SoundnessTest {

    private static final SoundnessChecker BANK = new SoundnessChecker(BankUnderTest.bank(), BankUnderTest.facts());

    @Test
    void noDistractorOrFalseStatementIsEntailedByTheBoundTheArticleStates() {
        assertThat(BANK.boundsProblems()).isEmpty();
    }

    @Test
    void questionsWithTheSameStemHaveTheSameKey() {
        assertThat(BANK.sameStemProblems()).isEmpty();
    }

    @Test
    void timeBoundFactsAreAskedWithTheirTimeAndSubject() {
        assertThat(BANK.timeAndSubjectProblems()).isEmpty();
    }

    @Test
    void guillemetsHoldOnlyTheArticlesOwnWords() {
        assertThat(BANK.guillemetProblems()).isEmpty();
    }

    @Test
    void theQuoteShownHoldsTheTestedValueOrName() {
        assertThat(BANK.quoteProblems()).isEmpty();
    }

    @Test
    void eachTopicsTrueFalseStatementsAreBetweenFortyAndSixtyPercentTrue() {
        assertThat(BANK.balanceProblems()).isEmpty();
    }

    @Test
    void noValueOutsideTheMeasuresKnownRange() {
        assertThat(BANK.impossibleValueProblems()).isEmpty();
    }

    @Test
    void noWordOrDateRepeatsAtATemplateSeam() {
        assertThat(BANK.seamProblems()).isEmpty();
    }

    @Test
    void everyStemIdentifiesOneFact() {
        assertThat(BANK.ambiguityProblems()).isEmpty();
    }

    @Test
    void aPhraseAndItsMeaningOrContextShareNoWordTheWrongOptionsDoNot() {
        assertThat(BANK.echoProblems()).isEmpty();
    }

    @Test
    void anEchoingKeyIsCaught() {
        QuestionDraft meaning = BankUnderTest.bank().stream().filter(q -> q.kind() == QuestionKind.SINGLE
                && q.stem().contains("«thế chân kiềng»") && q.stem().contains("có nghĩa")).findFirst().orElseThrow();
        QuestionDraft echoing = new QuestionDraft(meaning.kind(), meaning.topic(), meaning.title(), meaning.stem(),
                meaning.options().stream().map(o -> o.correct() ? new OptionDraft("Thế vững chắc như ba chân kiềng",
                        true, null, null, null, null) : o).toList(), null, null, meaning.explanation(),
                meaning.difficulty(), meaning.factIds(), meaning.sourceId(), meaning.quote());
        assertThat(new SoundnessChecker(List.of(echoing), BankUnderTest.facts()).echoProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(meaning), BankUnderTest.facts()).echoProblems()).isEmpty();
    }

    @Test
    void noStemGivesAwayItsOwnAnswerOrACountAskedElsewhere() {
        assertThat(BANK.giveawayProblems()).isEmpty();
    }

    @Test
    void everyFalseStatementIsContradictedByTheArticles() {
        assertThat(BANK.unverifiableProblems()).isEmpty();
    }

    @Test
    void everyCoreFactIsAskedAndNoFactBeyondItsWeight() {
        assertThat(BANK.coverageProblems()).isEmpty();
    }

    @Test
    void aNegativeExplanationQuotesTheKeysOwnSentence() {
        assertThat(BANK.negativeQuoteProblems()).isEmpty();
    }

    @Test
    void theForeignPolicyLineIsNeverKeyedAsNotATask() {
        assertThat(BANK.lineKeyedAsNotATaskProblems()).isEmpty();
    }

    @Test
    void theSizeOfAWholeGroupIsNeverAskedAsACount() {
        assertThat(BANK.wholeGroupCountProblems()).isEmpty();
    }

    @Test
    void everyStemAboutTheTasksOrLessonsNamesWhoGaveTheListAndWhen() {
        assertThat(BANK.unnamedListProblems()).isEmpty();
    }

    @Test
    void aTrueAndAFalseTwinStatementAlwaysShareAFact() {
        assertThat(BANK.twinStatementProblems()).isEmpty();
    }

    @Test
    void noWrongDateIsLaterThanTheArticle() {
        assertThat(BANK.laterThanTheArticleProblems()).isEmpty();
    }

    @Test
    void theKeyIsNotGivenAwayByBeingTheLongestOption() {
        for (QuestionKind kind : List.of(QuestionKind.SINGLE, QuestionKind.NEGATIVE)) {
            List<QuestionDraft> ofKind = BankUnderTest.bank().stream().filter(q -> q.kind() == kind).toList();
            assertThat(longestKeyShare(ofKind)).as(kind + ": share of keys strictly longer than every other option")
                    .isLessThanOrEqualTo(1.5 * chance(ofKind));
        }
    }

    @Test
    void aBankWhoseKeysAreAlwaysTheLongestIsCaught() {
        List<QuestionDraft> giveaway = BankUnderTest.bank().stream().filter(q -> q.kind() == QuestionKind.SINGLE)
                .map(q -> new QuestionDraft(q.kind(), q.topic(), q.title(), q.stem(), q.options().stream()
                        .map(o -> o.correct() ? new OptionDraft(o.text() + " — đúng như bài viết đã nêu rõ", true,
                                o.position(), o.match(), o.weight(), o.feedback()) : o).toList(),
                        q.numericAnswer(), q.tolerance(), q.explanation(), q.difficulty(), q.factIds(), q.sourceId(),
                        q.quote())).toList();
        assertThat(longestKeyShare(giveaway)).isGreaterThan(1.5 * chance(giveaway));
    }

    /** Of these questions, the share whose key is strictly longer than each other option. */
    private static double longestKeyShare(List<QuestionDraft> questions) {
        long longest = questions.stream().filter(q -> {
            int key = q.options().stream().filter(OptionDraft::correct).mapToInt(o -> o.text().length()).max()
                    .orElse(0);
            return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < key);
        }).count();
        return questions.isEmpty() ? 0 : (double) longest / questions.size();
    }

    /** The share a random pick of one option would get. */
    private static double chance(List<QuestionDraft> questions) {
        return questions.stream().mapToDouble(q -> 1.0 / q.options().size()).average().orElse(0);
    }

    // ---- each rule catches its fault ----

    @Test
    void aWrongDateAfterTheArticleIsCaught() {
        Fact aid = figure("fig-aid", "exact", null, 50, Map.of()); // article 000, published 2021-12-14
        QuestionDraft later = single(aid, "Sự kiện diễn ra vào thời gian nào?", "Tháng 11/2021", "Tháng 10/2021",
                "Tháng 12/2022", "Năm 2020");
        QuestionDraft earlier = single(aid, "Sự kiện diễn ra vào thời gian nào?", "Tháng 11/2021", "Tháng 10/2021",
                "Ngày 13/12/2021", "Năm 2020");
        assertThat(new SoundnessChecker(List.of(later), List.of(aid)).laterThanTheArticleProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(earlier), List.of(aid)).laterThanTheArticleProblems()).isEmpty();
        Fact event = new Fact("event-x", FactSet.EVENTS, null, "Hội nghị", "Hội nghị", null, null, "2021-12-13",
                "000_7edb9b8851f52cde", "Hội nghị", Map.of("name", "Hội nghị"));
        assertThat(new SoundnessChecker(List.of(statement(event, "Hội nghị đến năm 2030 diễn ra vào ngày 15/12/2021.",
                false)), List.of(event)).laterThanTheArticleProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(statement(event, "Hội nghị đến năm 2030 diễn ra vào ngày 12/12/2021.",
                false)), List.of(event)).laterThanTheArticleProblems()).isEmpty();
    }

    @Test
    void aTaskStemWithoutItsSpeakerAndTwinsWithoutACommonFactAreCaught() {
        Fact aid = figure("fig-aid", "exact", null, 50, Map.of());
        QuestionDraft unnamed = single(aid, "Nhiệm vụ trọng tâm thứ ba của đối ngoại theo tinh thần Đại hội XIII là gì?",
                "a", "b", "c", "d");
        QuestionDraft named = single(aid, "Nhiệm vụ trọng tâm thứ ba của đối ngoại mà Phó Thủ tướng Thường trực Phạm Bình"
                + " Minh nêu tại Hội nghị Đối ngoại toàn quốc ngày 14/12/2021 là gì?", "a", "b", "c", "d");
        assertThat(new SoundnessChecker(List.of(unnamed), List.of(aid)).unnamedListProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(named), List.of(aid)).unnamedListProblems()).isEmpty();

        Fact other = figure("fig-other", "exact", null, 60, Map.of());
        QuestionDraft right = statement(aid, "Nhiệm vụ trọng tâm thứ ba là «Triển khai mạnh mẽ đối ngoại đa phương».", true);
        QuestionDraft twinOfAnotherFact = statement(other, "Nhiệm vụ trọng tâm thứ ba là «Giữ gìn bản sắc».", false);
        QuestionDraft twinOfTheSameFact = statement(aid, "Nhiệm vụ trọng tâm thứ ba là «Giữ gìn bản sắc».", false);
        List<Fact> both = List.of(aid, other);
        assertThat(new SoundnessChecker(List.of(right, twinOfAnotherFact), both).twinStatementProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(right, twinOfTheSameFact), both).twinStatementProblems()).isEmpty();
        assertThat(new SoundnessChecker(List.of(statement(aid, "Việt Nam viện trợ 50 quốc gia.", true),
                statement(other, "Việt Nam viện trợ 45 quốc gia.", false)), both).twinStatementProblems()).hasSize(1);
    }

    private static Fact counted(String id, String bound, String qualifier, int value, String unit, String counts) {
        Fact base = figure(id, bound, qualifier, value, Map.of("counts", counts));
        return new Fact(id, FactSet.FIGURES, null, base.label(), base.text(), base.value(), unit, base.asOf(),
                base.source(), base.quote(), base.attributes());
    }

    @Test
    void aWhatItCountsDistractorThatFitsTheBoundOrIsAbsurdIsCaught() {
        Fact aid = counted("fig-aid", "more-than", "trên", 50, "quốc gia", "quốc gia được viện trợ");
        Fact relations = counted("fig-rel", "exact", null, 193, "quốc gia", "quốc gia có quan hệ ngoại giao");
        Fact parties = counted("fig-par", "exact", null, 30, "quốc gia", "quốc gia có chính đảng quan hệ");
        Fact years = counted("fig-years", "exact", null, 35, "năm", "năm đổi mới");
        Fact partners = counted("fig-partners", "exact", null, 30, "đối tác", "đối tác chiến lược");
        Fact markets = counted("fig-markets", "exact", null, 40, "thị trường", "thị trường xuất khẩu");
        Fact tiny = counted("fig-tiny", "exact", null, 3, "tổ chức", "tổ chức khu vực");
        List<Fact> all = List.of(aid, relations, parties, years, partners, markets, tiny);
        String stem = "Trong các bài viết, con số «trên 50» chỉ điều gì?";
        QuestionDraft fits = single(aid, stem, FigureWording.countsOption(aid), FigureWording.countsOption(relations),
                FigureWording.countsOption(parties), FigureWording.countsOption(partners));
        QuestionDraft absurd = single(aid, stem, FigureWording.countsOption(aid), FigureWording.countsOption(years),
                FigureWording.countsOption(tiny), FigureWording.countsOption(partners));
        QuestionDraft sound = single(aid, stem, FigureWording.countsOption(aid), FigureWording.countsOption(parties),
                FigureWording.countsOption(markets), FigureWording.countsOption(partners));
        assertThat(new SoundnessChecker(List.of(fits), all).boundsProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(absurd), all).boundsProblems()).hasSize(2);
        assertThat(new SoundnessChecker(List.of(sound), all).boundsProblems()).isEmpty();
    }

    private static QuestionDraft matching(List<Fact> rows) {
        List<OptionDraft> options = rows.stream().map(f -> new OptionDraft(FigureWording.countsOption(f), true, null,
                FigureWording.bare(f), null, null)).toList();
        Fact first = rows.get(0);
        return new QuestionDraft(QuestionKind.MATCHING, "figures", null,
                "Ghép mỗi nội dung với con số đúng theo các bài viết.", options, null, null, "x", 0.6,
                rows.stream().map(Fact::id).toList(), first.source(), first.quote());
    }

    @Test
    void aMatchingWithASecondCompleteMatchingIsCaught() {
        Fact aid = counted("fig-aid", "more-than", "trên", 50, "quốc gia", "quốc gia được viện trợ");
        Fact relations = counted("fig-rel", "exact", null, 193, "quốc gia", "quốc gia có quan hệ ngoại giao");
        Fact parties = counted("fig-par", "exact", null, 30, "quốc gia", "quốc gia có chính đảng quan hệ");
        List<Fact> all = List.of(aid, relations, parties);
        // both swaps hold: 193 is "trên 50", and "193" is not ruled out for a count stated as "trên 50"
        assertThat(new SoundnessChecker(List.of(matching(List.of(aid, relations))), all).boundsProblems())
                .hasSize(2);
        assertThat(new SoundnessChecker(List.of(matching(List.of(aid, parties))), all).boundsProblems()).isEmpty();
    }

    private static Fact listed(String id, FactSet set, String label, String quote) {
        return new Fact(id, set, 1, label, label, null, null, "2021-12-14", "000_7edb9b8851f52cde", quote, Map.of());
    }

    @Test
    void aNegativeQuotingAMembersSentenceAndTheLineKeyedAsNotATaskAreCaught() {
        Fact task = listed("task-x", FactSet.NINE_TASKS, "Xây dựng nền ngoại giao toàn diện",
                "Một là, xây dựng nền ngoại giao toàn diện");
        Fact line = listed("lesson-x", FactSet.FIVE_LESSONS, "Nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ",
                "Hai là, nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ");
        Fact other = listed("lesson-y", FactSet.FIVE_LESSONS, "Nắm vững thời cơ", "Năm là, nắm vững thời cơ");
        String stem = "Nội dung nào sau đây KHÔNG phải là một trong các nhiệm vụ trọng tâm?";
        QuestionDraft memberQuoted = negative(stem, other, task, task.quote());
        QuestionDraft keyQuoted = negative(stem, other, task, other.quote());
        List<Fact> all = List.of(task, line, other);
        assertThat(new SoundnessChecker(List.of(memberQuoted), all).negativeQuoteProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(keyQuoted), all).negativeQuoteProblems()).isEmpty();
        assertThat(new SoundnessChecker(List.of(negative(stem, line, task, line.quote())), all)
                .lineKeyedAsNotATaskProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(keyQuoted), all).lineKeyedAsNotATaskProblems()).isEmpty();
    }

    private static QuestionDraft negative(String stem, Fact key, Fact member, String quote) {
        List<OptionDraft> options = List.of(OptionDraft.choice(key.label(), true),
                OptionDraft.choice(member.label(), false));
        return new QuestionDraft(QuestionKind.NEGATIVE, member.set().slug(), null, stem, options, null, null,
                "x Bài viết ghi: “" + quote + "”", 0.45, List.of(member.id(), key.id()), member.source(), quote);
    }

    @Test
    void aWholeGroupCountAndAParenthesisBeforeTheQuestionMarkAreCaught() {
        Fact p5 = figure("fig-p5", "exact", null, 5, Map.of("max", "5"));
        QuestionDraft count = single(p5, "Có bao nhiêu quốc gia?", "5 quốc gia", "4 quốc gia", "3 quốc gia",
                "2 quốc gia");
        assertThat(new SoundnessChecker(List.of(count), List.of(p5)).wholeGroupCountProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(statement(p5, p5.text(), true)), List.of(p5))
                .wholeGroupCountProblems()).isEmpty();
        assertThat(SoundnessChecker.seam("Có bao nhiêu nhóm Hà Nội sẽ tập trung (Hội nghị ngày 14/12/2021)?"))
                .isPresent();
        assertThat(SoundnessChecker.seam("Tại Hội nghị ngày 14/12/2021, Hà Nội sẽ tập trung vào bao nhiêu nhóm?"))
                .isEmpty();
    }

    private static Fact figure(String id, String bound, String qualifier, int value, Map<String, String> more) {
        Map<String, String> attributes = new LinkedHashMap<>(Map.of("counts", "quốc gia được viện trợ",
                "bound", bound, "time", "đến tháng 12/2021", "subject", "Việt Nam"));
        if (qualifier != null) {
            attributes.put("qualifier", qualifier);
        }
        attributes.putAll(more);
        String hedge = qualifier == null ? "" : qualifier + " ";
        return new Fact(id, FactSet.FIGURES, null, hedge + value + " quốc gia",
                "Đến tháng 12/2021, Việt Nam đã viện trợ cho " + hedge + value + " quốc gia.", BigDecimal.valueOf(value),
                "quốc gia", "2021-12-14", "000_7edb9b8851f52cde",
                "viện trợ vật tư y tế và tài chính cho trên 50 quốc gia và tổ chức quốc tế", attributes);
    }

    private static QuestionDraft single(Fact fact, String stem, String right, String... wrong) {
        List<OptionDraft> options = new ArrayList<>(List.of(OptionDraft.choice(right, true)));
        for (String w : wrong) {
            options.add(OptionDraft.choice(w, false));
        }
        return new QuestionDraft(QuestionKind.SINGLE, fact.set().slug(), null, stem, options, null, null,
                "x Bài viết ghi: “" + fact.quote() + "”", 0.5, List.of(fact.id()), fact.source(), fact.quote());
    }

    private static QuestionDraft statement(Fact fact, String stem, boolean isTrue) {
        return new QuestionDraft(QuestionKind.TRUE_FALSE, fact.set().slug(), null, stem,
                List.of(OptionDraft.choice("Đúng", isTrue), OptionDraft.choice("Sai", !isTrue)), null, null,
                "x", 0.5, List.of(fact.id()), fact.source(), fact.quote());
    }

    @Test
    void aHedgedDistractorThatIsAlsoTrueIsCaught() {
        Fact aid = figure("fig-aid", "more-than", "trên", 50, Map.of());
        QuestionDraft q = single(aid, "Đến tháng 12/2021, Việt Nam viện trợ cho bao nhiêu quốc gia?", "Trên 50 quốc gia",
                "Trên 45 quốc gia", "Trên 55 quốc gia", "Dưới 20 quốc gia");
        assertThat(new SoundnessChecker(List.of(q), List.of(aid)).boundsProblems()).isNotEmpty();
    }

    @Test
    void aFillInDistractorOnTheTrueSideOfABoundIsCaught() {
        Fact aid = figure("fig-aid", "more-than", "trên", 50, Map.of());
        String stem = FigureWording.FILL_IN + "Đến tháng 12/2021, Việt Nam đã viện trợ cho trên … quốc gia.";
        QuestionDraft below = single(aid, stem, "50", "45", "55", "60");
        QuestionDraft above = single(aid, stem, "50", "55", "60", "70");
        assertThat(new SoundnessChecker(List.of(below), List.of(aid)).boundsProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(above), List.of(aid)).boundsProblems()).isEmpty();
        Fact nearly = figure("fig-nearly", "nearly", "gần", 50, Map.of());
        String upper = FigureWording.FILL_IN + "Đến tháng 12/2021, Việt Nam đã viện trợ cho gần … quốc gia.";
        assertThat(new SoundnessChecker(List.of(single(nearly, upper, "50", "45", "40", "55")), List.of(nearly))
                .boundsProblems()).hasSize(1);
    }

    @Test
    void aRespeltQuotationIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft asWritten = single(a, "«nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hoá» là gì?",
                "A", "B", "C", "D");
        QuestionDraft respelt = single(a, "«nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa» là gì?",
                "A", "B", "C", "D");
        assertThat(new SoundnessChecker(List.of(asWritten), List.of(a)).guillemetProblems()).isEmpty();
        assertThat(new SoundnessChecker(List.of(respelt), List.of(a)).guillemetProblems()).hasSize(1);
    }

    @Test
    void aPhraseSaidInSeveralPlacesAskedForItsContextIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft twice = single(a, "Cụm từ «trọng yếu, thường xuyên» được nêu trong bối cảnh nào?", "A", "B", "C",
                "D");
        QuestionDraft once = single(a, "Theo các bài viết, ai đã nêu «bảo đảm quốc phòng, an ninh và đẩy mạnh đối ngoại là "
                + "trọng yếu, thường xuyên»?", "A", "B", "C", "D");
        assertThat(new SoundnessChecker(List.of(twice), List.of(a)).ambiguityProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(once), List.of(a)).ambiguityProblems()).isEmpty();
    }

    @Test
    void aPositionAskedWithoutTheArticleAndAFalseTermAreCaught() {
        Fact seat = new Fact("event-seat", FactSet.EVENTS, null, "Ủy viên không thường trực", "x", null, null,
                "2024-09-01", "002_17586b125ab360a7", "nhiệm kỳ 2020-2021",
                Map.of("name", "Việt Nam là Ủy viên không thường trực", "holder", "Việt Nam", "term", "nhiệm kỳ 2020-2021"));
        QuestionDraft unanchored = single(seat, "Việt Nam đảm nhiệm vị trí Ủy viên không thường trực vào thời gian nào?",
                "Nhiệm kỳ 2020-2021", "Nhiệm kỳ 2014-2015", "Nhiệm kỳ 2016-2017", "Nhiệm kỳ 2012-2013");
        QuestionDraft anchored = single(seat, "Theo bài viết năm 2024, Việt Nam đảm nhiệm vị trí Ủy viên không thường "
                + "trực vào thời gian nào?", "Nhiệm kỳ 2020-2021", "Nhiệm kỳ 2014-2015", "Nhiệm kỳ 2016-2017",
                "Nhiệm kỳ 2012-2013");
        assertThat(new SoundnessChecker(List.of(unanchored), List.of(seat)).ambiguityProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(anchored), List.of(seat)).ambiguityProblems()).isEmpty();
        QuestionDraft otherTerm = statement(seat, "Việt Nam đảm nhiệm vị trí Ủy viên không thường trực nhiệm kỳ 2012-2013.",
                false);
        assertThat(new SoundnessChecker(List.of(otherTerm), List.of(seat)).unverifiableProblems()).hasSize(1);
    }

    @Test
    void aCountGivenAwayByAnotherStemIsCaught() {
        Fact tasks = new Fact("fig-tasks", FactSet.FIGURES, null, "9 nhiệm vụ",
                "Hội nghị xác định 9 nhiệm vụ trọng tâm.", BigDecimal.valueOf(9), "nhiệm vụ", "2021-12-14",
                "000_7edb9b8851f52cde", "tập trung vào 9 nhiệm vụ trọng tâm",
                Map.of("counts", "nhiệm vụ trọng tâm của đối ngoại", "bound", "exact"));
        Fact other = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft count = single(tasks, "Có bao nhiêu nhiệm vụ trọng tâm của đối ngoại?", "9 nhiệm vụ",
                "7 nhiệm vụ", "8 nhiệm vụ", "10 nhiệm vụ");
        QuestionDraft telling = single(other, "Trong chín nhiệm vụ trọng tâm của đối ngoại, nhiệm vụ nào?", "A", "B",
                "C", "D");
        QuestionDraft silent = single(other, "Trong các nhiệm vụ trọng tâm của đối ngoại, nhiệm vụ nào?", "A", "B",
                "C", "D");
        assertThat(new SoundnessChecker(List.of(count, telling), List.of(tasks, other)).giveawayProblems()).hasSize(1);
        assertThat(new SoundnessChecker(List.of(count, silent), List.of(tasks, other)).giveawayProblems()).isEmpty();
    }

    @Test
    void aFalseStatementOnTheTrueSideOfABoundIsCaught() {
        Fact aid = figure("fig-aid", "more-than", "trên", 50, Map.of());
        QuestionDraft q = statement(aid, "Đến tháng 12/2021, Việt Nam đã viện trợ cho trên 45 quốc gia.", false);
        assertThat(new SoundnessChecker(List.of(q), List.of(aid)).boundsProblems()).hasSize(1);
        QuestionDraft fine = statement(aid, "Đến tháng 12/2021, Việt Nam đã viện trợ cho trên 50 quốc gia.", true);
        assertThat(new SoundnessChecker(List.of(fine), List.of(aid)).boundsProblems()).isEmpty();
    }

    @Test
    void aToleranceOnAnExactCountIsCaught() {
        Fact count = figure("fig-count", "exact", null, 140, Map.of());
        QuestionDraft q = new QuestionDraft(QuestionKind.NUMERIC, "figures", null,
                "Đến tháng 12/2021, Việt Nam viện trợ cho bao nhiêu quốc gia?", List.of(), BigDecimal.valueOf(140),
                BigDecimal.valueOf(7), "x", 0.5, List.of(count.id()), count.source(), count.quote());
        assertThat(new SoundnessChecker(List.of(q), List.of(count)).boundsProblems()).isNotEmpty();
    }

    @Test
    void oneStemWithTwoKeysIsCaught() {
        Fact a = figure("fig-a", "exact", null, 5, Map.of());
        QuestionDraft one = single(a, "Con số «5» chỉ điều gì?", "Số bài học", "Số trụ cột", "Số nhóm", "Số năm");
        QuestionDraft two = single(a, "Con số «5» chỉ điều gì?", "Số nhóm", "Số trụ cột", "Số bài học", "Số năm");
        assertThat(new SoundnessChecker(List.of(one, two), List.of(a)).sameStemProblems()).hasSize(1);
    }

    @Test
    void aStemWithoutTheFactsTimeOrSubjectIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft q = single(a, "Có bao nhiêu quốc gia được viện trợ?", "140 quốc gia", "120 quốc gia",
                "150 quốc gia", "160 quốc gia");
        assertThat(new SoundnessChecker(List.of(q), List.of(a)).timeAndSubjectProblems()).hasSize(2);
    }

    @Test
    void aParaphraseInGuillemetsIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft verbatim = single(a, "«Củng cố tin cậy chính trị, mở rộng và làm sâu sắc hơn quan hệ» là gì?",
                "A", "B", "C", "D");
        QuestionDraft shortened = single(a, "«Củng cố tin cậy chính trị, làm sâu sắc quan hệ» là gì?", "A", "B", "C", "D");
        assertThat(new SoundnessChecker(List.of(verbatim), List.of(a)).guillemetProblems()).isEmpty();
        assertThat(new SoundnessChecker(List.of(shortened), List.of(a)).guillemetProblems()).hasSize(1);
    }

    @Test
    void aQuoteWithoutTheTestedNumberIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        QuestionDraft q = single(a, "Đến tháng 12/2021, Việt Nam viện trợ cho bao nhiêu quốc gia?", "140 quốc gia",
                "120 quốc gia", "150 quốc gia", "160 quốc gia");
        assertThat(new SoundnessChecker(List.of(q), List.of(a)).quoteProblems()).hasSize(1);
    }

    @Test
    void aLopsidedTopicIsCaught() {
        Fact a = figure("fig-a", "exact", null, 140, Map.of());
        List<QuestionDraft> bank = List.of(statement(a, "A.", false), statement(a, "B.", false),
                statement(a, "C.", false), statement(a, "D.", true));
        assertThat(new SoundnessChecker(bank, List.of(a)).balanceProblems()).hasSize(1);
    }

    @Test
    void anImpossibleDistractorIsCaught() {
        Fact members = figure("fig-p5", "exact", null, 5, Map.of("max", "5"));
        QuestionDraft q = single(members, "Đến tháng 12/2021, Việt Nam có bao nhiêu?", "5 quốc gia", "7 quốc gia",
                "4 quốc gia", "3 quốc gia");
        assertThat(new SoundnessChecker(List.of(q), List.of(members)).impossibleValueProblems()).hasSize(1);
    }

    @Test
    void aRepeatedDateOrWordAtASeamIsCaught() {
        assertThat(SoundnessChecker.seam("Đến năm 2018, có bao nhiêu tỷ USD vốn FDI năm 2018?")).isPresent();
        assertThat(SoundnessChecker.seam("Nhiệm vụ (năm 2019) (đến năm 2019)")).isPresent();
        assertThat(SoundnessChecker.seam("Theo bài viết năm 2021: Theo báo Điện Biên Phủ, …")).isPresent();
        assertThat(SoundnessChecker.seam("Đây là là câu hỏi.")).isPresent();
        assertThat(SoundnessChecker.QUOTE_CUT.matcher("xây dựng nền ngoại giao toàn diện, hiện đại với 3 trụ cột là")
                .find()).isTrue();
        assertThat(SoundnessChecker.QUOTE_CUT.matcher("với 3 trụ cột là: đối ngoại đảng, ngoại giao nhà nước và đối ngoại"
                + " nhân dân").find()).isFalse();
        assertThat(SoundnessChecker.seam("Nhiệm vụ trọng tâm thứ ba trong các nhiệm vụ trọng tâm của đối ngoại là gì?"))
                .isPresent();
        assertThat(SoundnessChecker.seam("Trong các nhiệm vụ trọng tâm của đối ngoại, nhiệm vụ thứ ba là gì?")).isEmpty();
        assertThat(SoundnessChecker.familyNamedTwice("«X» không thuộc các bài học kinh nghiệm …; đó là nhiệm vụ trọng"
                + " tâm thứ ba của đối ngoại mà … ; «Y» là bài học kinh nghiệm thứ hai")).isPresent();
        assertThat(SoundnessChecker.seam("Năm 2019, Hà Nội đón 7,1 triệu lượt khách quốc tế.")).isEmpty();
        assertThat(SoundnessChecker.seam("Có bao nhiêu năm đổi mới mà Hội nghị Đối ngoại toàn quốc đánh giá?")).isPresent();
        assertThat(SoundnessChecker.seam("Chiến lược ngoại giao văn hóa đến năm 2030 gắn với thời điểm nào?")).isPresent();
        assertThat(SoundnessChecker.seam("Có bao nhiêu năm mà báo cáo tập trung vào?")).isPresent();
        assertThat(SoundnessChecker.seam("Số hải lý mà thềm lục địa (2024) nằm ngoài")).isPresent();
        assertThat(SoundnessChecker.seam("Chỉ thị số 32-CT/TW được ban hành vào ngày 18/2/2019.")).isEmpty();
    }
}
