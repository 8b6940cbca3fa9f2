package vn.civicsquiz.teacher;

import java.math.BigDecimal;
import java.util.List;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionMapper;
import vn.civicsquiz.teacher.format.ImportedText;

/** Entity to API record, with numbers shown as written (189, not 189.000000) and difficulty as stored (0.4). */
final class QuestionViews {

    /** Tags in Vietnamese dictionary order ("ôn thi" before "Tuần 1"), case ignored. */
    private static final java.text.Collator TAG_ORDER = java.text.Collator.getInstance(
            java.util.Locale.forLanguageTag("vi"));

    private QuestionViews() {
    }

    static QuestionView view(Question q, boolean answered) {
        List<QuestionView.OptionView> options = q.options.stream().map(o -> new QuestionView.OptionView(o.text,
                o.correct, o.position == null ? null : (int) o.position, o.match, plain(o.weight), o.feedback)).toList();
        return new QuestionView(q.id, q.version, q.status, q.origin, q.kind, q.topic, q.title, q.stem, options,
                plain(q.numericAnswer), plain(q.tolerance), q.explanation, difficulty(q.difficulty),
                q.factIds.stream().sorted().toList(), q.sourceId, q.quote, answered, q.createdAt, q.updatedAt, q.setId,
                q.tags.stream().sorted(TAG_ORDER).toList(), q.createdBy,
                ImportedText.shownAsWritten(QuestionMapper.toDraft(q)), q.replaces, q.updatedBy);
    }

    /** The stored content as a draft, for export. */
    static QuestionDraft draft(Question q) {
        QuestionDraft d = QuestionMapper.toDraft(q);
        List<QuestionDraft.OptionDraft> options = d.options().stream().map(o -> new QuestionDraft.OptionDraft(
                o.text(), o.correct(), o.position(), o.match(), plain(o.weight()), o.feedback())).toList();
        return new QuestionDraft(d.kind(), d.topic(), d.title(), d.stem(), options, plain(d.numericAnswer()),
                plain(d.tolerance()), d.explanation(), difficulty(q.difficulty), d.factIds().stream().sorted().toList(),
                d.sourceId(), d.quote());
    }

    /** The column is a float: 0.4f widened would read 0.4000000059604645. */
    static double difficulty(float stored) {
        return Double.parseDouble(Float.toString(stored));
    }

    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
