package vn.civicsquiz.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Lets a start-up sync skip itself when this very build already ran it against this database. The shipped articles,
 * facts and the question generator all live in the application's jar, so a digest of that jar (with the sync's own
 * settings) says whether a sync could change anything: a restart of the same build finds its mark and skips parsing,
 * checking and comparing everything again; a new build, or another database, syncs once and leaves its mark. Run
 * from classes rather than a jar (tests, dev mode), nothing is skipped.
 */
@ApplicationScoped
public class StartupSyncMarks {

    private static final Logger LOG = Logger.getLogger(StartupSyncMarks.class);

    private final EntityManager em;
    private final Optional<String> build;

    @Inject
    public StartupSyncMarks(EntityManager em) {
        this(em, buildDigest());
    }

    /** @param build the digest of the build, empty when there is none (every sync runs) */
    StartupSyncMarks(EntityManager em, Optional<String> build) {
        this.em = em;
        this.build = build;
    }

    /**
     * Runs {@code sync} and leaves this build's mark, unless the mark is there already (then empty). Call it in the
     * sync's transaction, under its lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> unlessSynced(String step, String settings, java.util.function.Supplier<T> sync) {
        if (synced(step, settings)) {
            return Optional.empty();
        }
        T report = sync.get();
        mark(step, settings);
        return Optional.of(report);
    }

    /** Whether this build synced {@code step} with these settings already (call it under the sync's lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean synced(String step, String settings) {
        Optional<String> fingerprint = fingerprint(step, settings);
        if (fingerprint.isEmpty()) {
            return false;
        }
        List<?> marks = em.createNativeQuery("SELECT fingerprint FROM startup_sync_mark WHERE step = ?1")
                .setParameter(1, step).getResultList();
        return marks.size() == 1 && fingerprint.get().equals(marks.get(0));
    }

    /** Notes that this build synced {@code step} with these settings, in the sync's own transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String step, String settings) {
        fingerprint(step, settings).ifPresent(fingerprint -> em.createNativeQuery("""
                        INSERT INTO startup_sync_mark (step, fingerprint) VALUES (?1, ?2)
                        ON CONFLICT (step) DO UPDATE SET fingerprint = excluded.fingerprint, synced_at = now()""")
                .setParameter(1, step).setParameter(2, fingerprint).executeUpdate());
    }

    private Optional<String> fingerprint(String step, String settings) {
        return build.map(digest -> sha256((digest + "\n" + step + "\n" + settings).getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest of the jar this class was loaded from, or empty when it was not loaded from a jar. */
    static Optional<String> buildDigest() {
        URL self = StartupSyncMarks.class.getResource(StartupSyncMarks.class.getSimpleName() + ".class");
        String url = self == null ? "" : self.toString();
        if (!url.startsWith("jar:file:") || !url.contains("!/")) {
            return Optional.empty();
        }
        Path jar = Path.of(URLDecoder.decode(url.substring("jar:file:".length(), url.indexOf("!/")),
                StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.warnf("Cannot read %s (%s): every start-up sync runs", jar, e.getMessage());
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
