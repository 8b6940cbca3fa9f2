package vn.civicsquiz.content;

import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.content.fact.FactGrounding;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.TextSpan;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.platform.db.StartupSyncMarks;
import java.util.Optional;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the shipped articles and facts into PostgreSQL at start-up. Idempotent: rows whose content hash is
 * unchanged are not touched, edited facts are updated (version + 1), facts no longer shipped are retired, never
 * deleted. Refuses to load a fact base that is not grounded in its articles. Several instances starting at once
 * take turns through a transaction-scoped advisory lock.
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class);
    /** Arbitrary constant key of the advisory lock that serialises loaders: "civicsq" in ASCII. */
    private static final long LOCK_KEY = 0x63697669637371L;

    private static final String SYNC_STEP = "shipped-content";

    private final EntityManager em;
    private final StartupSyncMarks marks;

    public ContentLoader(EntityManager em, StartupSyncMarks marks) {
        this.em = em;
        this.marks = marks;
    }

    void onStart(@Observes StartupEvent event) {
        loadShippedOnce().ifPresentOrElse(report -> LOG.infof("Content loaded: %s", report),
                () -> LOG.info("Content unchanged: this build loaded it into this database already"));
    }

    /** The shipped content, unless this build loaded it into this database already (a restart). */
    @Transactional
    public Optional<LoadReport> loadShippedOnce() {
        lock();
        return marks.unlessSynced(SYNC_STEP, "", this::loadShipped);
    }

    @Transactional
    public LoadReport loadShipped() {
        return load(SourceCatalog.load(), FactCatalog.load().facts());
    }

    @Transactional
    public LoadReport load(SourceCatalog sources, List<Fact> facts) {
        lock();
        FactGrounding grounding = FactGrounding.of(sources);
        List<String> problems = grounding.problems(facts);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The fact base is not grounded in its articles:\n  "
                    + String.join("\n  ", problems));
        }
        OffsetDateTime now = OffsetDateTime.now();
        int[] sourceCounts = storeSources(sources, grounding, now);
        int[] factCounts = storeFacts(facts, grounding, now);
        em.flush();
        return new LoadReport(sourceCounts[0], sourceCounts[1], sourceCounts[2], factCounts[0], factCounts[1],
                factCounts[2], factCounts[3]);
    }

    private void lock() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, LOCK_KEY).getSingleResult();
    }

    /** @return inserted, updated, retired */
    private int[] storeSources(SourceCatalog sources, FactGrounding grounding, OffsetDateTime now) {
        Map<String, StoredSource> stored = new HashMap<>();
        StoredSource.<StoredSource>list("origin", StoredSource.SHIPPED).forEach(s -> stored.put(s.id, s));
        int inserted = 0;
        int updated = 0;
        int position = 0;
        for (SourceDocument document : sources.all()) {
            CleanArticle clean = grounding.article(document.id()).orElseThrow();
            String hash = ContentFingerprint.of(document, clean);
            StoredSource row = stored.remove(document.id());
            boolean isNew = row == null;
            if (!isNew && hash.equals(row.contentHash) && StoredSource.ACTIVE.equals(row.status)) {
                row.position = position++;
                continue;
            }
            row = isNew ? new StoredSource() : row;
            row.id = document.id();
            row.fileName = document.fileName();
            row.outlet = document.outlet();
            row.title = document.title();
            row.published = document.date();
            row.author = document.author();
            row.rawText = document.rawText();
            row.cleanText = clean.text();
            row.contentHash = hash;
            row.status = StoredSource.ACTIVE;
            row.position = position++;
            row.updatedAt = now;
            if (isNew) {
                row.persist();
                inserted++;
            } else {
                updated++;
            }
        }
        int retired = 0;
        for (StoredSource gone : stored.values()) {
            if (!StoredSource.RETIRED.equals(gone.status)) {
                gone.status = StoredSource.RETIRED;
                gone.updatedAt = now;
                retired++;
            }
        }
        em.flush();
        return new int[] {inserted, updated, retired};
    }

    /** @return inserted, updated, retired, unchanged */
    private int[] storeFacts(List<Fact> facts, FactGrounding grounding, OffsetDateTime now) {
        Map<String, StoredFact> stored = new HashMap<>();
        StoredFact.<StoredFact>list("origin", StoredSource.SHIPPED).forEach(f -> stored.put(f.id, f));
        Set<String> shipped = new HashSet<>();
        int[] counts = new int[4];
        int position = 0;
        for (Fact fact : facts) {
            shipped.add(fact.id());
            TextSpan span = grounding.locate(fact).orElseThrow();
            String hash = ContentFingerprint.of(fact, span);
            StoredFact row = stored.get(fact.id());
            if (row != null && row.active() && hash.equals(row.contentHash)) {
                row.position = position++; // curated order only; not a content change
                counts[3]++;
                continue;
            }
            boolean isNew = row == null;
            row = isNew ? new StoredFact() : row;
            copy(fact, span, hash, position++, row);
            row.status = StoredSource.ACTIVE;
            row.retiredAt = null;
            row.updatedAt = now;
            if (isNew) {
                row.persist();
                counts[0]++;
            } else {
                row.version++;
                counts[1]++;
            }
        }
        for (StoredFact row : stored.values()) {
            if (!shipped.contains(row.id) && row.active()) {
                row.status = StoredSource.RETIRED;
                row.retiredAt = now;
                row.updatedAt = now;
                counts[2]++;
            }
        }
        return counts;
    }

    private static void copy(Fact fact, TextSpan span, String hash, int position, StoredFact row) {
        row.id = fact.id();
        row.factSet = fact.set().slug();
        row.ordinal = fact.ordinal() == null ? null : fact.ordinal().shortValue();
        row.label = fact.label();
        row.text = fact.text();
        row.value = ContentFingerprint.plain(fact.value());
        row.unit = fact.unit();
        row.asOf = fact.asOf();
        row.sourceId = fact.source();
        row.quote = fact.quote();
        row.quoteStart = span.start();
        row.quoteEnd = span.end();
        row.attributes = ContentFingerprint.attributesJson(fact);
        row.searchKey = TextNormaliser.searchKey(fact.label() + " " + fact.text());
        row.contentHash = hash;
        row.position = position;
    }
}
