package vn.civicsquiz.quiz.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.quiz.grading.NumberReader;

import java.io.IOException;

/**
 * The {@code value} of a NUMERIC answer as sent: a JSON number (read exactly) or a string as a learner typed it
 * ("5.200", "24,8 tỷ USD", read the Vietnamese way). It is kept as text here and read against its question by
 * the grading engine, within bounds, so no huge number is ever built from a request.
 */
@JsonDeserialize(using = AnswerNumber.Reader.class)
@Schema(name = "AnswerNumber", type = SchemaType.STRING, description = "a JSON number (5200, 24.8) or the text"
        + " as typed (\"5.200\", \"24,8 tỷ USD\"); at most " + NumberReader.MAX_LENGTH + " characters, no exponent"
        + " beyond a few digits")
public record AnswerNumber(String text, boolean jsonNumber) {

    public AnswerInput.Number input() {
        return new AnswerInput.Number(text, jsonNumber);
    }

    static final class Reader extends JsonDeserializer<AnswerNumber> {
        @Override
        public AnswerNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new AnswerNumber(p.getText(), true); // the text of the token: no BigDecimal is built here
            }
            if (token == JsonToken.VALUE_STRING) {
                return new AnswerNumber(p.getText(), false);
            }
            return (AnswerNumber) ctxt.handleUnexpectedToken(AnswerNumber.class, p);
        }
    }
}
