package vn.civicsquiz.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What is wrong with one field of a JSON body, said for the person who wrote it: the form the field needs ("a
 * number", "true or false"), never the Java type the app reads it into.
 */
final class JsonFieldMessages {

    private JsonFieldMessages() {
    }

    static String of(JsonProcessingException e, ApiLanguage language) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return language.say("trường không có; các trường: " + known, "unknown field; the fields are: " + known);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return language.say("không đúng dạng", "does not have the expected form");
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class
                || target == double.class || target == short.class || target == BigDecimal.class) {
            return language.say("cần một số, ví dụ 14 hoặc 24.8", "needs a number, such as 14 or 24.8");
        }
        if (target == Boolean.class || target == boolean.class) {
            return language.say("cần true hoặc false", "needs true or false");
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return language.say("cần ngày giờ dạng 2026-06-01T17:00:00+07:00",
                    "needs a date and time such as 2026-06-01T17:00:00+07:00");
        }
        if (target == String.class) {
            return language.say("cần một chuỗi văn bản", "needs a text");
        }
        if (target.isEnum()) {
            String values = java.util.Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return language.say("cần một trong: " + values, "needs one of: " + values);
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return language.say("cần một danh sách [...]", "needs a list [...]");
        }
        if (e instanceof InvalidFormatException) {
            return language.say("không đúng dạng", "does not have the expected form");
        }
        return language.say("cần một đối tượng {...}", "needs an object {...}");
    }
}
