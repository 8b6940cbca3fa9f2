package vn.civicsquiz.content.article;

/**
 * A line of the collected page that the cleaner left out of the article body.
 *
 * @param lineNumber 1-based line number in the source text
 * @param text       the (normalised) line
 * @param kind       why it was left out
 */
public record RemovedLine(int lineNumber, String text, NoiseKind kind) {
}
