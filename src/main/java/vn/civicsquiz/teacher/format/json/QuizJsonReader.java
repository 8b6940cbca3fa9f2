package vn.civicsquiz.teacher.format.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.ImportedQuestion;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.platform.problem.Say;

/**
 * Reads a civics-quiz JSON document. Each question is read on its own, so one bad question is reported with
 * its line and path (e.g. {@code questions[2].options[0].weight}) while the others are still read. Broken
 * JSON, an unknown format or version make the whole document an error.
 */
public final class QuizJsonReader {

    public ImportResult read(String text) {
        Objects.requireNonNull(text, "text");
        List<ImportedQuestion> questions = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        String format = null;
        Integer version = null;
        try (JsonParser parser = QuizJson.MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                String shape = "{\"format\": \"civics-quiz\", \"version\": 1, \"questions\": [...]}";
                return failed(line(parser), "Tệp cần là một đối tượng JSON " + shape, "expected a JSON object " + shape);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    case "questions" -> {
                        if (value != JsonToken.START_ARRAY) {
                            return failed(line(parser), "questions: cần một danh sách", "questions: expected a list");
                        }
                        readQuestions(parser, questions, errors);
                    }
                    default -> {
                        return failed(line(parser), "Không có trường '" + field + "'", "unknown field '" + field + "'");
                    }
                }
            }
            if (parser.nextToken() != null) {
                return failed(line(parser), "Có nội dung thừa sau tài liệu JSON",
                        "unexpected content after the document");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return new ImportResult(List.of(), List.of(new Problem(line, JsonProblems.describe("", e))), List.of(),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        if (!QuizJson.FORMAT.equals(format) || !Objects.equals(version, QuizJson.VERSION)) {
            String expected = "\"format\": \"civics-quiz\", \"version\": 1";
            return failed(1, "Không phải tài liệu civics-quiz phiên bản 1: cần có " + expected,
                    "not a civics-quiz version 1 document: expected " + expected.replace(", ", " and "));
        }
        return new ImportResult(questions, errors, List.of(), List.of());
    }

    private static void readQuestions(JsonParser parser, List<ImportedQuestion> questions, List<Problem> errors)
            throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            if (index >= ImportResult.MAX_ITEMS) {
                errors.add(ImportResult.tooMany(line));
                parser.skipChildren();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren(); // reads on to the end without building anything
                }
                return;
            }
            JsonNode node;
            try {
                node = parser.readValueAsTree();
            } catch (NumberFormatException e) { // e.g. 1e9999999998: no BigDecimal holds it
                throw new JsonParseException(parser, "a number is too large or too small to read", e);
            }
            String at = "questions[" + index++ + "]";
            try {
                JsonQuestion question = QuizJson.MAPPER.treeToValue(node, JsonQuestion.class);
                List<Say> faults = faults(at, question);
                if (faults.isEmpty()) {
                    questions.add(new ImportedQuestion(line, question.toDraft()));
                }
                faults.forEach(f -> errors.add(new Problem(line, f)));
            } catch (JsonProcessingException e) {
                errors.add(new Problem(line, JsonProblems.describe(at, e)));
            }
        }
    }

    /** What makes a question unreadable as a draft; the rules of a valid question are checked elsewhere. */
    private static List<Say> faults(String at, JsonQuestion q) {
        List<Say> faults = new ArrayList<>();
        if (q == null) {
            faults.add(new Say(at + ": cần một đối tượng", at + ": expected an object"));
            return faults;
        }
        if (q.kind() == null) {
            faults.add(new Say(at + ".kind: bắt buộc, hãy điền trường này", at + ".kind: required"));
        }
        if (q.stem() == null) {
            faults.add(new Say(at + ".stem: bắt buộc, hãy điền trường này", at + ".stem: required"));
        }
        number(faults, at + ".numericAnswer", q.numericAnswer());
        number(faults, at + ".tolerance", q.tolerance());
        if (q.options() != null) {
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i) == null) {
                    faults.add(new Say(at + ".options[" + i + "]: cần một đối tượng",
                            at + ".options[" + i + "]: expected an object"));
                } else {
                    number(faults, at + ".options[" + i + "].weight", q.options().get(i).weight());
                }
            }
        }
        if (q.factIds() != null && q.factIds().contains(null)) {
            faults.add(new Say(at + ".factIds: không được có phần tử null", at + ".factIds: null entries are not allowed"));
        }
        return faults;
    }

    private static void number(List<Say> faults, String at, BigDecimal n) {
        if (n != null && (Math.abs(n.scale()) > 50 || n.precision() - n.scale() > 50)) {
            faults.add(new Say(at + ": có hơn 50 chữ số", at + ": more than 50 digits"));
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static ImportResult failed(int line, String vietnamese, String english) {
        return new ImportResult(List.of(), List.of(new Problem(line, new Say(vietnamese, english))), List.of(),
                List.of());
    }
}
