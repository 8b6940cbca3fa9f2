package vn.civicsquiz.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a source article without page noise: paragraphs separated by a blank line, with the character
 * offsets of every paragraph and sentence, plus the removed lines and why they were removed.
 */
public record CleanArticle(String sourceId, String title, String text, List<Paragraph> paragraphs,
                           List<Sentence> sentences, List<RemovedLine> removed) {

    static final String PARAGRAPH_SEPARATOR = "\n\n";

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
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
        for (Paragraph paragraph : paragraphs) {
            String folded = TextNormaliser.fold(paragraph.text());
            // the paragraph is already NFC with single spaces, so folding keeps every character at its offset
            if (folded.length() != paragraph.text().length()) {
                throw new IllegalStateException("Folding changed the length of a paragraph of " + sourceId);
            }
            int at = folded.indexOf(key);
            if (at >= 0) {
                int start = paragraph.span().start() + at;
                return Optional.of(new TextSpan(start, start + key.length()));
            }
        }
        return Optional.empty();
    }

    /** The removed lines whose text contains the quote (after folding): a quote must never come from noise. */
    public List<RemovedLine> noiseContaining(String quote) {
        String key = TextNormaliser.fold(quote);
        return removed.stream().filter(line -> TextNormaliser.fold(line.text()).contains(key)).toList();
    }

    /** The sentence that contains the given span, if it lies within one sentence. */
    public Optional<Sentence> sentenceAt(TextSpan span) {
        return sentences.stream().filter(sentence -> sentence.span().contains(span)).findFirst();
    }
}
