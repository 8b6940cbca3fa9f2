package vn.civicsquiz.teacher.format.aiken;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.teacher.format.ImportResult.ImportedQuestion;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.teacher.format.ImportedText;

/**
 * Reads Aiken files (Moodle's simplest multiple-choice format) into SINGLE drafts. A question is its text
 * lines, at least two lettered options and an {@code ANSWER:} line; a broken question is reported and the
 * reader resumes after its {@code ANSWER:} line or the next blank line.
 */
public final class AikenReader {

    private static final class Pending {
        int line;
        final List<String> stem = new ArrayList<>();
        final List<String> letters = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        Say problem;
        int problemLine;

        boolean started() {
            return !stem.isEmpty() || !options.isEmpty();
        }

        void fail(int at, String vietnamese, String english) {
            if (problem == null) {
                problem = new Say(vietnamese, english);
                problemLine = at;
            }
        }
    }

    public ImportResult read(String text) {
        Objects.requireNonNull(text, "text");
        List<ImportedQuestion> questions = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        Pending q = new Pending();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (questions.size() + errors.size() > ImportResult.MAX_ITEMS) {
                errors.add(ImportResult.tooMany(number));
                break;
            }
            String line = lines[i].strip();
            Matcher option = Aiken.OPTION.matcher(line);
            Matcher answer = Aiken.ANSWER.matcher(line);
            if (line.isEmpty()) {
                if (q.problem != null || (q.started() && !q.options.isEmpty())) {
                    errors.add(new Problem(q.problem != null ? q.problemLine : q.line,
                            q.problem != null ? q.problem : new Say("Câu hỏi chưa có dòng ANSWER:", "the question has no ANSWER: line")));
                    q = new Pending();
                }
                continue;
            }
            if (!q.started()) {
                q.line = number;
            }
            if (answer.matches()) {
                finish(q, answer.group(1).strip(), number, questions, errors);
                q = new Pending();
            } else if (option.matches()) {
                if (q.stem.isEmpty()) {
                    q.fail(number, "Phương án " + option.group(1) + " đứng trước nội dung câu hỏi",
                            "option " + option.group(1) + " comes before any question text");
                } else if (q.letters.contains(option.group(1))) {
                    q.fail(number, "Phương án " + option.group(1) + " xuất hiện hai lần",
                            "option " + option.group(1) + " appears twice");
                }
                q.letters.add(option.group(1));
                q.options.add(option.group(2).strip());
            } else if (q.options.isEmpty()) {
                q.stem.add(line);
            } else {
                q.fail(number, "Sau các phương án phải là dòng ANSWER:",
                        "text after the options must be an ANSWER: line");
            }
        }
        if (q.started()) {
            errors.add(new Problem(q.problem != null ? q.problemLine : q.line,
                    q.problem != null ? q.problem : new Say("Câu hỏi chưa có dòng ANSWER:", "the question has no ANSWER: line")));
        }
        return new ImportResult(questions, errors, List.of(), List.of());
    }

    private static void finish(Pending q, String letter, int line, List<ImportedQuestion> questions,
                               List<Problem> errors) {
        if (q.problem == null && q.stem.isEmpty()) {
            q.fail(line, "Có ANSWER: mà không có câu hỏi", "ANSWER: without a question");
        } else if (q.problem == null && q.options.size() < 2) {
            q.fail(line, "Câu hỏi cần ít nhất hai phương án A., B., ...",
                    "a question needs at least two options A., B., ...");
        } else if (q.problem == null && !q.letters.contains(letter)) {
            q.fail(line, "ANSWER: '" + letter + "' không phải là một trong các phương án "
                    + String.join(", ", q.letters), "ANSWER: '" + letter + "' is not one of the options "
                    + String.join(", ", q.letters));
        }
        if (q.problem != null) {
            errors.add(new Problem(q.problemLine, q.problem));
            return;
        }
        List<OptionDraft> options = new ArrayList<>();
        for (int i = 0; i < q.options.size(); i++) {
            options.add(OptionDraft.choice(ImportedText.nfc(q.options.get(i)), q.letters.get(i).equals(letter)));
        }
        QuestionDraft draft = new QuestionDraft(QuestionKind.SINGLE, null, null,
                ImportedText.nfc(String.join("\n", q.stem)), options, null, null, null,
                ImportResult.DEFAULT_DIFFICULTY, List.of(), null, null);
        questions.add(new ImportedQuestion(q.line, draft));
    }
}
