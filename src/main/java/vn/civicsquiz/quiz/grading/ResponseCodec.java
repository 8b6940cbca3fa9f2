package vn.civicsquiz.quiz.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a {@link LearnerResponse} as JSON text and reads it back. */
public final class ResponseCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseCodec() {
    }

    public static String write(LearnerResponse response) {
        try {
            return JSON.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A learner response is always serialisable", e);
        }
    }

    public static LearnerResponse read(String json) {
        try {
            return JSON.readValue(json, LearnerResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response is not readable: " + json, e);
        }
    }
}
