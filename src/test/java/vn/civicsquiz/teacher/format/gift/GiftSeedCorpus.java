package vn.civicsquiz.teacher.format.gift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The small hand-written GIFT files under {@code src/test/resources/fuzz/gift/} that fuzzing starts from. */
final class GiftSeedCorpus {

    private GiftSeedCorpus() {
    }

    static List<String> files() {
        try {
            URL folder = Objects.requireNonNull(GiftSeedCorpus.class.getResource("/fuzz/gift"), "fuzz/gift");
            try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                return paths.filter(p -> p.toString().endsWith(".gift")).sorted().map(GiftSeedCorpus::read).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
