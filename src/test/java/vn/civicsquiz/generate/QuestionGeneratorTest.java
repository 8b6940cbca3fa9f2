package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionKind;

class QuestionGeneratorTest {

    private final List<QuestionDraft> bank = QuestionGenerator.generate(SeedFacts.all(), 1L);

    @Test
    void theSameFactsAndSeedGiveTheSameQuestionsWhateverTheFactOrder() {
        List<Fact> shuffled = new ArrayList<>(SeedFacts.all());
        Collections.shuffle(shuffled, new Random(99));
        assertThat(QuestionGenerator.generate(shuffled, 1L)).isEqualTo(bank);
    }

    @Test
    void anotherSeedDrawsOtherDistractorsAndPositions() {
        List<QuestionDraft> other = QuestionGenerator.generate(SeedFacts.all(), 2L);
        assertThat(other).isNotEqualTo(bank);
        // the same kinds of question about the same facts are asked
        assertThat(other.stream().map(QuestionDraft::kind).distinct().sorted().toList())
                .isEqualTo(bank.stream().map(QuestionDraft::kind).distinct().sorted().toList());
        assertThat(other.stream().flatMap(q -> q.factIds().stream()).distinct().sorted().toList())
                .isEqualTo(bank.stream().flatMap(q -> q.factIds().stream()).distinct().sorted().toList());
    }

    @Test
    void asksForTheThirdTaskWithThreeOtherTasksAsDistractors() {
        QuestionDraft third = bank.stream().filter(q -> q.kind() == QuestionKind.SINGLE
                && q.stem().startsWith("Trong các nhiệm vụ trọng tâm") && q.stem().endsWith(", nhiệm vụ thứ ba là gì?"))
                .findFirst().orElseThrow();
        // the family is named once: no "nhiệm vụ trọng tâm thứ ba trong các nhiệm vụ trọng tâm"
        assertThat(third.stem()).containsOnlyOnce("nhiệm vụ trọng tâm");
        assertThat(correct(third)).containsExactly("Triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương");
        List<String> taskLabels = SeedFacts.tasks().stream().map(Fact::label).toList();
        assertThat(third.options()).extracting(OptionDraft::text).allMatch(taskLabels::contains);
        assertThat(third.factIds()).containsExactly("task-3");
        assertThat(third.explanation()).contains("Ba là, triển khai mạnh mẽ");
    }

    @Test
    void theTwentyTwentyFourCountOfCountriesNeverOffersTheTwentyTwentyOneCountAndViceVersa() {
        QuestionDraft in2024 = find(QuestionKind.SINGLE, "Đến tháng 9/2024, có bao nhiêu quốc gia có quan hệ ngoại giao");
        assertThat(correct(in2024)).containsExactly("193 quốc gia");
        assertThat(in2024.options()).extracting(OptionDraft::text).doesNotContain("189 quốc gia");
        QuestionDraft in2021 = find(QuestionKind.SINGLE, "Đến tháng 12/2021, có bao nhiêu quốc gia có quan hệ ngoại giao");
        assertThat(correct(in2021)).containsExactly("189 quốc gia");
        assertThat(in2021.options()).extracting(OptionDraft::text).doesNotContain("193 quốc gia");
        QuestionDraft typed = find(QuestionKind.NUMERIC, "Đến tháng 12/2021, có bao nhiêu quốc gia có quan hệ ngoại giao");
        assertThat(typed.numericAnswer()).isEqualByComparingTo("189");
        assertThat(typed.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theHanoiTrapIsNeverAPillar() {
        List<QuestionDraft> pillars = bank.stream().filter(q -> q.topic().equals("three-pillars")).toList();
        assertThat(pillars).isNotEmpty();
        for (QuestionDraft q : pillars) {
            if (q.kind() == QuestionKind.MULTIPLE || q.kind() == QuestionKind.SINGLE) {
                assertThat(correct(q)).doesNotContain("Đối ngoại kinh tế");
            }
        }
        QuestionDraft trap = find(QuestionKind.TRUE_FALSE, "Đối ngoại kinh tế là một trong các trụ cột");
        assertThat(correct(trap)).containsExactly("Sai");
        QuestionDraft chooseThree = find(QuestionKind.MULTIPLE, "Chọn các trụ cột");
        assertThat(correct(chooseThree)).containsExactlyInAnyOrder("Đối ngoại Đảng", "Ngoại giao Nhà nước",
                "Đối ngoại nhân dân");
    }

    @Test
    void falseStatementsAreControlledChangesOfTrueOnes() {
        QuestionDraft swappedOrdinal = bank.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE
                && q.factIds().get(0).equals("task-3") && correct(q).equals(List.of("Sai"))
                && q.stem().startsWith("Trong các nhiệm vụ trọng tâm")).findFirst().orElseThrow();
        assertThat(swappedOrdinal.stem()).doesNotContain(", nhiệm vụ thứ ba là:")
                .contains("«Triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương»");
        // it also tests the task really at the ordinal it names, so that task's true statement never shares its quiz
        assertThat(swappedOrdinal.factIds()).hasSize(2).doesNotHaveDuplicates();
        QuestionDraft changedNumber = bank.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE
                && q.factIds().equals(List.of("fig-parties")) && correct(q).equals(List.of("Sai")))
                .findFirst().orElseThrow();
        // the curated sentence, which names its time, with only the number changed
        assertThat(changedNumber.stem()).startsWith("Đến tháng 12/2021, Đảng ta đã thiết lập quan hệ với ")
                .endsWith(" chính đảng ở 111 quốc gia.").doesNotContain("247");
    }

    @Test
    void orderingOptionsCarryTheirPositionAndAreNotShownInOrder() {
        List<QuestionDraft> orderings = bank.stream().filter(q -> q.kind() == QuestionKind.ORDERING).toList();
        assertThat(orderings).isNotEmpty();
        for (QuestionDraft q : orderings) {
            List<Integer> shown = q.options().stream().map(OptionDraft::position).toList();
            assertThat(shown).isNotEqualTo(shown.stream().sorted().toList());
        }
        QuestionDraft allFiveLessons = orderings.stream().filter(q -> q.options().size() == 5
                && q.topic().equals("five-lessons")).findFirst().orElseThrow();
        assertThat(allFiveLessons.options().stream().filter(o -> o.position() == 1).findFirst().orElseThrow().text())
                .isEqualTo("Bảo đảm sự lãnh đạo trực tiếp, tuyệt đối, toàn diện của Đảng");
    }

    @Test
    void matchingPairsPeopleWithTheirRoles() {
        QuestionDraft q = find(QuestionKind.MATCHING, "Ghép mỗi người với chức vụ");
        for (OptionDraft pair : q.options()) {
            Fact person = SeedFacts.people().stream().filter(p -> p.attribute("name").equals(pair.text()))
                    .findFirst().orElseThrow();
            assertThat(pair.match()).isEqualTo(person.attribute("role"));
        }
    }

    @Test
    void theLessonBehindAMottoIsTheOneThatQuotesIt() {
        QuestionDraft q = bank.stream().filter(d -> d.kind() == QuestionKind.SINGLE
                && d.stem().contains("cụm từ «dĩ bất biến ứng vạn biến» gắn với bài học")).findFirst().orElseThrow();
        assertThat(correct(q)).containsExactly("Nhất quán đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa");
        assertThat(q.topic()).isEqualTo("phrases");
    }

    @Test
    void anExactCountIsTypedWithoutTolerance() {
        QuestionDraft q = find(QuestionKind.NUMERIC, "Đến tháng 12/2021, có bao nhiêu chính đảng");
        assertThat(q.numericAnswer()).isEqualByComparingTo("247");
        assertThat(q.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(q.stem()).endsWith("Nhập đúng con số bài viết nêu.");
    }

    @Test
    void aBoundIsAskedAsTheNumberTheArticleStatesAndNeverChangedIntoAFalseStatement() {
        List<QuestionDraft> parliaments = bank.stream().filter(q -> q.factIds().equals(List.of("fig-parliaments")))
                .toList();
        QuestionDraft choice = parliaments.stream().filter(q -> q.kind() == QuestionKind.SINGLE
                && q.stem().startsWith(FigureWording.FILL_IN)).findFirst().orElseThrow();
        assertThat(choice.stem()).contains("hơn …").doesNotContain("140");
        assertThat(correct(choice)).containsExactly("140");
        assertThat(choice.options()).extracting(OptionDraft::text).allMatch(t -> t.matches("[\\d.,]+"));
        QuestionDraft typed = parliaments.stream().filter(q -> q.kind() == QuestionKind.NUMERIC).findFirst()
                .orElseThrow();
        assertThat(typed.stem()).startsWith(FigureWording.FILL_IN);
        assertThat(typed.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(parliaments).filteredOn(q -> q.kind() == QuestionKind.TRUE_FALSE)
                .allMatch(q -> correct(q).equals(List.of("Đúng")));
        assertThat(parliaments).filteredOn(q -> q.kind() == QuestionKind.ORDERING).isEmpty();
    }

    @Test
    void duplicatesAreDroppedByContentHash() {
        List<Fact> twice = new ArrayList<>(SeedFacts.all());
        twice.addAll(SeedFacts.phrases().stream().map(p -> new Fact(p.id() + "-copy", p.set(), p.ordinal(), p.label(),
                p.text(), p.value(), p.unit(), p.asOf(), p.source(), p.quote(), p.attributes())).toList());
        List<QuestionDraft> withCopies = QuestionGenerator.generate(twice, 1L);
        assertThat(withCopies.stream().map(QuestionHash::of).distinct().count()).isEqualTo(withCopies.size());
    }

    private QuestionDraft find(QuestionKind kind, String stemStart) {
        return bank.stream().filter(q -> q.kind() == kind && q.stem().startsWith(stemStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " question starting " + stemStart));
    }

    private static List<String> correct(QuestionDraft q) {
        return q.options().stream().filter(OptionDraft::correct).map(OptionDraft::text).toList();
    }

    /**
     * A task whose wording restates part of a lesson (the catalogue's {@code overlaps}) is never given as "not a
     * lesson": neither as the odd one out, nor as a false statement, nor as a wrong option of "all that belong".
     */
    @Test
    void aTaskThatRestatesALessonIsNeverKeyedAsNotALesson() {
        List<QuestionDraft> shipped = QuestionGenerator.generate(BankUnderTest.facts(), BankUnderTest.SEED);
        List<Fact> overlapping = BankUnderTest.facts().stream().filter(f -> f.attribute("overlaps") != null).toList();
        assertThat(overlapping).extracting(Fact::id).contains("task-4", "task-8", "task-9");
        for (Fact task : overlapping) {
            assertThat(shipped).filteredOn(q -> q.stem().contains("bài học kinh nghiệm"))
                    .filteredOn(q -> q.options().stream().anyMatch(o -> o.text().equals(task.label()) && !o.correct())
                            || q.kind() == QuestionKind.NEGATIVE && q.options().stream()
                            .anyMatch(o -> o.text().equals(task.label()) && o.correct())
                            || q.kind() == QuestionKind.TRUE_FALSE && q.stem().contains("«" + task.label() + "»"))
                    .as(task.id()).isEmpty();
        }
    }
}
