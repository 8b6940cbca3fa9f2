package vn.civicsquiz.classes;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of a Vietnamese class list: by given name (the last word of "Nguyễn Văn An"), then the whole name,
 * then the username, each compared by the Vietnamese alphabet (a ă â b c d đ e ê …, tones after the letter), as
 * a school's "danh sách lớp" is read. A member without a display name is placed by her username.
 */
final class ClassListOrder {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private ClassListOrder() {
    }

    /** @param name the shown name (display name, else username); {@code username} breaks ties */
    static <T> Comparator<T> of(Function<T, String> name, Function<T, String> username) {
        Comparator<String> alphabet = (a, b) -> VIETNAMESE.compare(a, b);
        return Comparator.comparing((T t) -> givenName(name.apply(t)), alphabet)
                .thenComparing(t -> name.apply(t), alphabet)
                .thenComparing(username, Comparator.naturalOrder());
    }

    static String givenName(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
