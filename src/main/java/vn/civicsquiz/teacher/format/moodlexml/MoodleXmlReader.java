package vn.civicsquiz.teacher.format.moodlexml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.ImportedQuestion;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.teacher.format.ImportResult.Skipped;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.teacher.format.gift.GiftCategory;
import vn.civicsquiz.teacher.format.gift.HtmlText;

/**
 * Reads Moodle XML ({@code <quiz><question type="…">}), the format Moodle's question bank exports by default:
 * multichoice (one answer: SINGLE, weights below 100 % kept as partial credit; several: MULTIPLE with its weights),
 * truefalse, shortanswer (weights kept), numerical (the full-credit answer and its tolerance), matching, ordering
 * and category. Essays, descriptions, cloze and the calculated kinds are skipped with the reason, as is a question
 * that holds an image: the app cannot show one, and a stem that says "look at this picture" without it would
 * mislead. HTML text becomes plain text, with a warning.
 */
public final class MoodleXmlReader {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    public ImportResult read(String text) {
        Objects.requireNonNull(text, "text");
        List<ImportedQuestion> questions = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        XmlNode root;
        try {
            root = XmlNode.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (XmlNode.Malformed e) {
            return new ImportResult(List.of(), List.of(new Problem(e.line, e.say)), List.of(), List.of());
        }
        if (!root.name.equals("quiz")) {
            return new ImportResult(List.of(), List.of(new Problem(root.line, new Say("Đây không phải tệp Moodle XML:"
                    + " phần tử gốc là <" + root.name + ">, còn Moodle ghi <quiz>", "not a Moodle XML file: the root"
                    + " element is <" + root.name + ">, Moodle writes <quiz>"))), List.of(), List.of());
        }
        List<String> category = List.of();
        for (XmlNode q : root.children("question")) {
            if (questions.size() + errors.size() + skipped.size() > ImportResult.MAX_ITEMS) {
                errors.add(ImportResult.tooMany(q.line));
                break;
            }
            String type = q.attribute("type") == null ? "" : q.attribute("type").strip();
            if (type.equals("category")) {
                category = GiftCategory.componentsOf(q.textOf("category"));
                continue;
            }
            Question reading = new Question(q, warnings);
            try {
                QuestionDraft draft = switch (type) {
                    case "multichoice" -> reading.multichoice();
                    case "truefalse" -> reading.trueFalse();
                    case "shortanswer" -> reading.shortAnswer();
                    case "numerical" -> reading.numerical();
                    case "matching" -> reading.matching();
                    case "ordering" -> reading.ordering();
                    default -> throw new Unsupported(reason(type));
                };
                questions.add(new ImportedQuestion(q.line, inTopicOf(draft, category), category));
            } catch (Unsupported e) {
                skipped.add(new Skipped(q.line, e.say));
            } catch (Broken e) {
                errors.add(new Problem(e.line, e.say));
            }
        }
        return new ImportResult(questions, errors, skipped, warnings);
    }

    /** A category whose last name is a topic slug ($course$/top/three-pillars) files its questions there, as in GIFT. */
    private static QuestionDraft inTopicOf(QuestionDraft d, List<String> category) {
        if (category.isEmpty() || FactSet.fromSlug(category.get(category.size() - 1)).isEmpty()) {
            return d;
        }
        return new QuestionDraft(d.kind(), category.get(category.size() - 1), d.title(), d.stem(), d.options(),
                d.numericAnswer(), d.tolerance(), d.explanation(), d.difficulty(), d.factIds(), d.sourceId(), d.quote());
    }

    private static Say reason(String type) {
        return switch (type) {
            case "essay" -> new Say("Câu tự luận (essay) phải chấm bằng tay; mọi câu trả lời trong ứng dụng đều"
                    + " được chấm ngay khi nộp", "an essay is marked by hand; every answer in the app is graded as it"
                    + " is given");
            case "description" -> new Say("Đoạn mô tả (description) không hỏi gì cả", "a description asks nothing");
            case "multianswer" -> new Say("Câu hỏi điền khuyết nhiều chỗ trống (cloze) có nhiều đáp án nằm trong"
                    + " nội dung; hãy viết mỗi chỗ trống thành một câu hỏi riêng", "an embedded-answers (cloze)"
                    + " question has several answers inside its text; write each gap as a question of its own");
            case "calculated", "calculatedsimple", "calculatedmulti" -> new Say("Câu hỏi tính toán (calculated)"
                    + " lấy số ngẫu nhiên; hãy viết lại thành câu hỏi dạng số (numerical)", "a calculated question"
                    + " draws its numbers at random; write it as a numerical question");
            case "" -> new Say("Câu hỏi chưa có loại (thuộc tính type)", "the question has no type");
            default -> new Say("Ứng dụng không có loại câu hỏi tương ứng với loại '" + type + "' của Moodle",
                    "Moodle's '" + type + "' questions have no kind in the app");
        };
    }

    /** A question the app cannot hold: skipped, with the reason. */
    private static final class Unsupported extends RuntimeException {
        final Say say;

        Unsupported(Say reason) {
            super(reason.english(), null, false, false);
            this.say = reason;
        }

        Unsupported(String vietnamese, String english) {
            this(new Say(vietnamese, english));
        }
    }

    /** A question Moodle itself would not read: an error, and nothing is imported. */
    private static final class Broken extends RuntimeException {
        final int line;
        final Say say;

        Broken(int line, String vietnamese, String english) {
            super(english, null, false, false);
            this.line = line;
            this.say = new Say(vietnamese, english);
        }
    }

    /** One {@code <question>} element being read. */
    private static final class Question {
        private final XmlNode q;
        private final List<Problem> warnings;
        private boolean htmlWarned;

        Question(XmlNode q, List<Problem> warnings) {
            this.q = q;
            this.warnings = warnings;
        }

        QuestionDraft multichoice() {
            List<Answer> answers = answers();
            boolean single = !"false".equalsIgnoreCase(q.child("single").map(XmlNode::text).orElse("true").strip())
                    && !"0".equals(q.child("single").map(XmlNode::text).orElse("").strip());
            List<OptionDraft> options = new ArrayList<>();
            if (single) {
                long full = answers.stream().filter(a -> a.fraction.compareTo(FULL) == 0).count();
                if (full == 0) {
                    throw new Broken(q.line, "Không có đáp án nào được 100 %", "no answer earns 100 %");
                }
                if (full > 1) {
                    throw new Unsupported("Có nhiều đáp án được 100 %; câu hỏi một lựa chọn của ứng dụng chỉ"
                            + " có một đáp án đúng (hãy chuyển thành câu hỏi nhiều đáp án)", "several answers earn"
                            + " 100 %; the app's single choice has one right answer (make it a multiple-answer question)");
                }
                for (Answer a : answers) {
                    boolean right = a.fraction.compareTo(FULL) == 0;
                    options.add(new OptionDraft(a.text, right, null, null,
                            right || a.fraction.signum() == 0 ? null : a.fraction, a.feedback));
                }
                return draft(QuestionKind.SINGLE, options, null, null);
            }
            for (Answer a : answers) {
                options.add(new OptionDraft(a.text, a.fraction.signum() > 0, null, null, a.fraction, a.feedback));
            }
            return draft(QuestionKind.MULTIPLE, options, null, null);
        }

        QuestionDraft trueFalse() {
            Answer yes = null;
            Answer no = null;
            for (Answer a : answers()) {
                switch (a.text.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> yes = a;
                    case "false" -> no = a;
                    default -> throw new Broken(q.line, "Đáp án của câu đúng/sai phải là 'true' hoặc 'false', không"
                            + " phải '" + a.text + "'", "a true/false answer is 'true' or 'false', not '" + a.text + "'");
                }
            }
            if (yes == null || no == null) {
                throw new Broken(q.line, "Câu đúng/sai cần có một đáp án 'true' và một đáp án 'false'",
                        "a true/false question has a 'true' and a 'false' answer");
            }
            boolean truth = yes.fraction.compareTo(FULL) == 0;
            return draft(QuestionKind.TRUE_FALSE, List.of(
                    new OptionDraft("Đúng", truth, null, null, null, yes.feedback),
                    new OptionDraft("Sai", !truth, null, null, null, no.feedback)), null, null);
        }

        QuestionDraft shortAnswer() {
            List<OptionDraft> options = new ArrayList<>();
            for (Answer a : answers()) {
                boolean accepted = a.fraction.signum() > 0;
                options.add(new OptionDraft(a.text, accepted, null, null,
                        a.fraction.compareTo(FULL) == 0 ? null : a.fraction, a.feedback));
            }
            return draft(QuestionKind.SHORT_ANSWER, options, null, null);
        }

        QuestionDraft numerical() {
            BigDecimal value = null;
            BigDecimal tolerance = BigDecimal.ZERO;
            boolean dropped = false;
            for (XmlNode answer : q.children("answer")) {
                BigDecimal fraction = fraction(answer);
                String number = answer.child("text").map(XmlNode::text).orElse("").strip();
                if (value == null && fraction.compareTo(FULL) == 0 && !number.equals("*")) {
                    value = decimal(number, answer.line, new Say("Đáp án", "the answer"));
                    String given = answer.child("tolerance").map(XmlNode::text).orElse("0").strip();
                    tolerance = decimal(given.isEmpty() ? "0" : given, answer.line,
                            new Say("Sai số", "the tolerance")).abs();
                } else {
                    dropped = true;
                }
            }
            if (value == null) {
                throw new Broken(q.line, "Câu hỏi dạng số cần một đáp án được 100 %",
                        "a numerical question needs an answer that earns 100 %");
            }
            if (dropped) {
                warnings.add(new Problem(q.line, new Say("Chỉ giữ đáp án được trọn điểm; các đáp án khác đã bị bỏ",
                        "only the full-credit answer is kept; the others were dropped")));
            }
            return draft(QuestionKind.NUMERIC, List.of(), value, tolerance);
        }

        QuestionDraft matching() {
            List<OptionDraft> options = new ArrayList<>();
            for (XmlNode sub : q.children("subquestion")) {
                String left = text(sub, new Say("Một vế ghép cặp", "a matching item"));
                String right = sub.child("answer").map(a -> a.child("text").map(XmlNode::text).orElse("")).orElse("")
                        .strip();
                if (right.isEmpty()) {
                    throw new Broken(sub.line, "Vế ghép cặp cần có đáp án tương ứng", "a matching item needs its answer");
                }
                options.add(new OptionDraft(left, false, null, right, null, null));
            }
            return draft(QuestionKind.MATCHING, options, null, null);
        }

        /** Moodle's ordering question lists its items in the right order. */
        QuestionDraft ordering() {
            List<OptionDraft> options = new ArrayList<>();
            List<XmlNode> items = q.children("answer");
            for (int i = 0; i < items.size(); i++) {
                options.add(new OptionDraft(text(items.get(i), new Say("Một mục", "an item")), true, i + 1, null, null, null));
            }
            return draft(QuestionKind.ORDERING, options, null, null);
        }

        private QuestionDraft draft(QuestionKind kind, List<OptionDraft> options, BigDecimal value,
                                    BigDecimal tolerance) {
            XmlNode stem = q.child("questiontext").orElseThrow(() -> new Broken(q.line, "Câu hỏi chưa có nội dung",
                    "the question has no text"));
            String name = q.child("name").map(n -> n.child("text").map(XmlNode::text).orElse("")).orElse("").strip();
            String explanation = q.child("generalfeedback").map(f -> text(f, new Say("Phản hồi chung", "the general feedback"))).orElse("");
            return new QuestionDraft(kind, null, name.isEmpty() ? null : name, text(stem, new Say("Câu hỏi", "the question")), options,
                    value, tolerance, explanation.isEmpty() ? null : explanation, ImportResult.DEFAULT_DIFFICULTY,
                    List.of(), null, null);
        }

        private List<Answer> answers() {
            List<Answer> answers = new ArrayList<>();
            for (XmlNode answer : q.children("answer")) {
                String feedback = answer.child("feedback").map(f -> text(f, new Say("Một phản hồi", "a feedback"))).orElse("");
                answers.add(new Answer(text(answer, new Say("Một đáp án", "an answer")), fraction(answer), feedback.isEmpty() ? null : feedback));
            }
            return answers;
        }

        /**
         * The text of an element with a {@code format}: HTML becomes the app's text, formatting kept (once per
         * question a warning says what else was dropped); an image, inline or attached, makes the question one the app cannot hold.
         */
        private String text(XmlNode holder, Say what) {
            String raw = holder.child("text").map(XmlNode::text).orElse("");
            if (!holder.children("file").isEmpty() || HtmlText.holdsImage(raw)) {
                String file = holder.children("file").stream().map(f -> f.attribute("name")).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                throw new Unsupported(what.vietnamese() + " có " + (file == null ? "hình ảnh" : "tệp " + file)
                        + "; ứng dụng không hiển thị được hình ảnh nên câu hỏi sẽ hỏi về thứ người học không nhìn"
                        + " thấy: hãy mô tả hình bằng lời", what.english() + " holds " + (file == null ? "an image"
                        : file) + "; the app cannot show images, so the question would ask about something the"
                        + " learner cannot see: describe it in words");
            }
            if (HtmlText.holdsMedia(raw)) {
                throw new Unsupported(what.vietnamese() + " có âm thanh, video hoặc liên kết tới tệp phương tiện; ứng"
                        + " dụng không phát được nên câu hỏi sẽ hỏi về thứ người học không nghe, không thấy: hãy viết"
                        + " nội dung đó bằng lời", what.english() + " holds a sound, a video or a link to a media file;"
                        + " the app cannot play them, so the question would ask about something the learner cannot"
                        + " hear or see: write it out in words");
            }
            if (!"html".equalsIgnoreCase(holder.attribute("format"))) {
                return raw.strip();
            }
            if (!htmlWarned && HtmlText.losesTags(raw)) {
                htmlWarned = true;
                warnings.add(new Problem(q.line, new Say("HTML ngoài chữ đậm, chữ nghiêng, danh sách và xuống"
                        + " dòng đã được chuyển thành văn bản thường", "HTML beyond bold, italic, lists and line"
                        + " breaks was turned into plain text")));
            }
            return HtmlText.toText(raw);
        }

        private BigDecimal fraction(XmlNode answer) {
            String value = answer.attribute("fraction");
            return value == null ? BigDecimal.ZERO : decimal(value.strip(), answer.line,
                    new Say("Tỉ lệ điểm (fraction) của đáp án", "the answer's fraction"));
        }

        private static BigDecimal decimal(String value, int line, Say what) {
            if (value.length() > 40) {
                throw new Broken(line, what.vietnamese() + " không phải là số", what.english() + " is not a number");
            }
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new Broken(line, what.vietnamese() + " không phải là số: '" + value + "'",
                        what.english() + " is not a number: '" + value + "'");
            }
            // "1e-100000000" is short to send and ruinous to add up: Moodle never writes such a number
            if (Math.abs(number.scale()) > 20 || number.precision() > 30) {
                throw new Broken(line, what.vietnamese() + " không phải là số Moodle có thể ghi: '" + value + "'",
                        what.english() + " is not a number Moodle writes: '" + value + "'");
            }
            return number;
        }
    }

    private record Answer(String text, BigDecimal fraction, String feedback) {
    }
}
