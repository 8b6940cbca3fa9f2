package vn.civicsquiz.teacher.format;

import java.util.List;
import vn.civicsquiz.question.QuestionDraft;

/**
 * A question as an export writes it: its content and the category it is filed under, the names of its question
 * set's path from the top ({@code ["Giáo dục công dân 12", "Tuần 1"]}), or null when it is in no set and its topic
 * names its category.
 */
public record ExportedQuestion(QuestionDraft draft, List<String> setPath) {

    public static List<ExportedQuestion> byTopic(List<QuestionDraft> drafts) {
        return drafts.stream().map(d -> new ExportedQuestion(d, null)).toList();
    }

    public static List<QuestionDraft> drafts(List<ExportedQuestion> questions) {
        return questions.stream().map(ExportedQuestion::draft).toList();
    }

    /** The category's names below the top: the set path, else the topic alone, else none. */
    public List<String> category() {
        if (setPath != null && !setPath.isEmpty()) {
            return setPath;
        }
        return draft.topic() == null ? List.of() : List.of(draft.topic());
    }
}
