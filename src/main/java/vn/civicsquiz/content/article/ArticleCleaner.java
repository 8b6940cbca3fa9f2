package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextNormaliser;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates the article body from the page noise around it, by general rules rather than per-file line numbers:
 * <ol>
 *   <li>the header: breadcrumbs before the headline and the headline lines themselves;</li>
 *   <li>line patterns: time stamps and view counters, share widgets, bylines, photo credits and captions, image
 *       alternative text (the headline repeated over a photo) and the caption right under it, ads, fragments;</li>
 *   <li>the end of the article: a byline after the body, the Vietnamese end sign "./.", or a related-news /
 *       comments heading. Everything after it (footers, unrelated stories, ads) is noise.</li>
 * </ol>
 * The remaining lines are paragraphs; short lines without closing punctuation are section headings.
 */
public final class ArticleCleaner {

    private static final int MAX_HEADER_LINES = 5;
    private static final String END_SIGN = "./.";

    public CleanArticle clean(SourceDocument document) {
        String[] lines = document.rawText().split("\n", -1);
        String title = TextNormaliser.fold(document.title());
        List<RemovedLine> removed = new ArrayList<>();
        List<CleanArticle.Block> blocks = new ArrayList<>();

        int bodyStart = headerEnd(lines, title) + 1;
        for (int i = 0; i < bodyStart; i++) {
            remove(removed, lines, i, NoiseKind.HEADER);
        }
        boolean afterPhoto = false;
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            NoiseKind end = endOfArticle(line, !blocks.isEmpty());
            if (end != null) {
                remove(removed, lines, i, end);
                removeRest(removed, lines, i + 1);
                break;
            }
            NoiseKind noise = classify(line, title, afterPhoto, blocks.isEmpty());
            afterPhoto = noise == NoiseKind.IMAGE_ALT || (noise == NoiseKind.PHOTO_CAPTION && LineRules.isCaptionLabel(line));
            if (noise != null) {
                remove(removed, lines, i, noise);
                continue;
            }
            String text = line;
            if (blocks.isEmpty() && LineRules.datelineLength(text) > 0) {
                int cut = LineRules.datelineLength(text);
                removed.add(new RemovedLine(i + 1, text.substring(0, cut).strip(), NoiseKind.DATELINE));
                text = text.substring(cut);
            }
            boolean lastParagraph = text.endsWith(END_SIGN);
            if (lastParagraph) {
                text = text.substring(0, text.length() - 2);
            }
            blocks.add(new CleanArticle.Block(text, !lastParagraph && LineRules.isHeading(text)));
            if (lastParagraph) {
                removeRest(removed, lines, i + 1);
                break;
            }
        }
        return CleanArticle.of(document.id(), document.title(), blocks, removed);
    }

    /** Index of the last headline line, or -1 when the page does not start with its headline. */
    private static int headerEnd(String[] lines, String title) {
        int end = -1;
        int seen = 0;
        for (int i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            seen++;
            if (isHeadline(lines[i], title)) {
                end = i;
            } else if (end >= 0) {
                break;
            }
        }
        return end;
    }

    private static boolean isHeadline(String line, String title) {
        String folded = TextNormaliser.fold(line);
        return folded.contains(title) || (folded.length() >= 10 && title.contains(folded));
    }

    private static NoiseKind endOfArticle(String line, boolean bodyStarted) {
        if (LineRules.isEndMarker(line)) {
            return NoiseKind.RELATED_NEWS;
        }
        if (bodyStarted && LineRules.isByline(line)) {
            return NoiseKind.BYLINE;
        }
        return null;
    }

    private static NoiseKind classify(String line, String title, boolean afterPhoto, boolean beforeBody) {
        String folded = TextNormaliser.fold(line);
        if (folded.startsWith(title) && folded.length() - title.length() <= 15) {
            return NoiseKind.IMAGE_ALT;
        }
        if (LineRules.isCaptionLabel(line) || (afterPhoto && LineRules.couldBeCaption(line))) {
            return NoiseKind.PHOTO_CAPTION;
        }
        if (LineRules.isMetadata(line)) {
            return NoiseKind.METADATA;
        }
        if (LineRules.isShareWidget(line)) {
            return NoiseKind.SHARE_WIDGET;
        }
        if (beforeBody && LineRules.isByline(line)) {
            return NoiseKind.BYLINE;
        }
        if (LineRules.hasPhotoCredit(line) || LineRules.looksLikeCaption(line)) {
            return NoiseKind.PHOTO_CAPTION;
        }
        if (LineRules.isAdvertisement(line)) {
            return NoiseKind.ADVERTISEMENT;
        }
        if (LineRules.isFragment(line)) {
            return NoiseKind.FRAGMENT;
        }
        return null;
    }

    private static void remove(List<RemovedLine> removed, String[] lines, int index, NoiseKind kind) {
        if (!lines[index].isBlank()) {
            removed.add(new RemovedLine(index + 1, lines[index], kind));
        }
    }

    private static void removeRest(List<RemovedLine> removed, String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            remove(removed, lines, i, NoiseKind.AFTER_END);
        }
    }
}
