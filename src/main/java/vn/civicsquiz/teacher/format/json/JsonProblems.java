package vn.civicsquiz.teacher.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.civicsquiz.question.QuestionKind;

/** Short messages for Jackson's exceptions, naming the field at fault as {@code options[1].weight}. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(String prefix, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "not valid JSON: " + e.getOriginalMessage();
        }
        String field = path(prefix, mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return path(prefix, mapping.getPath().subList(0, mapping.getPath().size() - 1))
                    + ": unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == QuestionKind.class) {
            return field + ": unknown kind " + quote(invalid.getValue()) + "; expected one of "
                    + Arrays.stream(QuestionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return field + ": expected " + expected(mismatch.getTargetType());
        }
        return field + ": " + e.getOriginalMessage();
    }

    private static String path(String prefix, List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder(prefix);
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                out.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
