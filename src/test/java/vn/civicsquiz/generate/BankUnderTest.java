package vn.civicsquiz.generate;

import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.question.QuestionDraft;

/** The curated fact catalogue and the bank generated from it, once per test JVM, for the bank-wide tests. */
final class BankUnderTest {

    static final long SEED = 20211214L;
    private static final List<Fact> FACTS = FactCatalog.load().facts();
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
