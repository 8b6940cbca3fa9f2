package vn.civicsquiz.content.extract;

/** A sentence of an article with its offsets in the whole text and the paragraph it belongs to. */
record Sentence(String text, int start, int end, int paragraph) {
}
