package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.article.Sentence;

import java.util.List;

/** A sentence of the clean article with its tokens, so that each extractor does not tokenise it again. */
record TokenizedSentence(Sentence sentence, List<Token> tokens) {

    static List<TokenizedSentence> of(List<Sentence> sentences) {
        return sentences.stream().map(s -> new TokenizedSentence(s, Tokens.of(s.text()))).toList();
    }

    String text() {
        return sentence.text();
    }

    int start() {
        return sentence.span().start();
    }
}
