package vn.civicsquiz.content;

import vn.civicsquiz.content.fact.FactSet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/** A curated fact as loaded into the database, with where its quote lies in the source's clean text. */
@Entity
@Table(name = "fact")
public class StoredFact extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String id;

    @Column(name = "fact_set", nullable = false, length = 20)
    public String factSet;

    public Short ordinal;

    @Column(nullable = false, columnDefinition = "text")
    public String label;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(precision = 24, scale = 6)
    public BigDecimal value;

    @Column(length = 100)
    public String unit;

    @Column(name = "as_of", nullable = false, length = 10)
    public String asOf;

    @Column(name = "source_id", nullable = false, length = 64)
    public String sourceId;

    @Column(nullable = false, columnDefinition = "text")
    public String quote;

    @Column(name = "quote_start", nullable = false)
    public int quoteStart;

    @Column(name = "quote_end", nullable = false)
    public int quoteEnd;

    /** JSON object of string attributes; read and written as text, stored as jsonb. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String attributes;

    @Column(name = "search_key", nullable = false, columnDefinition = "text")
    public String searchKey;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 16)
    public String status = StoredSource.ACTIVE;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 16)
    public String origin = StoredSource.SHIPPED;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    public boolean active() {
        return StoredSource.ACTIVE.equals(status);
    }

    public static List<StoredFact> listActive(FactSet set) {
        return set == null
                ? list("status = ?1 order by position", StoredSource.ACTIVE)
                : list("status = ?1 and factSet = ?2 order by position", StoredSource.ACTIVE, set.slug());
    }

    public static List<StoredFact> listActiveBySource(String sourceId) {
        return list("status = ?1 and sourceId = ?2 order by quoteStart, quoteEnd desc, position",
                StoredSource.ACTIVE, sourceId);
    }
}
