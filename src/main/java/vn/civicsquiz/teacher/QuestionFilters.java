package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.platform.problem.QueryParams;

/** Reads the filter query parameters shared by the question list, the export and the statistics. */
@ApplicationScoped
public class QuestionFilters {

    private final QuestionSets sets;

    private final QueryParams params;

    public QuestionFilters(QuestionSets sets, QueryParams params) {
        this.params = params;
        this.sets = sets;
    }

    /** @throws vn.civicsquiz.platform.problem.ProblemException 400 naming the parameter at fault */
    @Transactional
    public QuestionFilter read(String topic, String kind, String status, String origin, String set, String tag,
                               String author, String q, long teacherId) {
        Long setId = params.optionalId(set, "set");
        sets.requireVisible(setId, teacherId, "set");
        return new QuestionFilter(blankToNull(topic),
                params.enumOf(QuestionKind.class, kind, "kind"),
                params.enumOf(QuestionStatus.class, status, "status"),
                params.enumOf(QuestionOrigin.class, origin, "origin"),
                setId == null ? null : sets.subtree(setId), blankToNull(tag), params.optionalId(author, "author"),
                q == null || TextNormaliser.searchKey(q).isBlank() ? null : q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : TextNormaliser.nfc(value).strip();
    }
}
