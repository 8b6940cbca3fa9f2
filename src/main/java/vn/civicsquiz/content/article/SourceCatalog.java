package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextNormaliser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The source articles, read from {@code questions/sources/sources.yaml} and the text files it lists (classpath). */
public final class SourceCatalog {

    public static final String DIRECTORY = "questions/sources/";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private final Map<String, SourceDocument> byId;
    private final List<SourceDocument> ordered;

    private SourceCatalog(List<SourceDocument> documents) {
        Map<String, SourceDocument> map = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            if (map.put(document.id(), document) != null) {
                throw new IllegalStateException("Duplicate source id " + document.id());
            }
        }
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** Loads the catalogue shipped with the application. */
    public static SourceCatalog load() {
        return load(SourceCatalog.class.getClassLoader());
    }

    static SourceCatalog load(ClassLoader classLoader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Manifest manifest;
        try (InputStream in = open(classLoader, DIRECTORY + "sources.yaml")) {
            manifest = yaml.readValue(in, Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + "sources.yaml", e);
        }
        List<SourceDocument> documents = new ArrayList<>();
        for (Entry entry : manifest.sources()) {
            documents.add(toDocument(entry, readText(classLoader, entry.file())));
        }
        return new SourceCatalog(documents);
    }

    public List<SourceDocument> all() {
        return ordered;
    }

    public Optional<SourceDocument> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public SourceDocument get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown source " + id));
    }

    private static SourceDocument toDocument(Entry entry, String rawText) {
        String expectedFile = entry.id() + ".txt";
        if (!expectedFile.equals(entry.file())) {
            throw new IllegalStateException("Source " + entry.id() + " must be stored as " + expectedFile);
        }
        if (entry.date() == null || !DATE.matcher(entry.date()).matches()) {
            throw new IllegalStateException("Source " + entry.id() + " has no ISO date: " + entry.date());
        }
        return new SourceDocument(entry.id(), entry.file(), TextNormaliser.nfc(entry.outlet()),
                TextNormaliser.nfc(entry.title()), entry.date(),
                entry.author() == null ? null : TextNormaliser.nfc(entry.author()),
                TextNormaliser.nfcLines(rawText));
    }

    private static String readText(ClassLoader classLoader, String file) {
        try (InputStream in = open(classLoader, DIRECTORY + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
        }
    }

    private static InputStream open(ClassLoader classLoader, String resource) throws IOException {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing classpath resource " + resource);
        }
        return in;
    }

    private record Manifest(List<Entry> sources) {
    }

    private record Entry(String id, String file, String outlet, String title, String date, String author) {
    }
}
