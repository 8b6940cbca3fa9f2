package vn.civicsquiz.content.article;

import java.util.Objects;

/**
 * One source article as shipped under {@code questions/sources/}.
 *
 * @param id       the file name without ".txt", e.g. {@code 000_7edb9b8851f52cde}
 * @param fileName the original file name
 * @param outlet   the news outlet that published it
 * @param title    the headline, normalised
 * @param date     publication date as precisely as known: ISO "yyyy-mm-dd" or "yyyy-mm"
 * @param author   byline if the page gives one, else null
 * @param rawText  the article text exactly as collected, normalised to NFC with line breaks kept, noise included
 */
public record SourceDocument(String id, String fileName, String outlet, String title, String date, String author,
                             String rawText) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rawText, "rawText");
    }

    /** The publication year, the first four characters of the date. */
    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }
}
