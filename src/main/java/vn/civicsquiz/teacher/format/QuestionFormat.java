package vn.civicsquiz.teacher.format;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.aiken.AikenReader;
import vn.civicsquiz.teacher.format.aiken.AikenWriter;
import vn.civicsquiz.teacher.format.gift.GiftReader;
import vn.civicsquiz.teacher.format.gift.GiftWriter;
import vn.civicsquiz.teacher.format.json.QuizJsonReader;
import vn.civicsquiz.teacher.format.json.QuizJsonWriter;
import vn.civicsquiz.teacher.format.moodlexml.MoodleXmlReader;
import vn.civicsquiz.teacher.format.moodlexml.MoodleXmlWriter;

/** The question file formats the app reads and writes, by the name used in {@code ?format=}. */
public enum QuestionFormat {

    GIFT("gift", "text/plain; charset=UTF-8", "questions.gift.txt",
            text -> new GiftReader().read(text), () -> new GiftWriter()::writeFiled),
    JSON("json", "application/json; charset=UTF-8", "questions.json",
            text -> new QuizJsonReader().read(text), () -> q -> new QuizJsonWriter().write(ExportedQuestion.drafts(q))),
    AIKEN("aiken", "text/plain; charset=UTF-8", "questions.aiken.txt",
            text -> new AikenReader().read(text), () -> q -> new AikenWriter().write(ExportedQuestion.drafts(q))),
    MOODLE_XML("moodlexml", "application/xml; charset=UTF-8", "questions.moodle.xml",
            text -> new MoodleXmlReader().read(text), () -> new MoodleXmlWriter()::writeFiled);

    private final String parameter;
    private final String mediaType;
    private final String fileName;
    private final Function<String, ImportResult> reader;
    private final Supplier<Function<List<ExportedQuestion>, ExportResult>> writer;

    QuestionFormat(String parameter, String mediaType, String fileName, Function<String, ImportResult> reader,
                   Supplier<Function<List<ExportedQuestion>, ExportResult>> writer) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.reader = reader;
        this.writer = writer;
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public ImportResult read(String text) {
        return reader.apply(text);
    }

    /** GIFT and Moodle XML file each question under its category; JSON and Aiken have no categories. */
    public ExportResult write(List<ExportedQuestion> questions) {
        return writer.get().apply(questions);
    }
}
