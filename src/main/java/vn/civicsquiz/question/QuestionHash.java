package vn.civicsquiz.question;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;

/**
 * Content hash used to recognise the same question however it was produced: SHA-256 over the kind, the folded
 * stem, the folded options in sorted order (so shuffling does not change it) and the expected answers.
 * Title, explanation, difficulty and sources are deliberately left out: they describe a question, not what is asked.
 */
public final class QuestionHash {

    private static final char FIELD = '\u001F';
    /**
     * Option texts recur across thousands of questions (labels, names, "Đúng"/"Sai"), so their folded form is
     * remembered; the bound only guards against an unexpected flood of distinct texts.
     */
    private static final int FOLDED_LIMIT = 20_000;
    private static final Map<String, String> FOLDED_OPTIONS = new ConcurrentHashMap<>();
    private static final char RECORD = '\u001E';

    private QuestionHash() {
    }

    /** Lower-case hex, 64 characters. */
    public static String of(QuestionDraft draft) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(draft.kind().name()).append(RECORD);
        canonical.append(TextNormaliser.fold(draft.stem())).append(RECORD);
        List<String> options = draft.options().stream().map(QuestionHash::canonicalOption).sorted().toList();
        options.forEach(option -> canonical.append(option).append(RECORD));
        canonical.append(plain(draft.numericAnswer())).append(FIELD).append(plain(draft.tolerance()));
        return sha256(canonical.toString());
    }

    /** The same options in the same order, as the hash compares them (text folded, correct, position, match). */
    public static boolean sameOptionsInOrder(List<OptionDraft> a, List<OptionDraft> b) {
        return a.stream().map(QuestionHash::canonicalOption).toList()
                .equals(b.stream().map(QuestionHash::canonicalOption).toList());
    }

    private static String canonicalOption(OptionDraft option) {
        return foldOption(option.text()) + FIELD + option.correct() + FIELD
                + (option.position() == null ? "" : option.position()) + FIELD + foldOption(option.match());
    }

    private static String foldOption(String text) {
        if (text == null) {
            return "";
        }
        if (FOLDED_OPTIONS.size() > FOLDED_LIMIT) {
            FOLDED_OPTIONS.clear();
        }
        return FOLDED_OPTIONS.computeIfAbsent(text, TextNormaliser::fold);
    }

    /** 1.50 and 1.5 are the same answer. */
    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
