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
import vn.civicsquiz.platform.problem.Say;

/** Short messages for Jackson's exceptions, naming the field at fault as {@code options[1].weight}. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Say describe(String prefix, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            String vietnamese = e.getCause() instanceof NumberFormatException
                    ? "có một số quá lớn hoặc quá nhỏ, không đọc được" : e.getOriginalMessage();
            return new Say("JSON không hợp lệ: " + vietnamese, "not valid JSON: " + e.getOriginalMessage());
        }
        String field = path(prefix, mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String at = path(prefix, mapping.getPath().subList(0, mapping.getPath().size() - 1));
            return new Say(at + ": không có trường '" + unknown.getPropertyName() + "'",
                    at + ": unknown field '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == QuestionKind.class) {
            String kinds = Arrays.stream(QuestionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
            return new Say(field + ": không có loại câu hỏi " + quote(invalid.getValue()) + "; hãy dùng một trong "
                    + kinds, field + ": unknown kind " + quote(invalid.getValue()) + "; expected one of " + kinds);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Say expected = expected(mismatch.getTargetType());
            return new Say(field + ": cần " + expected.vietnamese(), field + ": expected " + expected.english());
        }
        return new Say(field + ": " + e.getOriginalMessage(), field + ": " + e.getOriginalMessage());
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

    private static Say expected(Class<?> type) {
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return new Say("một số", "a number");
        }
        if (type == Integer.class || type == int.class) {
            return new Say("một số nguyên", "a whole number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Say("true hoặc false", "true or false");
        }
        if (type == String.class) {
            return new Say("một chuỗi", "a string");
        }
        if (List.class.isAssignableFrom(type)) {
            return new Say("một danh sách", "a list");
        }
        if (type.isEnum()) {
            String values = Arrays.toString(type.getEnumConstants());
            return new Say("một trong " + values, "one of " + values);
        }
        return new Say("một đối tượng", "an object");
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
