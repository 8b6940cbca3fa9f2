package vn.civicsquiz.generate;

import java.util.List;

import vn.civicsquiz.question.QuestionDraft;

/** One way of asking about the facts. Implementations are pure: the same base and seed give the same drafts. */
interface QuestionTemplate {

    List<QuestionDraft> build(FactBase base, long seed);
}
