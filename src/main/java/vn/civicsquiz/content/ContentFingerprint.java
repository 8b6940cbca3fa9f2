package vn.civicsquiz.content;

import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.text.TextSpan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Content hashes that decide whether a stored row must change, and the JSON form of fact attributes. */
public final class ContentFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char SEPARATOR = '\u001F';

    private ContentFingerprint() {
    }

    static String of(SourceDocument source, CleanArticle clean) {
        return sha256(source.id(), source.fileName(), source.outlet(), source.title(), source.date(), source.author(),
                source.rawText(), clean.text());
    }

    /** Everything a reader sees of a fact, including where its quote lies in the clean text. */
    static String of(Fact fact, TextSpan span) {
        return sha256(fact.id(), fact.set().slug(), String.valueOf(fact.ordinal()), fact.label(), fact.text(),
                fact.value() == null ? null : fact.value().stripTrailingZeros().toPlainString(), fact.unit(),
                fact.asOf(), fact.source(), fact.quote(), span.start() + "-" + span.end(), attributesJson(fact));
    }

    /** Attributes as a JSON object with sorted keys, so equal maps give equal text. */
    static String attributesJson(Fact fact) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fact.attributes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> attributes(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fact attributes are not a JSON object of strings", e);
        }
    }

    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) SEPARATOR);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
