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
                return failed(line(parser), "expected a JSON object {\"format\": \"civics-quiz\", \"version\": 1, "
                        + "\"questions\": [...]}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    case "questions" -> {
                        if (value != JsonToken.START_ARRAY) {
                            return failed(line(parser), "questions: expected a list");
                        }
                        readQuestions(parser, questions, errors);
                    }
                    default -> {
                        return failed(line(parser), "unknown field '" + field + "'");
                    }
                }
            }
            if (parser.nextToken() != null) {
                return failed(line(parser), "unexpected content after the document");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return failed(line, JsonProblems.describe("", e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        if (!QuizJson.FORMAT.equals(format) || !Objects.equals(version, QuizJson.VERSION)) {
            return failed(1, "not a civics-quiz version 1 document: expected \"format\": \"civics-quiz\" and "
                    + "\"version\": 1");
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
                List<String> faults = faults(at, question);
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
    private static List<String> faults(String at, JsonQuestion q) {
        List<String> faults = new ArrayList<>();
        if (q == null) {
            faults.add(at + ": expected an object");
            return faults;
        }
        if (q.kind() == null) {
            faults.add(at + ".kind: required");
        }
        if (q.stem() == null) {
            faults.add(at + ".stem: required");
        }
        number(faults, at + ".numericAnswer", q.numericAnswer());
        number(faults, at + ".tolerance", q.tolerance());
        if (q.options() != null) {
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i) == null) {
                    faults.add(at + ".options[" + i + "]: expected an object");
                } else {
                    number(faults, at + ".options[" + i + "].weight", q.options().get(i).weight());
                }
            }
        }
        if (q.factIds() != null && q.factIds().contains(null)) {
            faults.add(at + ".factIds: null entries are not allowed");
        }
        return faults;
    }

    private static void number(List<String> faults, String at, BigDecimal n) {
        if (n != null && (Math.abs(n.scale()) > 50 || n.precision() - n.scale() > 50)) {
            faults.add(at + ": more than 50 digits");
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static ImportResult failed(int line, String message) {
        return new ImportResult(List.of(), List.of(new Problem(line, message)), List.of(), List.of());
    }
}
