package vn.civicsquiz.teacher.format.gift;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moodle's own GIFT files (GPL, kept outside the project): {@code ../shared/moodle-gift} from the project
 * directory, or from its parent when the project is a worktree under {@code wt/}. Tests using them are
 * skipped with a message when the folder is absent.
 */
public final class MoodleGiftFiles {

    private MoodleGiftFiles() {
    }

    public static String read(String name) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "Moodle GIFT corpus not found (looked for ../shared/moodle-gift and "
                + "../../shared/moodle-gift from " + projectDir() + "); skipping the Moodle compatibility test");
        Path file = folder.get().resolve(name);
        assumeTrue(Files.isRegularFile(file), "Moodle GIFT file " + file + " is missing; skipping");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> folder() {
        Path project = projectDir();
        return Stream.of(project.resolve("../shared/moodle-gift"), project.resolve("../../shared/moodle-gift"))
                .map(Path::normalize)
                .filter(Files::isDirectory)
                .findFirst();
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }
}
