package vn.civicsquiz.teacher;

import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.teacher.format.ExportedQuestion;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.question.RuleViolation;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportedText;
import vn.civicsquiz.teacher.format.QuestionFormat;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.content.fact.FactSet;

/**
 * Import and export of question files. An import is all or nothing: any error in the file or any question
 * that breaks the rules rejects the whole file with every problem and its line. Questions already in the bank
 * (same content) are skipped, so importing a file twice creates nothing the second time. Imported questions
 * are drafts for a teacher to review and publish, or published at once when she asks.
 */
@ApplicationScoped
public class QuestionTransfer {

    /** Problems listed in a refusal: enough to fix a file in rounds, never a reply larger than the file. */
    static final int MAX_REPORTED = 200;

    private final QuestionBank bank;
    private final QuestionChecks checks;
    private final QuestionSets sets;

    public QuestionTransfer(QuestionBank bank, QuestionChecks checks, QuestionSets sets) {
        this.bank = bank;
        this.checks = checks;
        this.sets = sets;
    }

    /** Question sets (levels of category paths) one file may name: a category per question, 20 deep, made 20 000. */
    static final int MAX_NEW_SETS = 100;

    /**
     * Checks a file read beforehand (outside any transaction: a long file holds no connection while it is parsed)
     * and, unless a dry run, stores it, all or nothing.
     *
     * @param defaultTopic topic for questions the file gives none (GIFT without $CATEGORY, Aiken)
     * @param english      the report and refusal in English rather than Vietnamese (picked by the request, as a
     *                     background store has none)
     */
    @Transactional
    ImportReport store(QuestionFormat format, ImportResult parsed, String charset, boolean dryRun,
                       String defaultTopic, boolean publish, Long accountId, boolean english) {
        QuestionStatus status = publish ? QuestionStatus.published : QuestionStatus.draft;
        List<Problem.FieldError> errors = new ArrayList<>();
        parsed.errors().forEach(e -> errors.add(new Problem.FieldError("file", e.message().in(english), e.line())));
        List<QuestionDraft> drafts = new ArrayList<>();
        List<List<String>> setPaths = new ArrayList<>();
        for (int i = 0; i < parsed.questions().size(); i++) {
            ImportResult.ImportedQuestion question = parsed.questions().get(i);
            List<String> setPath = setPath(question.category());
            setPaths.add(setPath);
            QuestionDraft draft = ImportedText.normalise(question.draft());
            if (setPath != null) {
                draft = withTopic(draft, nearestTopic(setPath), true);
            }
            draft = withTopic(draft, defaultTopic, draft.topic() == null);
            drafts.add(draft);
            for (RuleViolation v : checks.violations(draft)) {
                String message = setPath != null && v.field().equals("topic") ? v.in(english) + " — "
                        + RuleViolation.notATopic(String.join("/", setPath)).in(english) : v.in(english);
                errors.add(new Problem.FieldError("questions[" + i + "]." + v.field(), message, question.line()));
            }
        }
        java.util.Set<List<String>> nodes = new java.util.HashSet<>();
        for (List<String> path : setPaths) {
            for (int depth = 1; path != null && depth <= path.size() && nodes.size() <= MAX_NEW_SETS; depth++) {
                nodes.add(path.subList(0, depth));
            }
        }
        if (nodes.size() > MAX_NEW_SETS) {
            errors.add(new Problem.FieldError("file", new Say("Các danh mục trong tệp tạo ra hơn " + MAX_NEW_SETS
                    + " bộ câu hỏi (mỗi cấp của một đường dẫn danh mục là một bộ); hãy tách tệp hoặc dùng ít danh mục"
                    + " hơn", "the file's categories make more than " + MAX_NEW_SETS + " question sets (each level of"
                    + " a category path is one); split the file or use fewer categories").in(english), 1));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(refusal(errors.size()).in(english),
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED)));
        }
        List<ImportReport.Note> skipped = new ArrayList<>();
        parsed.skipped().forEach(s -> skipped.add(new ImportReport.Note(s.line(), s.reason().in(english))));
        List<ImportReport.Item> imported = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> hashes = drafts.stream().map(QuestionHash::of).toList();
        QuestionHistory.Batch history = bank.history().batch();
        Map<String, Long> inBank = bank.liveWithHashes(new java.util.HashSet<>(hashes));
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            int line = parsed.questions().get(i).line();
            String hash = hashes.get(i);
            Integer earlier = seen.putIfAbsent(hash, line);
            Long existing = earlier == null ? inBank.get(hash) : null;
            if (earlier != null) {
                skipped.add(new ImportReport.Note(line, new Say("Trùng với câu hỏi ở dòng " + earlier,
                        "repeats the question on line " + earlier).in(english)));
            } else if (existing != null) {
                skipped.add(new ImportReport.Note(line, new Say("Đã có trong ngân hàng câu hỏi (câu hỏi số " + existing
                        + ")", "already in the bank as question " + existing).in(english)));
            } else {
                List<String> setPath = setPaths.get(i);
                Long id = null;
                if (!dryRun) {
                    Question stored = bank.store(draft, QuestionOrigin.imported, status, accountId, null);
                    if (setPath != null && accountId != null) {
                        QuestionBank.file(stored, sets.ensurePath(setPath, accountId), List.of());
                    }
                    bank.flush(); // filed: the version the revision records is the stored one
                    history.add(stored, QuestionHistory.Change.imported, accountId, null);
                    bank.release(stored);
                    id = stored.id;
                }
                imported.add(new ImportReport.Item(line, id, draft.kind(), draft.topic(), draft.title(), draft.stem(),
                        setPath == null ? null : String.join(" / ", setPath)));
            }
        }
        history.insert();
        skipped.sort(java.util.Comparator.comparingInt(ImportReport.Note::line));
        List<ImportReport.Note> warnings = new ArrayList<>();
        parsed.warnings().forEach(w -> warnings.add(new ImportReport.Note(w.line(), w.message().in(english))));
        for (int i = 0; i < drafts.size(); i++) {
            List<String> asWritten = ImportedText.shownAsWritten(drafts.get(i));
            if (!asWritten.isEmpty()) {
                String tags = String.join(" ", asWritten);
                warnings.add(new ImportReport.Note(parsed.questions().get(i).line(), new Say("Người học sẽ thấy"
                        + " nguyên văn, không thành định dạng (chỉ <b>, <i>, danh sách và xuống dòng được định dạng): "
                        + tags, "shown to learners as written, not as formatting (only <b>, <i>, lists and line breaks"
                        + " format): " + tags).in(english)));
            }
        }
        warnings.sort(java.util.Comparator.comparingInt(ImportReport.Note::line));
        return new ImportReport(format.parameter(), charset, status, dryRun, imported, skipped, warnings);
    }

    private static Say refusal(int problems) {
        boolean cut = problems > MAX_REPORTED;
        return new Say("Tệp có " + problems + " lỗi; chưa có câu hỏi nào được nhập"
                + (cut ? " (danh sách chỉ nêu " + MAX_REPORTED + " lỗi đầu tiên)" : ""),
                "The file has " + problems + " problem" + (problems == 1 ? "" : "s") + "; nothing was imported"
                + (cut ? " (the first " + MAX_REPORTED + " are listed)" : ""));
    }

    /** The live questions (draft and published, unless a status is asked) the filter covers, by topic then id. */
    public ExportResult export(QuestionFormat format, QuestionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(filter.jpql(params));
        if (filter.status() == null) {
            where.append(" and status <> :retired");
            params.put("retired", QuestionStatus.retired);
        }
        List<Question> questions = Question.list(where.toString(), Sort.by("topic").and("id"), params);
        Map<Long, List<String>> paths = sets.paths();
        List<ExportedQuestion> filed = questions.stream()
                .map(q -> new ExportedQuestion(QuestionViews.draft(q), q.setId == null ? null : paths.get(q.setId)))
                .sorted(java.util.Comparator.comparing((ExportedQuestion e) -> String.join("/", e.category())))
                .toList();
        return format.write(filed);
    }

    /**
     * The question set a GIFT category becomes: none when it names a topic (nine-tasks), else its whole path,
     * created under the importing teacher where missing.
     */
    private static List<String> setPath(List<String> category) {
        if (category.isEmpty() || FactSet.fromSlug(category.get(category.size() - 1)).isPresent()) {
            return null;
        }
        return category;
    }

    /** The last name of the path that is a topic slug (three-pillars/Tuần 1 is in three-pillars), or null. */
    private static String nearestTopic(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (FactSet.fromSlug(path.get(i)).isPresent()) {
                return path.get(i);
            }
        }
        return null;
    }

    private static QuestionDraft withTopic(QuestionDraft d, String topic, boolean replace) {
        if (!replace) {
            return d;
        }
        return new QuestionDraft(d.kind(), topic, d.title(), d.stem(), d.options(), d.numericAnswer(), d.tolerance(),
                d.explanation(), d.difficulty(), d.factIds(), d.sourceId(), d.quote());
    }
}
