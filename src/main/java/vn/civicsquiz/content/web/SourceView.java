package vn.civicsquiz.content.web;

/**
 * A source article in the API.
 *
 * @param date       publication date, ISO "yyyy-mm-dd" or "yyyy-mm"
 * @param factCount  how many active facts rest on it
 * @param readingUrl the reading page that shows its clean text with every fact highlighted
 */
public record SourceView(String id, String title, String outlet, String date, String author, String fileName,
                         long factCount, String readingUrl) {

    /** The short form embedded in every fact. */
    public record Ref(String id, String title, String outlet, String date) {
    }
}
