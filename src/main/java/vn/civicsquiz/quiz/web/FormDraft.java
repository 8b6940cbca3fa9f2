package vn.civicsquiz.quiz.web;

import vn.civicsquiz.quiz.ItemView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused answer form shown again as the learner left it: the options ticked, the positions and matches
 * chosen. Only values naming this question's options are kept; anything else is dropped.
 */
final class FormDraft {

    private FormDraft() {
    }

    static ItemView of(ItemView item, List<String> option, List<String> pos, List<String> pair) {
        List<String> ticked = option == null ? List.of() : option;
        Map<Long, Long> positions = pairs(pos);
        Map<Long, Long> matches = pairs(pair);
        List<ItemView.OptionView> options = item.options().stream().map(o -> new ItemView.OptionView(o.id(),
                o.text(), ticked.contains(String.valueOf(o.id())),
                positions.getOrDefault(o.id(), 0L).intValue(), matches.getOrDefault(o.id(), 0L), o.mark())).toList();
        return new ItemView(item.attemptId(), item.position(), item.questionId(), item.kind(), item.stem(),
                item.tolerance(), options, item.choices(), item.answered(), item.given(), item.feedback());
    }

    /** "left:right" values as numbers; malformed ones are left out. */
    private static Map<Long, Long> pairs(List<String> values) {
        Map<Long, Long> pairs = new HashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            String[] parts = v.split(":", 2);
            try {
                if (parts.length == 2) {
                    long value = Long.parseLong(parts[1].strip());
                    if (value > 0 && value <= Integer.MAX_VALUE) {
                        pairs.put(Long.parseLong(parts[0].strip()), value);
                    }
                }
            } catch (NumberFormatException e) {
                // not a value this form offers: shown as not chosen
            }
        }
        return pairs;
    }
}
