package vn.civicsquiz.teacher.stats;

/**
 * How often one option of a choice question was picked.
 *
 * @param pickPercent picks as a share of the question's answers, 0-100 (a MULTIPLE answer picks several)
 * @param neverPicked a wrong option nobody chose although the question was answered: a distractor that does no work
 */
public record OptionStat(long optionId, int ordinal, String text, boolean correct, long picks, Double pickPercent,
                         boolean neverPicked) {
}
