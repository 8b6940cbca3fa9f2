package vn.civicsquiz.study;

import java.util.Locale;
import vn.civicsquiz.platform.problem.Say;
import java.util.Optional;

/** Reads a rating as clients send it: "again", "hard", "good", "easy" (any case) or the grade 1–4. */
public final class RatingInput {

    public static final Say EXPECTED = new Say("rating phải là \"again\", \"hard\", \"good\", \"easy\" hoặc 1–4",
            "rating must be \"again\", \"hard\", \"good\", \"easy\" or 1–4");

    private RatingInput() {
    }

    public static Optional<Rating> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "again", "1" -> Optional.of(Rating.AGAIN);
            case "hard", "2" -> Optional.of(Rating.HARD);
            case "good", "3" -> Optional.of(Rating.GOOD);
            case "easy", "4" -> Optional.of(Rating.EASY);
            default -> Optional.empty();
        };
    }
}
