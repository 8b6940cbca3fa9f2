package vn.civicsquiz.teacher.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.civicsquiz.content.fact.Fact;

import java.util.TreeMap;

/** A fact's attributes as the JSON object the fact table stores, keys sorted. */
final class FactJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactJson() {
    }

    static String attributes(Fact fact) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fact.attributes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("String attributes are always serialisable", e);
        }
    }
}
