package vn.civicsquiz.teacher.format.gift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Moodle's own GIFT files, shipped with the tests under {@code src/test/resources/moodle-gift} (GPL, see its README). */
public final class MoodleGiftFiles {

    private MoodleGiftFiles() {
    }

    public static String read(String name) {
        try (InputStream in = MoodleGiftFiles.class.getResourceAsStream("/moodle-gift/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Moodle GIFT file moodle-gift/" + name + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
