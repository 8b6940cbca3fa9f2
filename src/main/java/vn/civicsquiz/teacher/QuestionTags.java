package vn.civicsquiz.teacher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/** Free tags on questions: NFC, single spaces, 1 to 40 characters, at most 20, one of each (case ignored). */
final class QuestionTags {

    static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 40;

    private QuestionTags() {
    }

    /** The tags cleaned, or the 400 naming each one at fault ({@code field[i]}). */
    static List<String> clean(List<String> raw, String field, ApiLanguage language) {
        if (raw == null) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (raw.size() > MAX_TAGS) {
            errors.add(new Problem.FieldError(field, language.say("tối đa " + MAX_TAGS + " thẻ",
                    "at most " + MAX_TAGS + " tags")));
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String tag = raw.get(i) == null ? "" : TextNormaliser.nfc(raw.get(i)).strip();
            if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", language.say("1 đến " + MAX_LENGTH
                        + " ký tự", "1 to " + MAX_LENGTH + " characters")));
            } else {
                byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(language.say("Thẻ không hợp lệ", "The tags are not valid"), errors);
        }
        return List.copyOf(byKey.values());
    }
}
