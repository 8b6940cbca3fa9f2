package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.SentenceSplitter;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a source article without page noise: paragraphs separated by a blank line, with the character
 * offsets of every paragraph and sentence, plus the removed lines and why they were removed.
 */
public final class CleanArticle {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final String sourceId;
    private final String title;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final List<RemovedLine> removed;
    /** Folded paragraph and noise texts, computed once: every quote lookup compares against them. */
    private final List<String> foldedParagraphs;
    private final List<String> foldedRemoved;

    CleanArticle(String sourceId, String title, String text, List<Paragraph> paragraphs, List<Sentence> sentences,
                 List<RemovedLine> removed) {
        this.sourceId = sourceId;
        this.title = title;
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.removed = List.copyOf(removed);
        this.foldedParagraphs = this.paragraphs.stream().map(p -> foldKeepingOffsets(p.text())).toList();
        this.foldedRemoved = this.removed.stream().map(line -> TextNormaliser.fold(line.text())).toList();
    }

    public String sourceId() {
        return sourceId;
    }

    public String title() {
        return title;
    }

    /** The body: paragraphs separated by a blank line. */
    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The lines of the page that are not part of the body, and why. */
    public List<RemovedLine> removed() {
        return removed;
    }

    /** A kept line before offsets are assigned. */
    record Block(String text, boolean heading) {
    }

    static CleanArticle of(String sourceId, String title, List<Block> blocks, List<RemovedLine> removed) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append(PARAGRAPH_SEPARATOR);
            }
            int start = text.length();
            String paragraphText = block.text().strip();
            text.append(paragraphText);
            int index = paragraphs.size();
            paragraphs.add(new Paragraph(index, new TextSpan(start, text.length()), paragraphText, block.heading()));
            for (TextSpan local : SentenceSplitter.split(paragraphText)) {
                TextSpan span = new TextSpan(start + local.start(), start + local.end());
                sentences.add(new Sentence(index, span, paragraphText.substring(local.start(), local.end())));
            }
        }
        return new CleanArticle(sourceId, title, text.toString(), paragraphs, sentences, removed);
    }

    /**
     * Where a quote lies in the clean text, comparing with {@link TextNormaliser#fold(String)} so that case, old/new
     * tone placement and spacing do not matter. A quote must lie inside one paragraph.
     */
    public Optional<TextSpan> locate(String quote) {
        String key = TextNormaliser.fold(quote);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            int at = foldedParagraphs.get(i).indexOf(key);
            if (at >= 0) {
                int start = paragraphs.get(i).span().start() + at;
                return Optional.of(new TextSpan(start, start + key.length()));
            }
        }
        return Optional.empty();
    }

    /** The removed lines whose text contains the quote (after folding): a quote must never come from noise. */
    public List<RemovedLine> noiseContaining(String quote) {
        String key = TextNormaliser.fold(quote);
        List<RemovedLine> hits = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            if (foldedRemoved.get(i).contains(key)) {
                hits.add(removed.get(i));
            }
        }
        return hits;
    }

    /** The sentence that contains the given span, if it lies within one sentence. */
    public Optional<Sentence> sentenceAt(TextSpan span) {
        return sentences.stream().filter(sentence -> sentence.span().contains(span)).findFirst();
    }

    /**
     * Paragraphs are NFC with single spaces, so folding keeps every character at its offset. Where it would not (a
     * letter whose lower case is two characters, such as İ), the paragraph is lower-cased character by character
     * instead: offsets still match, and a quote across that letter is then not found rather than misplaced.
     */
    private static String foldKeepingOffsets(String paragraph) {
        String folded = TextNormaliser.fold(paragraph);
        if (folded.length() == paragraph.length()) {
            return folded;
        }
        StringBuilder lower = new StringBuilder(paragraph.length());
        for (int i = 0; i < paragraph.length(); i++) {
            lower.append(Character.toLowerCase(paragraph.charAt(i)));
        }
        return lower.toString();
    }
}
