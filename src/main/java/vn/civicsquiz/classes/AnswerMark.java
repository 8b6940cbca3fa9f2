package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a finished attempt as the teacher marks it: what was asked, what the learner answered and what
 * it earned.
 *
 * @param answer      the learner's answer as readable lines, empty when unanswered
 * @param rightAnswer the right answer as readable lines
 * @param credit      share of the mark earned, 0 to 1
 */
@Schema(name = "AnswerMark")
public record AnswerMark(int position, long questionId, String kind, String stem, List<String> answer,
                         List<String> rightAnswer, boolean correct, BigDecimal credit) {
}
