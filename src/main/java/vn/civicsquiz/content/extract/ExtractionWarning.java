package vn.civicsquiz.content.extract;

/**
 * Something a reviewer must look at, e.g. an announced count that does not match the items found.
 *
 * @param code    stable kind: {@code count-mismatch}, {@code no-announced-count}
 * @param message human-readable explanation (Vietnamese quotes kept as written)
 * @param quote   the text the warning is about
 */
public record ExtractionWarning(String code, String message, String quote) {

    public static final String COUNT_MISMATCH = "count-mismatch";
    public static final String NO_ANNOUNCED_COUNT = "no-announced-count";
}
