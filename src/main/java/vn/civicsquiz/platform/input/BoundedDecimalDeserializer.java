package vn.civicsquiz.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every decimal in a JSON body passes {@link DecimalBounds} as it is read, so no number with a huge exponent ever
 * reaches a service: {@code {"value": 1e-100000000}} is a 400 naming the field, answered at once.
 */
public class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    public BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        if (!DecimalBounds.fits(value)) {
            throw new InvalidFormatException(p, "expected " + DecimalBounds.describe(), abbreviated(p), BigDecimal.class);
        }
        return value;
    }

    private static String abbreviated(JsonParser p) throws IOException {
        String text = p.getText();
        return text != null && text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
