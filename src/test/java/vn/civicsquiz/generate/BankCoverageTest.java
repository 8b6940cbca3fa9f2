package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.fact.FactWeight;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionKind;

/** The bank is large and broad enough to build quizzes on every topic with every kind of question. */
class BankCoverageTest {

    private final List<QuestionDraft> bank = BankUnderTest.bank();

    @Test
    void atLeastThreeHundredFiftyDistinctQuestions() {
        // 377 on 3 December: a floor against a template silently producing nothing, not a target
        assertThat(bank.stream().map(QuestionHash::of).distinct().count()).isGreaterThanOrEqualTo(350);
    }

    @Test
    void everyGeneratedKindIsPresent() {
        Set<QuestionKind> kinds = bank.stream().map(QuestionDraft::kind).collect(Collectors.toSet());
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(QuestionKind.SHORT_ANSWER)));
    }

    @Test
    void everyTopicIsPresent() {
        Set<String> topics = bank.stream().map(QuestionDraft::topic).collect(Collectors.toSet());
        assertThat(topics).containsExactlyInAnyOrder(
                List.of(FactSet.values()).stream().map(FactSet::slug).toArray(String[]::new));
    }

    @Test
    void everyTaskLessonPillarAndFigureButTriviaIsAskedAbout() {
        Set<String> asked = bank.stream().flatMap(q -> q.factIds().stream()).collect(Collectors.toSet());
        for (FactSet set : List.of(FactSet.NINE_TASKS, FactSet.FIVE_LESSONS, FactSet.THREE_PILLARS, FactSet.FIGURES)) {
            List<String> ids = BankUnderTest.facts().stream().filter(f -> f.set() == set)
                    .filter(f -> FactWeight.of(f) != FactWeight.TRIVIA).map(Fact::id).toList();
            assertThat(ids).as(set.slug()).isNotEmpty();
            assertThat(asked).as(set.slug()).containsAll(ids);
        }
    }

    @Test
    void everyTaskLessonAndPillarHasAQuestionOfItsOwn() {
        Map<String, Long> asFirstFact = bank.stream()
                .collect(Collectors.groupingBy(q -> q.factIds().get(0), Collectors.counting()));
        BankUnderTest.facts().stream()
                .filter(f -> f.set() == FactSet.NINE_TASKS || f.set() == FactSet.FIVE_LESSONS
                        || f.set() == FactSet.THREE_PILLARS)
                .forEach(f -> assertThat(asFirstFact.getOrDefault(f.id(), 0L)).as(f.id()).isPositive());
    }
}
