package vn.civicsquiz.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.StoredFact;

import java.util.Map;
import java.util.TreeMap;

/** Reads a stored fact back as the shared {@link Fact} model the card faces are built from. */
final class StudyFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyFacts() {
    }

    static Fact of(StoredFact row) {
        FactSet set = FactSet.fromSlug(row.factSet)
                .orElseThrow(() -> new IllegalStateException("Unknown fact set " + row.factSet));
        return new Fact(row.id, set, row.ordinal == null ? null : row.ordinal.intValue(), row.label, row.text,
                row.value, row.unit, row.asOf, row.sourceId, row.quote, attributes(row.attributes));
    }

    private static Map<String, String> attributes(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fact attributes are not a JSON object of strings", e);
        }
    }
}
