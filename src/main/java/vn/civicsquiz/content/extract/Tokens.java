package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Vietnamese text into {@link Token}s; numbers keep their separators ("1.200", "24,8", "14/12/2021"). */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(\\d+(?:[.,/]\\d+)*)|([\\p{L}\\p{M}]+)|(\\S)");

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token.Kind kind = m.group(1) != null ? Token.Kind.NUMBER
                    : m.group(2) != null ? Token.Kind.WORD : Token.Kind.PUNCT;
            tokens.add(new Token(m.group(), m.start(), m.end(), kind));
        }
        return tokens;
    }
}
