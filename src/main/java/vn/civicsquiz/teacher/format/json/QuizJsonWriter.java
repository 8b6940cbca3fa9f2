package vn.civicsquiz.teacher.format.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.ExportResult;

/** Writes drafts as a civics-quiz JSON document; nothing is ever skipped or converted. */
public final class QuizJsonWriter {

    @JsonPropertyOrder({"format", "version", "questions"})
    record Document(String format, int version, List<JsonQuestion> questions) {
    }

    public ExportResult write(List<QuestionDraft> drafts) {
        Document document = new Document(QuizJson.FORMAT, QuizJson.VERSION,
                drafts.stream().map(JsonQuestion::of).toList());
        try {
            return new ExportResult(QuizJson.MAPPER.writeValueAsString(document) + "\n", List.of(), List.of());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("records of strings and numbers always serialise", e);
        }
    }
}
