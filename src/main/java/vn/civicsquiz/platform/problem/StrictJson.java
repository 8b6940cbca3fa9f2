package vn.civicsquiz.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.civicsquiz.platform.input.BoundedDecimalDeserializer;

import java.math.BigDecimal;

/**
 * Request bodies mean what they say: 2.5 questions is an error, not 2 (unknown fields are refused through
 * quarkus.jackson.fail-on-unknown-properties); a key given twice or anything after the JSON value is an error, not
 * "the last one wins" or ignored; every decimal stays inside {@link vn.civicsquiz.platform.input.DecimalBounds}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("bounded-decimals")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()));
    }
}
