package vn.civicsquiz.question;

import java.math.BigDecimal;
import vn.civicsquiz.content.text.TextNormaliser;
import java.util.ArrayList;
import java.util.List;

/** Copies question content between {@link QuestionDraft} and the {@link Question} entity. */
public final class QuestionMapper {

    private QuestionMapper() {
    }

    /** Fills a (new or draft) entity with the draft's content; origin, status and hash are set by the caller. */
    public static void copyContent(QuestionDraft draft, Question target) {
        copyScalars(draft, target);
        List<QuestionOption> options = new ArrayList<>();
        for (QuestionDraft.OptionDraft o : draft.options()) {
            QuestionOption option = new QuestionOption();
            option.text = o.text() == null ? "" : o.text();
            option.correct = o.correct();
            option.position = o.position() == null ? null : o.position().shortValue();
            option.match = o.match();
            option.weight = OptionRules.stored(o.weight());
            option.feedback = o.feedback();
            options.add(option);
        }
        target.replaceOptions(options);
        target.factIds.clear();
        target.factIds.addAll(draft.factIds());
        target.searchText = searchText(draft);
    }

    /**
     * Like {@link #copyContent} for a draft with the same options in the same order
     * ({@link QuestionHash#sameOptionsInOrder}): the option rows are kept and only what the hash leaves out (feedback, weights) changes, so attempts
     * that hold the options' ids stay readable.
     */
    public static void copyKeepingOptions(QuestionDraft draft, Question target) {
        if (!QuestionHash.sameOptionsInOrder(toDraft(target).options(), draft.options())) {
            throw new IllegalArgumentException("not the same options in the same order");
        }
        List<QuestionOption> kept = List.copyOf(target.options);
        copyScalars(draft, target);
        for (int i = 0; i < kept.size(); i++) {
            QuestionDraft.OptionDraft o = draft.options().get(i);
            QuestionOption option = kept.get(i);
            option.text = o.text() == null ? "" : o.text();
            option.match = o.match();
            option.weight = OptionRules.stored(o.weight());
            option.feedback = o.feedback();
        }
        target.factIds.clear();
        target.factIds.addAll(draft.factIds());
        target.searchText = searchText(draft);
    }

    private static void copyScalars(QuestionDraft draft, Question target) {
        target.kind = draft.kind();
        target.topic = draft.topic();
        target.title = draft.title();
        target.stem = draft.stem();
        target.explanation = draft.explanation();
        target.difficulty = (float) draft.difficulty();
        target.numericAnswer = draft.numericAnswer();
        target.tolerance = draft.tolerance();
        target.sourceId = draft.sourceId();
        target.quote = draft.quote();
    }

    /**
     * Stem and option texts as read, without their formatting, diacritic-insensitive (đ → d, marks removed, lower
     * case), as q= searches them.
     */
    public static String searchText(QuestionDraft draft) {
        StringBuilder text = new StringBuilder(draft.stem() == null ? "" : Markup.plain(draft.stem()));
        for (QuestionDraft.OptionDraft o : draft.options()) {
            text.append(' ').append(o.text() == null ? "" : Markup.plain(o.text()));
        }
        return TextNormaliser.searchKey(text.toString());
    }

    public static QuestionDraft toDraft(Question q) {
        List<QuestionDraft.OptionDraft> options = q.options.stream()
                .map(o -> new QuestionDraft.OptionDraft(o.text, o.correct,
                        o.position == null ? null : (int) o.position, o.match, o.weight, o.feedback))
                .toList();
        return new QuestionDraft(q.kind, q.topic, q.title, q.stem, options, strip(q.numericAnswer),
                strip(q.tolerance), q.explanation, q.difficulty, List.copyOf(q.factIds), q.sourceId, q.quote);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
