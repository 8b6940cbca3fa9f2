package vn.civicsquiz.teacher.format.aiken;

import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ExportResult.Note;

/**
 * Writes single-choice questions (SINGLE, NEGATIVE, TRUE_FALSE) as Aiken. Aiken holds only the question text,
 * the options and the right letter; other kinds, and texts Aiken cannot hold, are skipped with a reason.
 */
public final class AikenWriter {

    private static final int MAX_OPTIONS = 26;

    public ExportResult write(List<QuestionDraft> drafts) {
        StringBuilder out = new StringBuilder();
        List<Note> skipped = new ArrayList<>();
        List<Note> converted = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft q = drafts.get(i);
            String problem = problem(q);
            if (problem != null) {
                skipped.add(new Note(i + 1, problem));
                continue;
            }
            if (q.kind() != QuestionKind.SINGLE) {
                converted.add(new Note(i + 1, q.kind() + " written as single choice; it reads back as SINGLE"));
            }
            write(q, out);
        }
        return new ExportResult(out.toString(), skipped, converted);
    }

    private static void write(QuestionDraft q, StringBuilder out) {
        q.stem().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> out.append(l).append('\n'));
        char answer = 'A';
        for (int i = 0; i < q.options().size(); i++) {
            OptionDraft o = q.options().get(i);
            char letter = (char) ('A' + i);
            out.append(letter).append(". ").append(o.text().strip()).append('\n');
            if (o.correct()) {
                answer = letter;
            }
        }
        out.append("ANSWER: ").append(answer).append("\n\n");
    }

    private static String problem(QuestionDraft q) {
        if (q.kind() != QuestionKind.SINGLE && q.kind() != QuestionKind.NEGATIVE
                && q.kind() != QuestionKind.TRUE_FALSE) {
            return "Aiken holds only single-choice questions, not " + q.kind();
        }
        if (q.stem() == null || q.stem().isBlank()) {
            return "the question has no text";
        }
        if (q.stem().lines().anyMatch(Aiken::structural)) {
            return "a line of the question text looks like an Aiken option or ANSWER: line";
        }
        List<OptionDraft> options = q.options();
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            return "Aiken needs 2 to 26 options, the question has " + options.size();
        }
        if (options.stream().filter(OptionDraft::correct).count() != 1) {
            return "Aiken needs exactly one correct option";
        }
        if (options.stream().anyMatch(o -> o.text() == null || o.text().isBlank() || o.text().strip().contains("\n")
                || o.text().contains("\r"))) {
            return "every option needs text on a single line";
        }
        return null;
    }
}
