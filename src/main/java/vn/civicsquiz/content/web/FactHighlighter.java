package vn.civicsquiz.content.web;

import vn.civicsquiz.content.StoredFact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Renders one paragraph as HTML with every fact's passage wrapped in {@code <mark class="fact">}. The first mark of
 * a fact carries the id {@code fact-<factId>} so that {@code /sources/<id>#fact-<factId>} scrolls to it. Passages
 * that share text nest; a passage that crosses the end of another is split, and only its first piece has the id.
 */
public final class FactHighlighter {

    /** A fact's passage, in offsets relative to the paragraph. */
    public record Highlight(String factId, String label, int start, int end) {
    }

    private record Piece(Highlight highlight, int start, int end, boolean first) {
    }

    private static final Comparator<Piece> ORDER = Comparator.comparingInt(Piece::start)
            .thenComparing(Comparator.comparingInt(Piece::end).reversed())
            .thenComparing(p -> p.highlight().factId());

    private FactHighlighter() {
    }

    public static String html(String paragraph, List<Highlight> highlights) {
        PriorityQueue<Piece> pending = new PriorityQueue<>(ORDER);
        for (Highlight h : highlights) {
            if (h.start() < 0 || h.end() > paragraph.length() || h.end() <= h.start()) {
                throw new IllegalArgumentException("Passage of " + h.factId() + " lies outside the paragraph");
            }
            pending.add(new Piece(h, h.start(), h.end(), true));
        }
        StringBuilder out = new StringBuilder(paragraph.length() + highlights.size() * 80);
        Deque<Piece> open = new ArrayDeque<>();
        int pos = 0;
        while (!pending.isEmpty() || !open.isEmpty()) {
            Piece next = pending.peek();
            if (!open.isEmpty() && (next == null || open.peek().end() <= next.start())) {
                Piece closing = open.pop();
                out.append(escape(paragraph.substring(pos, closing.end()))).append("</mark>");
                pos = closing.end();
                continue;
            }
            pending.poll();
            out.append(escape(paragraph.substring(pos, next.start())));
            pos = next.start();
            if (!open.isEmpty() && next.end() > open.peek().end()) {
                int cut = open.peek().end();
                pending.add(new Piece(next.highlight(), cut, next.end(), false));
                next = new Piece(next.highlight(), next.start(), cut, next.first());
            }
            out.append(openTag(next));
            open.push(next);
        }
        return out.append(escape(paragraph.substring(pos))).toString();
    }

    private static String openTag(Piece piece) {
        Highlight h = piece.highlight();
        StringBuilder tag = new StringBuilder("<mark class=\"fact\"");
        if (piece.first()) {
            tag.append(" id=\"").append(escape(ContentViews.anchor(h.factId()))).append('"');
        }
        return tag.append(" data-fact=\"").append(escape(h.factId())).append("\" title=\"").append(escape(h.label()))
                .append("\">").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Paragraph highlights from facts whose spans are offsets into the whole clean text. */
    public static List<Highlight> within(int paragraphStart, int paragraphEnd, List<StoredFact> facts) {
        List<Highlight> result = new ArrayList<>();
        for (StoredFact f : facts) {
            if (f.quoteStart >= paragraphStart && f.quoteEnd <= paragraphEnd) {
                result.add(new Highlight(f.id, f.label, f.quoteStart - paragraphStart, f.quoteEnd - paragraphStart));
            }
        }
        return result;
    }
}
