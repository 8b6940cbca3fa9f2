package vn.civicsquiz.generate;

import java.util.List;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.question.QuestionDraft;

/** The facts and the bank the bank-wide tests run on, generated once per test JVM. */
final class BankUnderTest {

    static final long SEED = 20211214L;
    private static final List<Fact> FACTS = SeedFacts.all();
    private static final List<QuestionDraft> BANK = QuestionGenerator.generate(FACTS, SEED);

    private BankUnderTest() {
    }

    static List<Fact> facts() {
        return FACTS;
    }

    static List<QuestionDraft> bank() {
        return BANK;
    }
}
