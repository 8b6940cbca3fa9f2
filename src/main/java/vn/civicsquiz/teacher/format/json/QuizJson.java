package vn.civicsquiz.teacher.format.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The app's own question file: {@code {"format": "civics-quiz", "version": 1, "questions": [...]}}, each
 * question holding every field of a draft. Lossless for every kind; numbers keep their exact decimal form.
 */
final class QuizJson {

    static final String FORMAT = "civics-quiz";
    static final int VERSION = 1;

    /** One strict mapper: unknown fields, duplicate keys and fractions for whole numbers are errors. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // questions pass through a tree; keep 189.50 as 189.50, not 189.5
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private QuizJson() {
    }
}
