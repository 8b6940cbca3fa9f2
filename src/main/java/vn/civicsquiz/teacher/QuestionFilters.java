package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.teacher.stats.StatsParams;

/** Reads the filter query parameters shared by the question list, the export and the statistics. */
@ApplicationScoped
public class QuestionFilters {

    private final QuestionSets sets;

    public QuestionFilters(QuestionSets sets) {
        this.sets = sets;
    }

    /** @throws vn.civicsquiz.platform.problem.ProblemException 400 naming the parameter at fault */
    @Transactional
    public QuestionFilter read(String topic, String kind, String status, String origin, String set, String tag,
                               String author, String q, long teacherId) {
        Long setId = StatsParams.optionalId(set, "set");
        sets.requireVisible(setId, teacherId, "set");
        return new QuestionFilter(blankToNull(topic),
                QueryParams.enumOf(QuestionKind.class, kind, "kind"),
                QueryParams.enumOf(QuestionStatus.class, status, "status"),
                QueryParams.enumOf(QuestionOrigin.class, origin, "origin"),
                setId == null ? null : sets.subtree(setId), blankToNull(tag), StatsParams.optionalId(author, "author"),
                q == null || TextNormaliser.searchKey(q).isBlank() ? null : q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : TextNormaliser.nfc(value).strip();
    }
}
